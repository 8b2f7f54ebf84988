/**
 * Opens a bilingual interchange file — XLIFF 1.2, XLIFF 2.x, TMX, TSV, CSV — as a BilingualDocument.
 * The extension says whether the file is XML or delimited text; for XML the root element (and its
 * namespace) says which format, so a `.xml` or a mislabelled `.xlf` is still read correctly.
 */
// @ts-nocheck

import type { BilingualDocument } from '../common/bilingual.ts';
import { assertFileSize, decodeText } from '../../text/decode.ts';
import { VersoInputError } from '../../model/errors.ts';
import { assertSegmentLimits, MAX_SEGMENTS, tooManySegments } from '../../model/limits.ts';
import { readDelimited } from '../delimited/read.ts';
import type { CancelSignal, ProgressCallback } from '../common/import-options.ts';
import { readTmx } from '../tmx/read.ts';
import { readXliff12 } from '../xliff12/read.ts';
import { isXliff2Root, readXliff2 } from '../xliff2/read.ts';
import { sniffXmlRoot, type XmlRootSniff } from '../common/xml-root.ts';

/** Extensions of the delimited formats. */
const DELIMITED = new Set(['tsv', 'tab', 'csv']);
/** Extensions of XML interchange files; any other extension is accepted if the content is one. */
const XML = new Set(['xlf', 'xliff', 'xlf2', 'tmx', 'xml']);
/**
 * SDL's XLIFF 1.2 dialect keeps segment states in its own extension (`sdl:seg-defs`), which Verso does
 * not read; importing it as plain XLIFF 1.2 would silently lose them.
 */
const REFUSED = new Set(['sdlxliff']);

/** What else can be asked of an import: the TMX language pair, the TSV/CSV delimiter. */
export interface OpenBilingualOptions {
  readonly sourceLang?: string;
  readonly targetLang?: string;
  readonly delimiter?: string;
}

/**
 * Reads a bilingual file, choosing the reader by extension (`.xlf .xliff .xlf2 .tmx .xml .tsv .tab
 * .csv`) and, for XML, by the root element.
 *
 * @param onProgress called with units read of units expected, at most every 1,000 units and at the end
 * @param signal checked between units; when set, the import stops with `errors.cancelled`
 * @throws VersoInputError `errors.bilingualUnsupportedType` {file, ext}, and every error of the format's
 *   reader (see xliff2-import, xliff12-import, tmx-import, delimited-import)
 */
export function openBilingual(
  bytes: Uint8Array,
  fileName: string,
  onProgress?: ProgressCallback,
  signal?: CancelSignal,
  options: OpenBilingualOptions = {},
): BilingualDocument {
  // Stops a file with too many units as soon as its reader knows how many (issue 6).
  const progress: ProgressCallback = (done, total) => {
    if (total > MAX_SEGMENTS) throw tooManySegments(fileName, total);
    onProgress?.(done, total);
  };
  const doc = readBilingual(bytes, fileName, progress, signal, options);
  assertSegmentLimits(
    fileName,
    doc.units.map((u) => [u.source, u.target]),
  );
  return doc;
}

function readBilingual(
  bytes: Uint8Array,
  fileName: string,
  onProgress: ProgressCallback,
  signal: CancelSignal | undefined,
  options: OpenBilingualOptions,
): BilingualDocument {
  assertFileSize(bytes.length, fileName);
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (REFUSED.has(ext)) throw unsupported(fileName, ext);
  const decoded = decodeText(bytes, fileName);
  const common = { onProgress, ...(signal ? { signal } : {}) };
  if (DELIMITED.has(ext)) {
    const delimiter = options.delimiter === undefined ? {} : { delimiter: options.delimiter };
    return readDelimited(decoded, fileName, { ...common, ...delimiter });
  }
  const format = xmlFormat(sniffXmlRoot(decoded.text), ext);
  if (!format) throw unsupported(fileName, ext);
  if (format === 'xliff2') return readXliff2(decoded, fileName, common);
  if (format === 'xliff12') return readXliff12(decoded, fileName, common);
  const { sourceLang, targetLang } = options;
  return readTmx(decoded, fileName, {
    ...common,
    ...(sourceLang === undefined ? {} : { sourceLang }),
    ...(targetLang === undefined ? {} : { targetLang }),
  });
}

/**
 * The XML format by root element; for a file whose root is neither `<xliff>` nor `<tmx>` (or is not
 * XML), the one its extension names, so that its reader explains what is wrong with it.
 */
function xmlFormat(
  root: XmlRootSniff | undefined,
  ext: string,
): 'xliff2' | 'xliff12' | 'tmx' | undefined {
  if (root?.local === 'tmx') return 'tmx';
  if (root?.local === 'xliff') {
    const xliff2 = isXliff2Root(root.uri) || (root.uri === '' && root.version?.startsWith('2.'));
    return xliff2 ? 'xliff2' : 'xliff12';
  }
  if (!XML.has(ext) || ext === 'xml') return undefined;
  return ext === 'tmx' ? 'tmx' : ext === 'xlf2' ? 'xliff2' : 'xliff12';
}

function unsupported(fileName: string, ext: string): VersoInputError {
  return new VersoInputError(
    'errors.bilingualUnsupportedType',
    { file: fileName, ext },
    `${fileName}: Verso cannot import ${ext ? `.${ext} files` : 'this file'} as a bilingual document; import XLIFF (.xlf, .xliff), TMX (.tmx), TSV (.tsv, .tab) or CSV (.csv), or two plain-text files to align.`,
  );
}
