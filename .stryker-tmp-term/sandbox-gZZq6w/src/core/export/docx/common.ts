/**
 * What the Word exports share (the `docx` package, which runs alike in Node and the browser): document
 * language (the default run properties' `w:lang`), core properties with title and language, runs for
 * text with line breaks, and packing to bytes.
 */
// @ts-nocheck

import { Packer, TextRun, type Document, type IStylesOptions } from 'docx';
import type { ProjectMeta } from '../../model/model.ts';
import { textDirection } from '../../text/direction.ts';
import { isoSeconds } from '../export-input.ts';
import { xmlSafe, xmlText } from '../../xml/escape.ts';

/** Primary language subtags written in East Asian scripts (Word's `w:eastAsia` language). */
const EAST_ASIAN = new Set(['zh', 'ja', 'ko', 'yue', 'cmn', 'wuu', 'hak', 'nan']);

/**
 * Styles with the document language as the default of every run (`w:lang`): Word then checks spelling
 * and picks fonts and line breaking for that language. `w:val` takes it for Latin text, `w:eastAsia`
 * for a CJK language, `w:bidi` for a right-to-left one.
 */
export function documentStyles(lang: string): IStylesOptions {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  const language = {
    value: lang,
    ...(EAST_ASIAN.has(primary) ? { eastAsia: lang } : {}),
    ...(textDirection(lang) === 'rtl' ? { bidirectional: lang } : {}),
  };
  return { default: { document: { run: { language } } } };
}

/**
 * `docProps/core.xml`, written here rather than by the package: it has no `dc:language`, and stamps
 * the time of packing, where an export must depend on its input only.
 */
export function coreProperties(
  meta: ProjectMeta,
  lang: string,
  now: number,
  author: string,
): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(meta.name)}</dc:title>`,
    `<dc:language>${xmlText(lang)}</dc:language>`,
    '<dc:creator>Verso</dc:creator>',
    `<cp:lastModifiedBy>${xmlText(author)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${isoSeconds(meta.createdAt)}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${isoSeconds(now)}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/** A line end, or a character {@link xmlSafe} may leave out (surrogates too: most are valid pairs). */
const MAY_CHANGE = /[\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * The lines of `text` as runs made by `run`, a line break before every line but the first. Characters
 * XML cannot carry are left out (xml-text.ts): Word refuses a document that has them.
 */
export function lineRuns<T>(text: string, run: (text: string, breakBefore: boolean) => T): T[] {
  // Most runs are one line of plain text: no regular expressions, split or array of lines for them.
  if (!MAY_CHANGE.test(text)) return [run(text, false)];
  return xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => run(line, i > 0));
}

/** Plain runs of text with line breaks. */
export function textRuns(text: string): TextRun[] {
  return lineRuns(
    text,
    (line, breakBefore) => new TextRun({ text: line, ...(breakBefore ? { break: 1 } : {}) }),
  );
}

/** Packs the document, its core properties replaced by `core` and any other part by `parts`. */
export async function packDocx(
  document: Document,
  core: string,
  parts: readonly { readonly path: string; readonly data: string }[] = [],
): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(document, false, [
    { path: 'docProps/core.xml', data: core },
    ...parts,
  ]);
  return new Uint8Array(buffer);
}
