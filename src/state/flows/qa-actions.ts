/**
 * Parts of QaFlow that run only when asked (issue 13: not in the first load): the search for other
 * places a learned fix applies, and the project's termbase as a file.
 */
import { downloadName } from '../../core/export/file-name.ts';
import type { ProjectMeta, Segment } from '../../core/model/model.ts';
import {
  countLearnedHits,
  findLearnedHits,
  learnFix,
  type LearnedHit,
} from '../../core/review/learned-fixes.ts';
import type { TermRule } from '../../core/terms/model.ts';
import { serializeTbx } from '../../core/terms/tbx.ts';
import { serializeTermsTsv } from '../../core/terms/tsv.ts';
import type { Download } from '../app-state.ts';
import type { LearnedOffer } from './qa-view.ts';

/** Segments searched for a learned fix between two yields to the event loop. */
const LEARNED_SLICE = 1000;

/**
 * The fix learned from a correction (`before` → `after` of segment `segmentId`) that applies in other
 * segments, with its hits; null when none does. Fixes in `dismissed` are not offered again.
 */
export async function learnedOffer(
  segments: readonly Segment[],
  segmentId: string,
  before: string,
  after: string,
  dismissed: ReadonlySet<string>,
): Promise<LearnedOffer | null> {
  for (const fix of learnFix(before, after)) {
    if (dismissed.has(fix.id)) continue;
    // In slices, yielding between them: a search of 20,000 segments is a quarter of a second, and
    // it runs while the reviewer types on.
    const hits: LearnedHit[] = [];
    for (let from = 0; from < segments.length; from += LEARNED_SLICE) {
      if (from > 0) await new Promise((resolve) => setTimeout(resolve));
      const slice = segments.slice(from, from + LEARNED_SLICE);
      for (const hit of findLearnedHits(fix, slice, segmentId))
        hits.push({ ...hit, segmentIndex: hit.segmentIndex + from });
    }
    if (hits.length > 0) return { fix, hits, segments: countLearnedHits(hits).segments, segmentId };
  }
  return null;
}

/** The project's own rules as a TBX-Basic or TSV file. */
export function termbaseDownload(
  project: ProjectMeta,
  rules: readonly TermRule[],
  format: 'tbx' | 'tsv',
): Download {
  return format === 'tbx'
    ? {
        fileName: downloadName(project.name, 'terms', 'tbx'),
        mime: 'application/x-tbx+xml',
        content: serializeTbx(rules, {
          targetLang: project.targetLang,
          ...(project.sourceLang ? { sourceLang: project.sourceLang } : {}),
        }),
      }
    : {
        fileName: downloadName(project.name, 'terms', 'tsv'),
        mime: 'text/tab-separated-values',
        content: serializeTermsTsv(rules),
      };
}
