/**
 * A translation memory as TMX 1.4b (issue 16, deliverable 1), valid against tmx14.dtd and read back
 * by tm/tmx-read.ts into the same units (same ids, texts, dates, users, context and properties). The
 * writing follows the project export (formats/tmx/write.ts: inline codes, dates, escaping):
 *
 * - one `<tu>` per unit, `tuid` its id; `creationdate`/`creationid`, `changedate`/`changeid`,
 *   `usagecount` from the unit;
 * - properties: `x-verso-mt` (the MT of a unit with a source), `x-verso-project`,
 *   `x-verso-project-id`, `x-context-pre`/`x-context-post` (the neighbours of a context match), then
 *   the unit's other properties; its notes;
 * - a unit keyed by its MT has the MT as its source variant, tagged `<target>-x-mt` (a private-use
 *   subtag, as the project export does) with the `<tu>`'s `srclang` saying so.
 */
import { tmxDate, tmxSegment } from '../formats/tmx/write.ts';
import { attributes, xmlText } from '../xml/escape.ts';
import type { MemoryInfo, MemoryUnit } from './model.ts';
import { CONTEXT_AFTER_PROPERTY, CONTEXT_BEFORE_PROPERTY } from './tmx-read.ts';

/** The memory as a TMX 1.4b document; `now` dates the header. */
export function memoryToTmx(info: MemoryInfo, units: Iterable<MemoryUnit>, now: number): string {
  const all = [...units];
  const mtLang = `${info.targetLang}-x-mt`;
  // The header's srclang must be the source of some unit, or the file reads back as no units.
  const keyedBySource = info.sourceLang !== 'und' && all.some((u) => u.source !== undefined);
  const srclang = keyedBySource ? info.sourceLang : mtLang;
  const header = attributes({
    creationtool: 'Verso',
    creationtoolversion: '1',
    segtype: 'sentence',
    'o-tmf': 'Verso',
    adminlang: 'en',
    srclang,
    datatype: 'plaintext',
    creationdate: tmxDate(now),
  });
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `<header${header}/>`,
    '<body>',
  ];
  for (const unit of all) out.push(tu(unit, info, srclang, mtLang));
  out.push('</body>', '</tmx>', '');
  return out.join('\n');
}

/** One unit, its variants in the memory's languages (its units' agree with them, see memory.ts). */
function tu(unit: MemoryUnit, info: MemoryInfo, srclang: string, mtLang: string): string {
  const keyedByMt = unit.source === undefined;
  const sourceLang = keyedByMt ? mtLang : info.sourceLang;
  const head = attributes({
    tuid: unit.id,
    ...(sourceLang.toLowerCase() === srclang.toLowerCase() ? {} : { srclang: sourceLang }),
    creationdate: tmxDate(unit.createdAt),
    creationid: unit.author,
    changedate: tmxDate(unit.changedAt),
    changeid: unit.changedBy,
    usagecount: String(unit.uses),
  });
  const props: (readonly [string, string | undefined])[] = [
    ['x-verso-mt', keyedByMt ? undefined : unit.mt],
    ['x-verso-project', unit.projectName],
    ['x-verso-project-id', unit.projectId],
    [CONTEXT_BEFORE_PROPERTY, unit.context?.before],
    [CONTEXT_AFTER_PROPERTY, unit.context?.after],
    ...(unit.props ?? []),
  ];
  const codes = unit.codes ?? [];
  const lines = [`<tu${head}>`];
  for (const [type, value] of props) {
    if (value !== undefined) lines.push(`<prop${attributes({ type })}>${xmlText(value)}</prop>`);
  }
  for (const note of unit.notes ?? []) lines.push(`<note>${xmlText(note)}</note>`);
  const key = keyedByMt ? (unit.mt ?? '') : unit.source;
  lines.push(
    `<tuv${attributes({ 'xml:lang': sourceLang })}><seg>${tmxSegment(key, codes)}</seg></tuv>`,
    `<tuv${attributes({ 'xml:lang': info.targetLang })}><seg>${tmxSegment(unit.target, codes)}</seg></tuv>`,
    '</tu>',
  );
  return lines.join('\n');
}
