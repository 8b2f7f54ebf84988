/**
 * Quality-assessment errors in XLIFF 2.1 as ITS Localization Quality Issue annotations (issue 15,
 * deliverable 4): written on the target's text, valid against the XLIFF 2.1 core and module schemas
 * (ITS module included), and read back into the same errors.
 */
import { describe, expect, it } from 'vitest';
import { importXliff2 } from '../../../../../src/core/formats/xliff2/read.ts';
import { toXliff2 } from '../../../../../src/core/formats/xliff2/write.ts';
import { errorsFromIssues } from '../../../../../src/core/lqa/its-issue.ts';
import type { LqaError } from '../../../../../src/core/lqa/error.ts';
import { MQM_CORE_SCORECARD } from '../../../../../src/core/lqa/presets.ts';
import type { Segment } from '../../../../../src/core/model/model.ts';
import {
  lqaFromBilingual,
  projectFromBilingual,
} from '../../../../../src/core/project/from-bilingual.ts';
import { newProjectRecords } from '../../../../../src/core/project/records.ts';
import type { BilingualDocument } from '../../../../../src/core/formats/common/bilingual.ts';
import {
  canValidate,
  CODES,
  input,
  segment,
  validate,
  XLIFF2_GLOSSARY,
} from '../../../../support/export.ts';
import { lqaError } from '../../../../support/lqa.ts';

const encode = (xml: string) => new TextEncoder().encode(xml);

/** The XLIFF 2.1 export of `segments` with `errors`. */
function exported(segments: readonly Segment[], errors: readonly LqaError[]): string {
  return toXliff2({
    ...input(segments),
    lqa: { scorecard: MQM_CORE_SCORECARD, errors, rework: [] },
  });
}

/** The errors Verso reads back from an XLIFF 2 document, for segments `s1…sN`. */
function readBack(xml: string): { doc: BilingualDocument; errors: LqaError[] } {
  const doc = importXliff2(encode(xml), 'back.xlf');
  const ids = doc.units.map((_, i) => `s${i + 1}`);
  let n = 0;
  const lqa = lqaFromBilingual(doc, ids, MQM_CORE_SCORECARD, {
    author: 'back.xlf',
    now: 1,
    newId: () => `new${++n}`,
  });
  return { doc, errors: [...(lqa?.errors ?? [])] };
}

const text = 'Forty open policies and eight golden policies';
const segments = [
  segment('s1', 'Fourty open policies and eight double-attraction golden policies', {
    text,
    status: 'edited',
    source: '四十项开放政策和八项双招双引黄金政策',
  }),
  segment('s2', 'Paragraph one: ⟨1⟩win win⟨/1⟩ cooperation.⟨2/⟩', {
    source: '第一段：⟨1⟩合作⟨/1⟩共赢。⟨2/⟩',
    text: 'Paragraph one: ⟨1⟩win-win⟨/1⟩ cooperation.⟨2/⟩',
    status: 'edited',
    codes: CODES,
  }),
];
const errors: LqaError[] = [
  lqaError('e1', 's1', {
    span: { start: 0, end: 5 },
    quote: 'Forty',
    categoryId: 'spelling',
    severityId: 'minor',
    comment: 'Misspelt "forty" & <more>',
  }),
  lqaError('e2', 's1', {
    span: { start: 24, end: 24 },
    detached: true,
    quote: 'double-attraction',
  }),
  lqaError('e3', 's1', { categoryId: 'style', severityId: 'neutral' }),
  lqaError('e4', 's1', {
    span: { start: 6, end: 19 },
    categoryId: 'grammar',
    severityId: 'critical',
  }),
  // Crosses e4 ("open policies" / "policies and eight"): written as <sm>/<em>.
  lqaError('e5', 's1', { span: { start: 11, end: 29 }, categoryId: 'addition' }),
  // On the text inside a paired code and the code's end.
  lqaError('e6', 's2', {
    span: { start: 18, end: 29 },
    categoryId: 'punctuation',
    severityId: 'minor',
  }),
];

