/**
 * Term rules as TBX-Basic (ISO 30042). Both dialects are read:
 *
 * - TBX 2008 / TBX-Basic 2.x: `<martif type="TBX-Basic">` … `<termEntry>` › `<langSet xml:lang>` ›
 *   `<tig>` (or `<ntig><termGrp>`) › `<term>` + `<termNote type="administrativeStatus">`;
 * - TBX v3 (2019): `<tbx type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2">` … `<conceptEntry>` ›
 *   `<langSec xml:lang>` › `<termSec>` › `<term>` + `<termNote type="administrativeStatus">`.
 *
 * Verso writes the 2008 dialect, the one CAT tools (Trados MultiTerm, memoQ, Xbench) import.
 *
 * Mapping: in the target-language section, the term marked `preferredTerm-admn-sts` (else the first
 * term that is neither deprecated nor superseded) is the preferred term; terms marked
 * `deprecatedTerm-admn-sts` or `supersededTerm-admn-sts` are forbidden. The source-language section's
 * first term is the source term; `<note>` and `<descrip type="definition">` give the note. TBX has no
 * regular expressions: Verso writes a regex variant as a term `re:<pattern>` and reads it back so.
 * Match options are not part of TBX: rules read from it are whole-word and case-insensitive.
 */
// @ts-nocheck

import { parseXml } from '../xml/xml-parse.ts';
import { escapeAttribute, escapeText } from '../xml/escape.ts';
import { attr, descendants, textContent, XML_NS, type XmlElement } from '../xml/xml-tree.ts';
import { checkVariants, termbaseError } from './errors.ts';
import type { ForbiddenVariant, TermRule } from './model.ts';

/** What {@link parseTbx} read: the rules, and how many entries had no target-language term. */
export interface TbxResult {
  readonly rules: TermRule[];
  readonly skipped: number;
}

/** Which language sections to read. */
export interface TbxLanguages {
  /** BCP 47; sections whose primary subtag matches are the target's. Default `en`. */
  readonly targetLang?: string;
  /** The source's; default: the first other section of each entry. */
  readonly sourceLang?: string;
}

const PREFERRED = 'preferredTerm-admn-sts';
const FORBIDDEN = new Set(['deprecatedTerm-admn-sts', 'supersededTerm-admn-sts']);
const REGEX_PREFIX = 're:';

/**
 * Reads a TBX-Basic file (either dialect; see the file comment), parsed by Verso's safe XML parser
 * (no DTD, no entities).
 *
 * @throws VersoInputError any error of `parseXml` (`errors.xmlSyntax`, `errors.xmlDoctype`…, with file,
 *   line and column), and `errors.termbaseInvalid` when the root is not `<martif>` or `<tbx>` or a
 *   regex variant is invalid.
 */
export function parseTbx(
  bytes: Uint8Array,
  fileName: string,
  languages: TbxLanguages = {},
): TbxResult {
  const doc = parseXml(bytes, fileName);
  const where = (element: XmlElement) => doc.lines.positionOf(element.offset);
  if (doc.root.local !== 'martif' && doc.root.local !== 'tbx') {
    const { line, column } = where(doc.root);
    throw termbaseError(
      fileName,
      line,
      column,
      `the root element is <${doc.root.name}>, not <martif> (TBX 2008) or <tbx> (TBX v3)`,
    );
  }
  const target = primary(languages.targetLang ?? 'en');
  const source = languages.sourceLang === undefined ? undefined : primary(languages.sourceLang);
  const rules: TermRule[] = [];
  let skipped = 0;
  const entries = descendants(doc.root).filter(
    (e) => e.local === 'termEntry' || e.local === 'conceptEntry',
  );
  entries.forEach((entry, i) => {
    const sections = descendants(entry).filter(
      (e) => e.local === 'langSet' || e.local === 'langSec',
    );
    const lang = (e: XmlElement) => primary(attr(e, 'lang', XML_NS) ?? '');
    const targetSection = sections.find((s) => lang(s) === target);
    const sourceSection = sections.find((s) =>
      source === undefined ? lang(s) !== target : lang(s) === source,
    );
    const terms = targetSection ? termsOf(targetSection) : [];
    const preferred =
      terms.find((t) => t.status === PREFERRED) ?? terms.find((t) => !FORBIDDEN.has(t.status));
    if (!preferred) {
      skipped++;
      return;
    }
    const sourceTerm = sourceSection ? termsOf(sourceSection)[0]?.text : undefined;
    const note = noteOf(entry);
    const rule: TermRule = {
      id: attr(entry, 'id') ?? `tbx-${i + 1}`,
      preferred: preferred.text,
      forbidden: terms.filter((t) => FORBIDDEN.has(t.status)).map((t) => variantOf(t.text)),
      ...(sourceTerm ? { sourceTerm } : {}),
      wholeWord: true,
      matchCase: false,
      ...(note ? { note } : {}),
    };
    const { line, column } = where(entry);
    checkVariants(rule, fileName, line, column);
    rules.push(rule);
  });
  return { rules, skipped };
}

