/**
 * The hostile-input matrix of issue 6: files a stranger might send, each with the message Verso must
 * answer with. Generated here (nothing large is checked in); used by the unit test against src/core and
 * by the end-to-end test through "Open document".
 */

/** One bad file and what Verso must say about it. */
export interface HostileFile {
  /** The file name given to "Open document". */
  readonly name: string;
  /** What is wrong with it. */
  readonly title: string;
  /** The i18n key of the message (`errors.…`). */
  readonly key: string;
  /** Text the English message must contain. */
  readonly message: RegExp;
  /** Its bytes (large ones are generated on demand). */
  readonly bytes: () => Uint8Array;
  /** Over Playwright's 50 MB in-memory limit: written to disk and passed by path. */
  readonly byPath?: boolean;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

const XLIFF_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">\n' +
  '<file id="f1">\n';
const unit = (i: number) =>
  `<unit id="u${i}"><segment><source>第${i}段</source><target>Paragraph ${i}</target></segment></unit>\n`;
const XLIFF_TAIL = '</file>\n</xliff>\n';
const TMX_HEADER =
  '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en"' +
  ' srclang="en" datatype="plaintext"/>';

const segmentsOf = (b: Record<string, unknown>) => b['segments'] as Record<string, unknown>[];

/** A backup as Verso writes one, with `patch` applied to its JSON object. */
function backup(patch: (b: Record<string, unknown>) => void): Uint8Array {
  const b: Record<string, unknown> = {
    format: 'verso-backup',
    version: 1,
    exportedAt: 0,
    project: { name: 'P', fileName: 'p.txt', createdAt: 0, updatedAt: 0, targetLang: 'en' },
    segments: [{ id: 's1', mt: 'MT', text: 'MT', status: 'new', comments: [] }],
    revisions: [],
  };
  patch(b);
  return utf8(JSON.stringify(b));
}

/** `count` typing revisions of segment s1, as a backup lists them. */
function revisionsOfS1(count: number): Record<string, unknown>[] {
  const revision = { segmentId: 's1', text: 'MT', status: 'new', origin: 'typing' };
  return Array.from({ length: count }, (_, i) => ({ ...revision, id: i + 1, createdAt: i }));
}

function laughs(): string {
  let entities = '<!ENTITY lol "lol">';
  for (let i = 1; i <= 9; i += 1) {
    const prev = i === 1 ? 'lol' : `lol${i - 1}`;
    entities += `<!ENTITY lol${i} "${`&${prev};`.repeat(10)}">`;
  }
  return `<?xml version="1.0"?>\n<!DOCTYPE tmx [${entities}]>\n<tmx version="1.4">${TMX_HEADER}<body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv></tu></body></tmx>`;
}

/** At least 25 bad files (issue 6), every message key a specific one. */
export const HOSTILE_FILES: readonly HostileFile[] = [
  {
    name: 'empty.txt',
    title: 'an empty file',
    key: 'errors.empty',
    message: /“empty\.txt” is empty/,
    bytes: () => new Uint8Array(0),
  },
  {
    name: 'blank.md',
    title: 'only white space',
    key: 'errors.empty',
    message: /“blank\.md” is empty/,
    bytes: () => utf8(' \n\n\t\r\n  '),
  },
  {
    name: 'image.txt',
    title: 'a PNG image named .txt',
    key: 'errors.binary',
    message: /“image\.txt” is not a text file/,
    bytes: () => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
  },
  {
    name: 'nul.md',
    title: 'text with a NUL byte',
    key: 'errors.binary',
    message: /“nul\.md” is not a text file \(binary data at byte 5\)/,
    bytes: () => bytes('Hello', [0], 'world'),
  },
  {
    name: 'latin1.txt',
    title: 'invalid UTF-8 (Latin-1 bytes)',
    key: 'errors.encodingUncertain',
    message: /“latin1\.txt” is not UTF-8.*windows-1252: “Café crème and naïve text”/,
    bytes: () => bytes('Caf', [0xe9], ' cr', [0xe8], 'me and na', [0xef], 've text\n'),
  },
  {
    name: 'grosse.txt',
    title: 'Latin-1 text that GB18030 also decodes',
    key: 'errors.encodingUncertain',
    message: /windows-1252: “Größe für Mädchen”.*gb18030: “Gr鲞e f黵 M鋎chen”/,
    bytes: () => Uint8Array.from([...'Größe für Mädchen\n'].map((c) => c.charCodeAt(0))),
  },
  {
    name: 'late-nul.txt',
    title: 'a NUL byte after the first 8 KB',
    key: 'errors.binary',
    message: /“late-nul\.txt” is not a text file \(binary data at byte 20,000\)/,
    bytes: () => bytes('text '.repeat(4000), [0], ' more'),
  },
  {
    name: 'utf16-nul.txt',
    title: 'UTF-16 with a byte-order mark and U+0000',
    key: 'errors.binary',
    message: /“utf16-nul\.txt” is not a text file \(binary data at byte 6\)/,
    bytes: () => bytes([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00, 0x00, 0x00, 0x63, 0x00]),
  },
  {
    name: 'bom-invalid.txt',
    title: 'a UTF-8 byte-order mark, then invalid bytes',
    key: 'errors.undecodable',
    message: /“bom-invalid\.txt” is neither UTF-8/,
    bytes: () => bytes([0xef, 0xbb, 0xbf], 'abc ', [0xc3, 0x28], ' def'),
  },
  {
    name: 'utf16-no-bom.txt',
    title: 'UTF-16 without a byte-order mark',
    key: 'errors.utf16NoBom',
    message: /“utf16-no-bom\.txt” looks like UTF-16 text without a byte-order mark/,
    bytes: () =>
      Uint8Array.from(Buffer.from('Hello, this is a review text.\n'.repeat(20), 'utf16le')),
  },
  {
    name: 'utf16-lone-surrogate.txt',
    title: 'UTF-16 with a lone surrogate',
    key: 'errors.undecodable',
    message: /“utf16-lone-surrogate\.txt” is neither UTF-8/,
    bytes: () => bytes([0xff, 0xfe, 0x61, 0, 0x62, 0, 0x00, 0xd8, 0x63, 0]),
  },
  {
    name: 'huge.txt',
    title: 'a text file over 50 MB',
    key: 'errors.tooLarge',
    message: /“huge\.txt” is 52,428,801 bytes/,
    bytes: () => new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61),
    byPath: true,
  },
  {
    name: 'one-paragraph.txt',
    title: 'one 5 MB paragraph (no line breaks)',
    key: 'errors.segmentTooLong',
    message: /“one-paragraph\.txt”: segment 1 is 5,242,880 characters long/,
    bytes: () => utf8('word '.repeat((5 * 1024 * 1024) / 5 - 1) + 'last.'),
  },
  {
    name: 'many-lines.txt',
    title: '90,000 one-line paragraphs',
    key: 'errors.tooManySegments',
    message: /“many-lines\.txt” has 90,000 segments; a Verso project holds up to 80,000/,
    bytes: () => utf8(Array.from({ length: 90000 }, (_, i) => `Line ${i + 1}.`).join('\n')),
  },
  {
    name: 'report.pdf',
    title: 'a PDF',
    key: 'errors.unsupportedType',
    message: /“report\.pdf”: Verso cannot open “\.pdf” files/,
    bytes: () => utf8('%PDF-1.7\n'),
  },
  {
    name: 'setup.exe',
    title: 'a program',
    key: 'errors.unsupportedType',
    message: /cannot open “\.exe” files/,
    bytes: () => bytes('MZ', [0x90, 0, 3, 0]),
  },
  {
    name: 'page.xml',
    title: 'XML that is neither XLIFF nor TMX',
    key: 'errors.unsupportedType',
    message: /cannot open “\.xml” files/,
    bytes: () => utf8('<?xml version="1.0"?><html><body>Not a translation</body></html>'),
  },
  {
    name: 'truncated.xlf',
    title: 'truncated XML',
    key: 'errors.xmlSyntax',
    message: /“truncated\.xlf”, line \d+, column \d+: not well-formed XML/,
    bytes: () => utf8((XLIFF_HEAD + unit(1) + unit(2)).slice(0, -40)),
  },
  {
    name: 'external-entity.xlf',
    title: 'a DOCTYPE with an external entity',
    key: 'errors.xmlDoctype',
    message: /“external-entity\.xlf”, line 2, column \d+: the file declares its own DOCTYPE/,
    bytes: () =>
      utf8(
        XLIFF_HEAD.replace(
          '\n',
          '\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
        ).replace('<file id="f1">', '<file id="f1"><notes><note>&xxe;</note></notes>') +
          unit(1) +
          XLIFF_TAIL,
      ),
  },
  {
    name: 'billion-laughs.tmx',
    title: 'billion laughs (nested entities)',
    key: 'errors.xmlDoctype',
    message: /“billion-laughs\.tmx”, line 2, column \d+: the file declares its own DOCTYPE/,
    bytes: () => utf8(laughs()),
  },
  {
    name: 'units-100000.xlf',
    title: 'an XLIFF with 100,000 units',
    key: 'errors.tooManySegments',
    message: /“units-100000\.xlf” has 100,000 segments/,
    bytes: () => {
      const parts = [XLIFF_HEAD];
      for (let i = 1; i <= 100000; i += 1) parts.push(unit(i));
      parts.push(XLIFF_TAIL);
      return utf8(parts.join(''));
    },
  },
  {
    name: 'codes-100000.tmx',
    title: 'a TMX segment of 100,000 <ph/> codes',
    key: 'errors.tooManyCodes',
    message: /“codes-100000\.tmx”: segment 1 has 5,001 inline codes or more/,
    bytes: () =>
      utf8(
        `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${TMX_HEADER}<body><tu>` +
          `<tuv xml:lang="en"><seg>${'<ph>x</ph>'.repeat(100_000)}</seg></tuv>` +
          '<tuv xml:lang="fr"><seg>y</seg></tuv></tu></body></tmx>',
      ),
  },
  {
    name: 'codes-100000.xlf',
    title: 'an XLIFF 2 segment of 100,000 <ph/> codes',
    key: 'errors.tooManyCodes',
    message: /“codes-100000\.xlf”: segment 1 has 5,001 inline codes or more/,
    bytes: () =>
      utf8(
        XLIFF_HEAD +
          '<unit id="u1"><segment><source>' +
          Array.from({ length: 100_000 }, (_, i) => `<ph id="p${i}"/>`).join('') +
          '</source><target>x</target></segment></unit>\n' +
          XLIFF_TAIL,
      ),
  },
  {
    name: 'codes-100000-v12.xlf',
    title: 'an XLIFF 1.2 source of 100,000 <x/> codes',
    key: 'errors.tooManyCodes',
    message: /“codes-100000-v12\.xlf”: segment 1 has 5,001 inline codes or more/,
    bytes: () =>
      utf8(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">' +
          '<file original="f" source-language="en" target-language="fr" datatype="plaintext"><body>' +
          '<trans-unit id="1"><source>' +
          Array.from({ length: 100_000 }, (_, i) => `<x id="x${i}"/>`).join('') +
          '</source></trans-unit></body></file></xliff>',
      ),
  },
  {
    name: 'no-srclang.xlf',
    title: 'XLIFF 2 without its required srcLang',
    key: 'errors.xliffInvalid',
    message: /“no-srclang\.xlf”, line \d+, column \d+: not valid XLIFF/,
    bytes: () => utf8(XLIFF_HEAD.replace(' srcLang="zh-CN"', '') + unit(1) + XLIFF_TAIL),
  },
  {
    name: 'mismatched.tmx',
    title: 'TMX whose units lack the header’s source language',
    key: 'errors.tmxLanguages',
    message: /“mismatched\.tmx”: cannot import en →/,
    bytes: () =>
      utf8(
        `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${TMX_HEADER}<body>` +
          '<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu>' +
          '</body></tmx>',
      ),
  },
  {
    name: 'no-header.tmx',
    title: 'TMX without its header',
    key: 'errors.tmxInvalid',
    message: /“no-header\.tmx”, line \d+, column \d+: not valid TMX/,
    bytes: () =>
      utf8(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><body>' +
          '<tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="fr"><seg>Salut</seg></tuv></tu>' +
          '</body></tmx>',
      ),
  },
  {
    name: 'wrong-encoding.xlf',
    title: 'XML declaring ISO-8859-1 but written in UTF-8',
    key: 'errors.xmlEncoding',
    message: /“wrong-encoding\.xlf” says it is ISO-8859-1/,
    bytes: () =>
      utf8(XLIFF_HEAD.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"') + unit(1) + XLIFF_TAIL),
  },
  {
    name: 'quote.csv',
    title: 'CSV with an unclosed quote',
    key: 'errors.delimitedQuote',
    message: /“quote\.csv”, line \d+, column \d+: a quoted field is not closed/,
    bytes: () => utf8('source,target\n"unclosed,field\nx,y\n'),
  },
  {
    name: 'columns.tsv',
    title: 'TSV with a one-column row',
    key: 'errors.delimitedColumns',
    message: /“columns\.tsv”, line 2: 1 columns where/,
    bytes: () => utf8('源文\tTarget\nonly one column\n'),
  },
  {
    name: 'wrong-types.verso.json',
    title: 'a backup with a number where text belongs',
    key: 'errors.backupField',
    message: /“wrong-types\.verso\.json” is damaged: segments\[0\]\.text should be/,
    bytes: () =>
      backup((b) => {
        (b['segments'] as Record<string, unknown>[])[0]!['text'] = 42;
      }),
  },
  {
    name: 'future.verso.json',
    title: 'a backup from a newer Verso',
    key: 'errors.backupNewer',
    message: /newer Verso \(backup format 99\)/,
    bytes: () => backup((b) => (b['version'] = 99)),
  },
  {
    name: 'broken.verso.json',
    title: 'a truncated backup',
    key: 'errors.backupJson',
    message: /“broken\.verso\.json” is not valid JSON/,
    bytes: () => utf8('{"format": "verso-backup", "version": 1, "segments": ['),
  },
  {
    name: 'huge-segment.verso.json',
    title: 'a backup with a 20,000,000-character segment',
    key: 'errors.segmentTooLong',
    message: /“huge-segment\.verso\.json”: segment 1 is 20,000,000 characters long/,
    bytes: () => backup((b) => void (segmentsOf(b)[0]!['text'] = 'a'.repeat(20_000_000))),
  },
  {
    name: 'segments-150000.verso.json',
    title: 'a backup with 150,000 segments',
    key: 'errors.tooManySegments',
    message: /has 150,000 segments; a Verso project holds up to 80,000/,
    bytes: () =>
      backup((b) => {
        b['segments'] = Array.from({ length: 150_000 }, (_, i) => ({
          ...segmentsOf(b)[0],
          id: `s${i + 1}`,
        }));
      }),
  },
  {
    name: 'revisions-400000.verso.json',
    title: 'a backup carrying 400,000 revisions',
    key: 'errors.tooManyRevisions',
    message: /carries 400,000 revisions; a Verso backup may carry up to 200,000/,
    bytes: () =>
      backup((b) => {
        b['revisions'] = revisionsOfS1(400_000);
      }),
  },
  {
    name: 'segment-revisions-10001.verso.json',
    title: 'a backup carrying 10,001 revisions of one segment (issue 12 item 3)',
    key: 'errors.tooManySegmentRevisions',
    message: /segment 1 carries more than 10,000 revisions, the most a Verso backup may carry/,
    bytes: () =>
      backup((b) => {
        b['revisions'] = revisionsOfS1(10_001);
      }),
  },
  {
    name: 'other.json',
    title: 'JSON that is not a backup',
    key: 'errors.backupFormat',
    message: /“other\.json” is not a Verso project backup/,
    bytes: () => utf8('{"hello": "world"}'),
  },
];
