/**
 * WordprocessingML written as text, byte for byte as the `docx` package (9.x) writes the same
 * elements, for the Word review copy: its 20,000-paragraph documents have some 200,000 runs, and the
 * package's object per element, then per attribute, then its generic serializer took most of the
 * export's time (and memory). Only the few elements the review copy uses are here; every other part
 * of the package (styles, settings, comments, relationships) is still the package's.
 * tests/unit/core/export/docx/parity.test.ts checks the output against the package's own.
 */
// @ts-nocheck


/** The namespaces the package declares on `w:document`, in its order. */
const NAMESPACES: readonly (readonly [string, string])[] = [
  ['wpc', 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas'],
  ['mc', 'http://schemas.openxmlformats.org/markup-compatibility/2006'],
  ['o', 'urn:schemas-microsoft-com:office:office'],
  ['r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'],
  ['m', 'http://schemas.openxmlformats.org/officeDocument/2006/math'],
  ['v', 'urn:schemas-microsoft-com:vml'],
  ['wp14', 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing'],
  ['wp', 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'],
  ['w10', 'urn:schemas-microsoft-com:office:word'],
  ['w', 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'],
  ['w14', 'http://schemas.microsoft.com/office/word/2010/wordml'],
  ['w15', 'http://schemas.microsoft.com/office/word/2012/wordml'],
  ['wpg', 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup'],
  ['wpi', 'http://schemas.microsoft.com/office/word/2010/wordprocessingInk'],
  ['wne', 'http://schemas.microsoft.com/office/word/2006/wordml'],
  ['wps', 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'],
  ['cx', 'http://schemas.microsoft.com/office/drawing/2014/chartex'],
  ['cx1', 'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex'],
  ['cx2', 'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex'],
  ['cx3', 'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex'],
  ['cx4', 'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex'],
  ['cx5', 'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex'],
  ['cx6', 'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex'],
  ['cx7', 'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex'],
  ['cx8', 'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex'],
  ['aink', 'http://schemas.microsoft.com/office/drawing/2016/ink'],
  ['am3d', 'http://schemas.microsoft.com/office/drawing/2017/model3d'],
  ['w16cex', 'http://schemas.microsoft.com/office/word/2018/wordml/cex'],
  ['w16cid', 'http://schemas.microsoft.com/office/word/2016/wordml/cid'],
  ['w16', 'http://schemas.microsoft.com/office/word/2018/wordml'],
  ['w16sdtdh', 'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash'],
  ['w16se', 'http://schemas.microsoft.com/office/word/2015/wordml/symex'],
];

/** `word/document.xml` up to the first paragraph. */
export const DOCUMENT_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<w:document mc:Ignorable="w14 w15 wp14"${NAMESPACES.map(([p, uri]) => ` xmlns:${p}="${uri}"`).join('')}>` +
  '<w:body>';

/** `word/document.xml` after the last paragraph: the section, A4 portrait with 1-inch margins. */
export const DOCUMENT_END =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>' +
  '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>' +
  '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>';

/** A paragraph's opening tag and properties: its heading style, if any (`Heading1`…). */
export function paragraphStart(style?: string): string {
  return style === undefined ? '<w:p>' : `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>`;
}

export const PARAGRAPH_END = '</w:p>';

const BREAK = '<w:br/>';

/** A plain run of escaped text, after a line break when `breakBefore`. */
export function textRun(escaped: string, breakBefore: boolean): string {
  return `<w:r>${breakBefore ? BREAK : ''}<w:t xml:space="preserve">${escaped}</w:t></w:r>`;
}

/** The attributes of a tracked change: `w:id`, then the escaped author and the date. */
export function changeAttributes(id: number, escapedAuthor: string, date: string): string {
  return ` w:id="${id}" w:author="${escapedAuthor}" w:date="${date}"`;
}

/** A tracked insertion of one run (`attributes` from {@link changeAttributes}). */
export function insertedRun(attributes: string, escaped: string, breakBefore: boolean): string {
  return `<w:ins${attributes}>${textRun(escaped, breakBefore)}</w:ins>`;
}

/** A tracked deletion of one run; an empty line is the run of its break alone, as the package has it. */
export function deletedRun(attributes: string, escaped: string, breakBefore: boolean): string {
  const text = escaped === '' ? '' : `<w:delText xml:space="preserve">${escaped}</w:delText>`;
  return `<w:del${attributes}><w:r>${breakBefore ? BREAK : ''}${text}</w:r></w:del>`;
}

/** Where a comment's range starts. */
export function commentStart(id: number): string {
  return `<w:commentRangeStart w:id="${id}"/>`;
}

/** Where a comment's range ends, and the run with its reference mark. */
export function commentEnd(id: number): string {
  return `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
}