/**
 * Writes rules as a TBX-Basic 2008 file (`<martif type="TBX-Basic">`): one `<termEntry>` per rule,
 * a source section when the rule has a source term, the preferred term and the forbidden variants
 * (as deprecated terms) in the target section, the note as `<note>`.
 */
export function serializeTbx(
  rules: readonly TermRule[],
  languages: { readonly targetLang: string; readonly sourceLang?: string },
): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<martif type="TBX-Basic" xml:lang="${escapeAttribute(languages.targetLang)}">`,
    '  <martifHeader>',
    '    <fileDesc><sourceDesc><p>Exported by Verso</p></sourceDesc></fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  const tig = (text: string, status: string) =>
    `        <tig><term>${escapeText(text)}</term><termNote type="administrativeStatus">${status}</termNote></tig>`;
  for (const rule of rules) {
    out.push(`      <termEntry id="${escapeAttribute(xmlId(rule.id))}">`);
    if (rule.note) out.push(`        <note>${escapeText(rule.note)}</note>`);
    if (rule.sourceTerm) {
      const lang = escapeAttribute(languages.sourceLang ?? 'zh');
      out.push(`        <langSet xml:lang="${lang}">`);
      out.push(`        <tig><term>${escapeText(rule.sourceTerm)}</term></tig>`);
      out.push('        </langSet>');
    }
    out.push(`        <langSet xml:lang="${escapeAttribute(languages.targetLang)}">`);
    out.push(tig(rule.preferred, PREFERRED));
    for (const variant of rule.forbidden) {
      const text = variant.regex ? `${REGEX_PREFIX}${variant.pattern}` : variant.pattern;
      out.push(tig(text, 'deprecatedTerm-admn-sts'));
    }
    out.push('        </langSet>');
    out.push('      </termEntry>');
  }
  out.push('    </body>', '  </text>', '</martif>', '');
  return out.join('\n');
}

interface TbxTerm {
  readonly text: string;
  readonly status: string;
}

/** The terms of a language section, with their administrative status ('' when none). */
function termsOf(section: XmlElement): TbxTerm[] {
  const groups = descendants(section).filter(
    (e) => e.local === 'tig' || e.local === 'termGrp' || e.local === 'termSec',
  );
  const terms: TbxTerm[] = [];
  for (const group of groups) {
    const inside = descendants(group);
    const term = inside.find((e) => e.local === 'term');
    if (!term) continue;
    const status = inside.find(
      (e) => e.local === 'termNote' && attr(e, 'type') === 'administrativeStatus',
    );
    const text = textContent(term).trim();
    if (text !== '') terms.push({ text, status: status ? textContent(status).trim() : '' });
  }
  return terms;
}

/** The entry's notes and definitions (not those inside terms), joined. */
function noteOf(entry: XmlElement): string {
  const notes: string[] = [];
  for (const child of entry.children) {
    if (child.kind !== 'element') continue;
    const isNote = child.local === 'note';
    const isDefinition = child.local === 'descrip' && attr(child, 'type') === 'definition';
    const isGroup = child.local === 'descripGrp';
    if (isNote || isDefinition || isGroup) notes.push(textContent(child).trim());
  }
  return notes.filter((n) => n !== '').join(' ');
}

function variantOf(text: string): ForbiddenVariant {
  return text.startsWith(REGEX_PREFIX)
    ? { pattern: text.slice(REGEX_PREFIX.length), regex: true }
    : { pattern: text, regex: false };
}

/** The primary language subtag, lower case (`zh-CN` → `zh`). */
function primary(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** An id valid as an XML ID (NCName): other characters become `_`, a leading digit gets a prefix. */
function xmlId(id: string): string {
  const cleaned = id.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^[\p{L}_]/u.test(cleaned) ? cleaned : `t_${cleaned}`;
}
