/** Helpers of the quality-assessment tests: the seed as a reviewer assesses it (issue 15's closing note). */
import { readFileSync } from 'node:fs';
import type { LqaError } from '../../src/core/lqa/error.ts';
import type { Segment } from '../../src/core/model/model.ts';
import { splitParagraphs } from '../../src/core/text/paragraphs.ts';

/** An error with the fields a test does not care about filled in. */
export function lqaError(id: string, segmentId: string, fields: Partial<LqaError> = {}): LqaError {
  return {
    id,
    segmentId,
    categoryId: 'mistranslation',
    severityId: 'major',
    author: 'Ann',
    createdAt: Date.UTC(2024, 0, 2),
    changedAt: Date.UTC(2024, 0, 2),
    ...fields,
  };
}

/** A segment of a test project; `text` defaults to the MT. */
export function lqaSegment(id: string, mt: string, fields: Partial<Segment> = {}): Segment {
  return {
    id,
    mt,
    text: mt,
    status: 'edited',
    comments: [],
    revisionCount: 1,
    updatedAt: 0,
    ...fields,
  };
}

/**
 * The corrections a reviewer makes on the seed, each with the error logged on the corrected words:
 * the MT's phrase, its replacement, and the category, severity and comment of the error.
 */
export const SEED_CORRECTIONS = [
  {
    mt: /one belt and one (?:road|way)/gi,
    final: 'Belt and Road',
    categoryId: 'wrong-term',
    severityId: 'major',
    comment: 'Official term (一带一路): "Belt and Road"; "One Belt, One Road" was dropped in 2015.',
    oncePerSegment: true,
  },
  {
    mt: /Fourty/g,
    final: 'Forty',
    categoryId: 'spelling',
    severityId: 'minor',
    comment: 'Misspelling of "forty".',
    oncePerSegment: false,
  },
  {
    mt: /double-attraction and double-attraction/g,
    final: 'investment and talent attraction',
    categoryId: 'mistranslation',
    severityId: 'major',
    comment:
      '双招双引 calqued as a repetition that says nothing: attracting investment and attracting talent.',
    oncePerSegment: false,
  },
  {
    mt: /community of human destiny/g,
    final: 'community with a shared future for mankind',
    categoryId: 'mistranslation',
    severityId: 'major',
    comment:
      'Calque of 人类命运共同体; the official rendering is "a community with a shared future for mankind".',
    oncePerSegment: false,
  },
] as const;

/**
 * The seed reviewed: its paragraphs as segments `s1…s19`, the three boilerplate paragraphs (address,
 * telephone, copyright) excluded, the corrections above made, and one error logged on the corrected
 * words of each (the term once per segment where it occurs).
 */
export function reviewedSeed(): { segments: Segment[]; errors: LqaError[] } {
  const paragraphs = splitParagraphs(readFileSync('corpus/000_bf2c9c8ccc29718b.txt', 'utf8'));
  const errors: LqaError[] = [];
  const segments = paragraphs.map((mt, i) => {
    const id = `s${i + 1}`;
    if (i < 3) return lqaSegment(id, mt, { status: 'excluded' });
    let text = mt;
    for (const c of SEED_CORRECTIONS) {
      let logged = false;
      let out = '';
      let last = 0;
      for (const m of text.matchAll(new RegExp(c.mt.source, c.mt.flags))) {
        out += text.slice(last, m.index);
        const start = out.length;
        out += c.final;
        last = m.index + m[0].length;
        if (logged && c.oncePerSegment) continue;
        logged = true;
        errors.push(
          lqaError(`e${errors.length + 1}`, id, {
            span: { start, end: start + c.final.length },
            quote: m[0],
            categoryId: c.categoryId,
            severityId: c.severityId,
            comment: c.comment,
          }),
        );
      }
      text = out + text.slice(last);
    }
    return lqaSegment(id, mt, { text, status: text === mt ? 'reviewed' : 'edited' });
  });
  return { segments, errors };
}

/** A small assessed project for the export tests: a spelling fix, a deleted phrase, a whole-segment error. */
export function assessedSegments(): { segments: Segment[]; errors: LqaError[] } {
  const segments = [
    lqaSegment('s1', 'General plan', { status: 'reviewed' }),
    lqaSegment('s2', 'Fourty open policies and double-attraction golden policies.', {
      text: 'Forty open policies and golden policies.',
    }),
    lqaSegment('s3', 'Tel: 86-24-22562480', { status: 'excluded' }),
    lqaSegment('s4', 'The community of human destiny.', {
      text: 'The community with a shared future for mankind.',
    }),
  ];
  const errors = [
    lqaError('e1', 's2', {
      span: { start: 0, end: 5 },
      quote: 'Fourty',
      categoryId: 'spelling',
      severityId: 'minor',
      comment: '=1+1 typo',
      createdAt: Date.UTC(2024, 0, 3),
    }),
    lqaError('e2', 's2', {
      span: { start: 24, end: 24 },
      quote: 'double-attraction',
      detached: true,
      categoryId: 'addition',
    }),
    lqaError('e3', 's4', {
      span: { start: 14, end: 46 },
      categoryId: 'mistranslation',
      comment: 'Calque of 人类命运共同体',
    }),
    lqaError('e4', 's1', { categoryId: 'style', severityId: 'neutral', author: 'Bo' }),
    lqaError('e5', 's3', { categoryId: 'style', severityId: 'critical' }),
  ];
  return { segments, errors };
}
