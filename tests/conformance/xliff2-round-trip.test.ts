/**
 * Round trip of the OASIS XLIFF 2.1 valid documents (core and modules suites, ../shared/data): import →
 * project → backup → project → export XLIFF 2.1, then (issue 11 item 2)
 * - the export is valid against the core schema and every module schema (xmllint),
 * - Verso imports it again,
 * - it keeps everything of the file Verso does not edit: module and extension elements, notes and
 *   original data of files, groups and units, their attributes and those of segments, and every inline
 *   element of source and target with its attributes (a `<mrk type="term">` stays a `<mrk>`).
 * The last test prints how many documents keep every module.
 */
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/core/formats/backup/write.ts';
import { parseBackup } from '../../src/core/formats/backup/read.ts';
import { importXliff2 } from '../../src/core/formats/xliff2/read.ts';
import { toXliff2 } from '../../src/core/formats/xliff2/write.ts';
import { VersoInputError } from '../../src/core/model/errors.ts';
import { projectFromBilingual } from '../../src/core/project/from-bilingual.ts';
import { newProjectRecords, projectFromBackup } from '../../src/core/project/records.ts';
import { parseXmlText } from '../../src/core/xml/xml-parse.ts';
import { XMLNS_NS, attr, type XmlElement } from '../../src/core/xml/xml-tree.ts';
import { canValidate, validate } from '../support/export.ts';
import { filesIn, hasSharedData, readShared } from './shared-data.ts';

const SUITE = 'xliff2-oasis/xliff-21/test-suite';
const FOLDERS = [`${SUITE}/core/valid`, `${SUITE}/modules/valid`];
const MTC = 'urn:oasis:names:tc:xliff:matches:2.0';
const present = hasSharedData(SUITE);

/** The document as Verso exports it after import and a backup round trip; undefined if refused. */
function roundTrip(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  let doc;
  try {
    doc = importXliff2(readShared(path), name);
  } catch (error) {
    if (error instanceof VersoInputError) return undefined;
    throw error;
  }
  if (doc.units.length === 0) return undefined; // nothing to review: Verso refuses it (errors.noUnits)
  const languages = { sourceLang: doc.sourceLang, targetLang: doc.targetLang || 'fr' };
  const { meta, segments } = newProjectRecords('p', projectFromBilingual(doc, name, languages), 1);
  const backup = parseBackup(JSON.stringify(createBackup(meta, segments, [], 2)), 'b.json');
  const restored = projectFromBackup(backup, 'p2', 3);
  return toXliff2({ meta: restored.meta, segments: restored.segments, now: 4 });
}

/** An element in a form that ignores prefixes, attribute order, namespace declarations and layout. */
function canonical(e: XmlElement): string {
  const attrs = e.attributes
    .filter((a) => a.uri !== XMLNS_NS)
    .map((a) => `{${a.uri}}${a.local}=${a.value}`)
    .sort();
  const content = e.children
    .map((c) => (c.kind === 'text' ? c.text.replace(/\s+/g, ' ').trim() : canonical(c)))
    .filter((c) => c !== '')
    .join('');
  return `<{${e.uri}}${e.local} ${attrs.join(' ')}>${content}`;
}

function canonicalStart(e: XmlElement): string {
  return canonical({ ...e, children: [] });
}

/** The inline elements in `n`, in document order, each as its start tag. */
function inline(n: XmlElement): string[] {
  return n.children.flatMap((c) => (c.kind === 'element' ? [canonicalStart(c), ...inline(c)] : []));
}

