/**
 * The XLIFF 2.1 writer on projects imported from XLIFF 2 (issue 11 item 2): the file's modules, notes,
 * ids and code markup come back in place, the reviewer's edits to codes never produce invalid or
 * corrupt markup, and a placeholder that is none of the segment's codes is refused, naming the segment.
 */
import { describe, expect, it } from 'vitest';
import { importXliff2 } from '../../../../../src/core/formats/xliff2/read.ts';
import { toXliff2 } from '../../../../../src/core/formats/xliff2/write.ts';
import type { Segment } from '../../../../../src/core/model/model.ts';
import { projectFromBilingual } from '../../../../../src/core/project/from-bilingual.ts';
import { newProjectRecords } from '../../../../../src/core/project/records.ts';
import { inputErrorOf as inputError } from '../../../../support/input-error.ts';
import { canValidate, validate, XLIFF2_GLOSSARY as GLOSSARY } from '../../../../support/export.ts';

const CODES = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
  <file id="f1">
    <unit id="u1">
      <originalData><data id="d1">&lt;br/&gt;</data></originalData>
      <segment id="s1">
        <source><pc id="1">Bold</pc> and <mrk id="m1" type="term">term</mrk><ph id="2" dataRef="d1"/></source>
        <target><pc id="1">Gras</pc> et <mrk id="m1" type="term">terme</mrk><ph id="2" dataRef="d1"/></target>
      </segment>
    </unit>
  </file>