describe('toXliff2 with quality-assessment errors', () => {
  const xml = exported(segments, errors);

  it('declares the ITS namespace and version on <xliff>', () => {
    expect(xml).toMatch(
      /<xliff [^>]*xmlns:its="http:\/\/www\.w3\.org\/2005\/11\/its"[^>]*its:version="2\.0"/,
    );
  });

  it('marks an error’s text with an ITS Localization Quality Issue <mrk>', () => {
    expect(xml).toMatch(
      /<mrk id="lqi\d" type="its:generic" its:locQualityIssueType="misspelling" its:locQualityIssueSeverity="4" its:locQualityIssueComment="Misspelt &quot;forty&quot; &amp; &lt;more>"/,
    );
    expect(xml).toMatch(/verso:category="spelling" verso:severity="minor"[^>]*>Forty<\/mrk>/);
  });

  it('spans the whole target for a whole-segment error and leaves a detached one empty', () => {
    expect(xml).toMatch(
      /<target><mrk id="lqi\d" [^>]*its:locQualityIssueType="style"[^>]*verso:scope="segment">/,
    );
    expect(xml).toMatch(/<mrk id="lqi\d" [^>]*verso:detached="yes"><\/mrk>/);
  });

  it('writes a marker that would cross another as <sm>/<em>', () => {
    expect(xml).toMatch(
      /<sm id="(lqi\d)" type="its:generic" its:locQualityIssueType="addition"[^>]*\/>policies<\/mrk> and <mrk [^>]*><\/mrk>eight<em startRef="\1"\/>/,
    );
  });

  it('writes nothing of the kind for a project without errors', () => {
    const plain = toXliff2(input(segments));
    expect(plain).not.toContain('its:');
    expect(exported(segments, [])).toBe(plain);
  });

  it('reads every error back with its span, category, severity, comment, author and times', () => {
    const { doc, errors: back } = readBack(xml);
    expect(doc.units.map((u) => u.target)).toEqual([
      text,
      'Paragraph one: ⟨1⟩win-win⟨/1⟩ cooperation.⟨2/⟩',
    ]);
    const key = (e: LqaError) => e.id;
    expect([...back].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(errors);
  });

  it.runIf(canValidate)(
    'is valid against the XLIFF 2.1 core and module schemas (ITS included)',
    () => {
      expect(validate('xliff2Modules', [xml])).toBe('');
    },
  );
});

describe('toXliff2 with errors on a unit imported from XLIFF 2', () => {
  const doc = importXliff2(encode(XLIFF2_GLOSSARY), 'in.xlf');
  const project = newProjectRecords(
    'p',
    projectFromBilingual(doc, 'in.xlf', { sourceLang: 'en', targetLang: 'de' }),
    1,
  );
  const row = project.segments[0]!;
  // "Sie die ⟨1⟩TAB" crosses the kept term marker: one of the two becomes <sm>/<em>.
  const start = row.text.indexOf('Sie');
  const kept = [
    lqaError('k1', 's1', {
      span: { start, end: row.text.indexOf('TAB') + 3 },
      categoryId: 'wrong-term',
    }),
  ];
  const xml = toXliff2({
    ...input(project.segments, { sourceLang: 'en', targetLang: 'de' }),
    lqa: { scorecard: MQM_CORE_SCORECARD, errors: kept, rework: [] },
  });

  it('keeps the file’s own markup and reads the error back on the same text', () => {
    expect(xml).toContain('<gls:glossEntry ref="#m1">');
    const { doc: again, errors: back } = readBack(xml);
    expect(again.units[0]!.target).toBe(row.text);
    expect(
      back.map((e) => [e.id, again.units[0]!.target.slice(e.span!.start, e.span!.end)]),
    ).toEqual([['k1', row.text.slice(kept[0]!.span!.start, kept[0]!.span!.end)]]);
  });

  it.runIf(canValidate)('stays valid against the core and module schemas', () => {
    expect(validate('xliff2Modules', [xml])).toBe('');
  });
});

describe('reading ITS issues of other tools', () => {
  const FOREIGN = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr"
    xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">
  <file id="f1">
    <unit id="u1">
      <its:locQualityIssues xml:id="lqs1">
        <its:locQualityIssue locQualityIssueType="misspelling" locQualityIssueSeverity="50" locQualityIssueComment="typo"/>
        <its:locQualityIssue locQualityIssueType="style" locQualityIssueEnabled="no"/>
        <its:locQualityIssue locQualityIssueType="terminology"/>
      </its:locQualityIssues>
      <segment>
        <source>The colour</source>
        <target>La <mrk id="m1" its:locQualityIssuesRef="#lqs1">coleur</mrk> <mrk id="m2" type="term">rouge</mrk></target>
      </segment>
    </unit>
  </file>
</xliff>`;

  it('reads a standoff list of issues, leaving out disabled ones, and keeps other markers as codes', () => {
    const { doc, errors: back } = readBack(FOREIGN);
    expect(doc.units[0]!.target).toBe('La coleur ⟨1⟩rouge⟨/1⟩');
    expect(back.map((e) => [e.categoryId, e.severityId, e.comment, e.quote, e.author])).toEqual([
      ['spelling', 'major', 'typo', 'coleur', 'back.xlf'],
      ['terminology', 'minor', undefined, 'coleur', 'back.xlf'],
    ]);
  });

  it.runIf(canValidate)('is an example that the schemas accept', () => {
    expect(validate('xliff2Modules', [FOREIGN])).toBe('');
  });
});

describe('errorsFromIssues on an ITS <sm>/<em> pair', () => {
  it('reads the text between them', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr"
    xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">
  <file id="f1"><unit id="u1"><segment><source>a b c</source>
  <target>x <sm id="m1" its:locQualityIssueType="grammar" its:locQualityIssueSeverity="20"/>y z<em startRef="m1"/> w</target>
  </segment></unit></file></xliff>`;
    const doc = importXliff2(encode(xml), 'sm.xlf');
    expect(doc.units[0]!.target).toBe('x y z w');
    const errors = errorsFromIssues(
      [{ segmentId: 's1', text: doc.units[0]!.target, issues: doc.units[0]!.issues ?? [] }],
      MQM_CORE_SCORECARD,
      { author: 'a', now: 0, newId: () => 'n1' },
    );
    expect(errors.map((e) => [e.categoryId, e.severityId, e.quote])).toEqual([
      ['grammar', 'major', 'y z'],
    ]);
  });
});