/** What a document holds that Verso does not edit, as "where|what" strings (a multiset). */
function keptItems(xml: string): string[] {
  const { root } = parseXmlText(xml, 'x.xlf', 'utf-8');
  const items: string[] = [];
  const ns = root.uri;
  const core = (e: XmlElement, local?: string) =>
    e.uri === ns && (local === undefined || e.local === local);
  const own = (e: XmlElement, where: string, skip: readonly string[]) => {
    for (const a of e.attributes) {
      if (a.uri === XMLNS_NS || (a.uri === '' && skip.includes(a.local))) continue;
      items.push(`${where}|@{${a.uri}}${a.local}=${a.value}`);
    }
  };
  const container = (e: XmlElement, where: string) => {
    own(e, where, []);
    // Segments with the ignorables after them (before the first: with it), as Verso imports them.
    const segments: { source: string[]; target: string[] }[] = [];
    let leading: { source: string[]; target: string[] } = { source: [], target: [] };
    for (const child of e.children) {
      if (child.kind !== 'element') continue;
      const id = attr(child, 'id') ?? '';
      if (core(child, 'group') || core(child, 'unit')) {
        container(child, `${where}/${child.local}:${id}`);
      } else if (core(child, 'segment') || core(child, 'ignorable')) {
        if (core(child, 'segment')) {
          own(child, `${where}/segment${segments.length + 1}`, ['state', 'subState', 'id']);
          segments.push(leading);
          leading = { source: [], target: [] };
        }
        const into = segments[segments.length - 1] ?? leading;
        for (const side of child.children) {
          if (side.kind === 'element')
            into[side.local as 'source' | 'target'].push(...inline(side));
        }
      } else if (
        core(child, 'notes') ||
        core(child, 'originalData') ||
        (child.uri === MTC && child.local === 'matches')
      ) {
        for (const c of child.children)
          if (c.kind === 'element') items.push(`${where}|${canonical(c)}`);
      } else items.push(`${where}|${canonical(child)}`);
    }
    segments.forEach((s, i) => {
      items.push(`${where}/segment${i + 1}/source|${s.source.join('')}`);
      if (s.target.length > 0) items.push(`${where}/segment${i + 1}/target|${s.target.join('')}`);
    });
  };
  for (const file of root.children) {
    if (file.kind === 'element' && core(file, 'file')) container(file, `file:${attr(file, 'id')}`);
  }
  const rootAttributes = root.attributes.filter(
    (a) => a.uri !== XMLNS_NS && !['version', 'srcLang', 'trgLang'].includes(a.local),
  );
  items.push(...rootAttributes.map((a) => `xliff|@{${a.uri}}${a.local}=${a.value}`));
  return items;
}

/** The items of `before` missing from `after` (multiset difference). */
function lost(before: readonly string[], after: readonly string[]): string[] {
  const rest = [...after];
  return before.filter((item) => {
    const i = rest.indexOf(item);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

const documents = present
  ? FOLDERS.flatMap((folder) => filesIn(folder, '.xlf').map((name) => `${folder}/${name}`))
  : [];
const exported = new Map(documents.map((path) => [path, roundTrip(path)]));
const accepted = documents.filter((path) => exported.get(path) !== undefined);

describe.skipIf(!present)(
  'OASIS XLIFF 2.1 valid documents through import → backup → export',
  () => {
    it.runIf(canValidate)('are valid against the core and every module schema', () => {
      expect(
        validate(
          'xliff2Modules',
          accepted.map((p) => exported.get(p)!),
        ),
      ).toBe('');
    });

    it.each(accepted.map((p) => p.slice(SUITE.length + 1)))('%s imports again', (path) => {
      const xml = exported.get(`${SUITE}/${path}`)!;
      expect(() => importXliff2(new TextEncoder().encode(xml), 'again.xlf')).not.toThrow();
    });

    it('mrk type="term" of sample1.xlf comes back as <mrk>, and its glossary with it', () => {
      const xml = exported.get(`${SUITE}/core/valid/sample1.xlf`)!;
      expect(xml).toContain('<mrk id="m1" type="term">TAB key</mrk>');
      expect(xml).toContain('<gls:glossEntry ref="#m1">');
      const segment = xml.slice(xml.indexOf('<segment'));
      expect(segment).toContain('<mrk id="m2" type="term">TAB-TASTE</mrk>');
      expect(segment).not.toMatch(/<sc |<ec /);
    });

    it('keep every module, note, attribute and inline element in most documents', () => {
      const kept = accepted.filter((path) => {
        const missing = lost(
          keptItems(new TextDecoder().decode(readShared(path))),
          keptItems(exported.get(path)!),
        );
        if (missing.length > 0)
          console.log(`${path.slice(SUITE.length + 1)} loses ${missing.join(' ; ')}`);
        return missing.length === 0;
      });
      const refused = documents.filter((p) => !accepted.includes(p));
      if (refused.length > 0) console.log(`not imported: ${refused.join(', ')}`);
      console.log(
        `${kept.length} of ${accepted.length} imported OASIS 2.1 valid documents keep every module (${documents.length} in the suites)`,
      );
      expect(kept.length).toBe(accepted.length);
    });
  },
);