</xliff>`;

/** The project Verso makes of an XLIFF 2 document. */
function project(xml: string): Segment[] {
  const doc = importXliff2(new TextEncoder().encode(xml), 'in.xlf');
  const languages = { sourceLang: doc.sourceLang, targetLang: doc.targetLang };
  return [...newProjectRecords('p', projectFromBilingual(doc, 'in.xlf', languages), 1).segments];
}

function exported(segments: readonly Segment[], targetLang = 'de'): string {
  return toXliff2({
    meta: {
      id: 'p',
      name: 'in',
      fileName: 'in.xlf',
      createdAt: 0,
      updatedAt: 0,
      segmentCount: segments.length,
      sourceLang: 'en',
      targetLang,
    },
    segments,
    now: 0,
  });
}

/** The `<target>` of the first `<segment>` of the document. */
function target(xml: string): string {
  const segment = xml.slice(xml.indexOf('<segment'));
  return segment.slice(segment.indexOf('<target'), segment.indexOf('</target>'));
}

function edited(segments: readonly Segment[], text: (t: string) => string): Segment[] {
  return segments.map((s, i) => (i === 0 ? { ...s, text: text(s.text), status: 'edited' } : s));
}

describe('toXliff2 on a project imported from XLIFF 2', () => {
  it('writes a term annotation back as <mrk> with its id, which the glossary refers to', () => {
    const xml = exported(project(GLOSSARY));
    expect(target(xml)).toContain('<mrk id="m2" type="term">TAB-TASTE</mrk>');
    expect(xml).toContain('<gls:glossEntry ref="#m1">');
  });

  it('writes the term annotations of the MT candidate as <mrk> too, not as formatting codes', () => {
    const xml = exported(project(GLOSSARY));
    const match = xml.slice(xml.indexOf('<mtc:match'), xml.indexOf('</mtc:match>'));
    expect(match).toContain('<mrk id="m1" type="term">');
    expect(match).toContain('<mrk id="m2" type="term">');
    expect(match).not.toMatch(/<sc |<ec /);
  });

  it('keeps the glossary module and the file notes in the unit, and adds new comments beside them', () => {
    const [first] = project(GLOSSARY);
    const comment = { id: 'c', text: 'Check the key name', author: 'Ann', createdAt: 1 };
    const xml = exported([{ ...first!, comments: [...first!.comments, comment] }]);
    expect(xml).toMatch(/<gls:glossary xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0">/);
    expect(xml).toContain('<note id="n1" category="context">UI string</note>');
    expect(xml).toContain('<note category="comment">Check the key name</note>');
    expect(xml.match(/UI string/g)).toHaveLength(1);
  });

  it('keeps the segment id, so the MT candidate and module references still point at it', () => {
    const xml = exported(project(GLOSSARY));
    expect(xml).toContain('<segment id="s1" state="initial" subState="verso:new">');
    expect(xml).toContain('<mtc:match ref="#s1" type="mt">');
  });

  it('writes each code with its own markup and original data reference', () => {
    const xml = exported(project(CODES), 'fr');
    expect(target(xml)).toContain(
      '<pc id="1">Gras</pc> et <mrk id="m1" type="term">terme</mrk><ph id="2" dataRef="d1"/>',
    );
    expect(xml).toContain('<data id="d1">&lt;br/&gt;</data>');
  });

  it('turns a <pc> pair the reviewer made cross another pair into <sc>/<ec>, and a crossing <mrk> into <sm>/<em>', () => {
    // ⟨1⟩Gras⟨/1⟩ et ⟨2⟩terme⟨/2⟩ → ⟨1⟩Gras ⟨2⟩et⟨/1⟩ terme⟨/2⟩
    const segments = edited(project(CODES), () => '⟨1⟩Gras ⟨2⟩et⟨/1⟩ terme⟨/2⟩⟨3/⟩');
    const xml = exported(segments, 'fr');
    expect(target(xml)).toMatch(
      /<pc id="1">Gras <sm id="(v\d+)" type="term"\/>et<\/pc> terme<em startRef="\1"\/><ph id="2" dataRef="d1"\/>/,
    );
    expect(() => importXliff2(new TextEncoder().encode(xml), 'out.xlf')).not.toThrow();
  });

  it('writes a pair whose closing half the reviewer deleted as an isolated code, never an orphan', () => {
    const segments = edited(project(CODES), (t) => t.replace('⟨/1⟩', ''));
    const xml = exported(segments, 'fr');
    expect(target(xml)).toMatch(/<sc id="v\d+" isolated="yes"\/>Gras et/);
    expect(() => importXliff2(new TextEncoder().encode(xml), 'out.xlf')).not.toThrow();
  });

  it('gives a second copy of a code a fresh id', () => {
    const segments = edited(project(CODES), (t) => `${t}⟨3/⟩`);
    const xml = exported(segments, 'fr');
    expect(target(xml)).toMatch(/<ph id="2" dataRef="d1"\/><ph id="v\d+"\/>$/);
    expect(() => importXliff2(new TextEncoder().encode(xml), 'out.xlf')).not.toThrow();
  });

  it('refuses a placeholder renumbered by hand (⟨2⟩ → ⟨5⟩), naming the segment', () => {
    const segments = edited(project(GLOSSARY), (t) => t.replace('⟨2⟩', '⟨5⟩'));
    const error = inputError(() => exported(segments));
    expect(error.code).toBe('errors.placeholderUnknown');
    expect(error.params).toEqual({ format: 'XLIFF 2.1', segment: 1, placeholder: '⟨5⟩' });
    expect(error.message).toMatch(/^Cannot write XLIFF 2\.1: segment 1 holds “⟨5⟩”/);
  });

  it('writes rows split off a unit as more segments of that unit', () => {
    const [first] = project(GLOSSARY);
    const piece: Segment = { ...first!, id: 'x', mt: 'Mehr.', text: 'Mehr.', codes: [] };
    delete (piece as { preserved?: unknown }).preserved;
    const xml = exported([first!, piece]);
    expect(xml.match(/<unit /g)).toHaveLength(1);
    expect(xml.match(/<segment /g)).toHaveLength(2);
    expect(() => importXliff2(new TextEncoder().encode(xml), 'out.xlf')).not.toThrow();
  });

  it.runIf(canValidate)('is valid against the core and module schemas after such edits', () => {
    const docs = [
      exported(
        edited(project(CODES), () => '⟨1⟩Gras ⟨2⟩et⟨/1⟩ terme⟨/2⟩⟨3/⟩'),
        'fr',
      ),
      exported(
        edited(project(CODES), (t) => t.replace('⟨/1⟩', '').replace('⟨2⟩', '')),
        'fr',
      ),
      exported(project(GLOSSARY)),
    ];
    expect(validate('xliff2Modules', docs)).toBe('');
  });
});
