// Bilingual interchange files for `npm run bench` (issue 3: import time of a 20,000-unit TMX): units of
// about 50 English words (Chinese source, English target) with a few inline codes, written as TMX 1.4b
// or XLIFF 2.1. The text is real (bench-corpus.js: MLQE-PE sentences, the Chinese post-edit as the
// source) and the codes are added (the data has none); everything comes from the caller's seeded PRNG,
// so every run times the same bytes.

/**
 * One piece of a segment: text, the start or end of a paired code, or a standalone code.
 * @typedef {{ text: string } | { open: number } | { close: number } | { ph: number }} Piece
 */

/**
 * `count` units `{ id, zh, en }`; each side a list of pieces. About half the units wrap a run of words
 * (three English words, four Chinese characters, a third of the way in) in a paired code (bold) on both
 * sides, about a third end with a standalone code (a line break).
 *
 * @param corpus bench-corpus.js's corpus (its `bilingualParagraph`)
 */
export function bilingualUnits(random, count, corpus) {
  return Array.from({ length: count }, (_, k) => {
    const { en, zh } = corpus.bilingualParagraph(random, 40 + Math.floor(random() * 21));
    const bold = random() < 0.5;
    const lineBreak = random() < 0.35;
    /** @returns {Piece[]} */
    const side = (parts, run, space) => {
      const head = Math.floor(parts.length / 3);
      const text = (from, to) => parts.slice(from, to).join(space);
      return [
        ...(bold
          ? [
              { text: text(0, head) + space },
              { open: 1 },
              { text: text(head, head + run) },
              { close: 1 },
              { text: space + text(head + run) },
            ]
          : [{ text: text(0) }]),
        ...(lineBreak ? [{ ph: 2 }] : []),
      ];
    };
    return { id: `u${k + 1}`, zh: side([...zh], 4, ''), en: side(en.split(' '), 3, ' ') };
  });
}

/** Text as XML character data. */
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A segment's pieces as XML content: text escaped, codes by `markup` (one function per kind of code). */
function inline(pieces, markup) {
  return pieces
    .map((p) => {
      const [kind, n] = Object.entries(p)[0];
      return kind === 'text' ? escapeXml(n) : markup[kind](n);
    })
    .join('');
}

/** TMX 1.4b inline codes (§3.6): paired `<bpt>`/`<ept>` (matched across variants by `x`), `<ph>`. */
const TMX_CODES = {
  open: (n) => `<bpt i="${n}" x="${n}">&lt;b&gt;</bpt>`,
  close: (n) => `<ept i="${n}">&lt;/b&gt;</ept>`,
  ph: (n) => `<ph x="${n}">&lt;br/&gt;</ph>`,
};

/** XLIFF 2 inline codes: `<pc>` around the bold run, `<ph>`; native codes in the unit's originalData. */
const XLIFF2_CODES = {
  open: (n) => `<pc id="${n}" dataRefStart="d1" dataRefEnd="d2">`,
  close: () => '</pc>',
  ph: (n) => `<ph id="${n}" dataRef="d3"/>`,
};

/** The units as a TMX 1.4b document (zh-CN source, en target). */
export function toTmx(units) {
  const tus = units.map(
    (u) =>
      `    <tu tuid="${u.id}">\n` +
      `      <tuv xml:lang="zh-CN"><seg>${inline(u.zh, TMX_CODES)}</seg></tuv>\n` +
      `      <tuv xml:lang="en"><seg>${inline(u.en, TMX_CODES)}</seg></tuv>\n` +
      `    </tu>\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
    '  <header creationtool="verso-bench" creationtoolversion="1" segtype="paragraph" o-tmf="none"' +
    ' adminlang="en" srclang="zh-CN" datatype="plaintext"/>\n' +
    `  <body>\n${tus.join('')}  </body>\n</tmx>\n`
  );
}

/** The units as an XLIFF 2.1 document (zh-CN → en, every segment state "translated"). */
export function toXliff21(units) {
  const originalData = (pieces) => {
    const data = [];
    if (pieces.some((p) => 'open' in p)) {
      data.push('<data id="d1">&lt;b&gt;</data>', '<data id="d2">&lt;/b&gt;</data>');
    }
    if (pieces.some((p) => 'ph' in p)) data.push('<data id="d3">&lt;br/&gt;</data>');
    return data.length === 0 ? '' : `      <originalData>${data.join('')}</originalData>\n`;
  };
  const unitXml = units.map(
    (u) =>
      `    <unit id="${u.id}">\n${originalData(u.zh)}` +
      `      <segment state="translated">\n` +
      `        <source>${inline(u.zh, XLIFF2_CODES)}</source>\n` +
      `        <target>${inline(u.en, XLIFF2_CODES)}</target>\n` +
      `      </segment>\n    </unit>\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh-CN" trgLang="en">\n' +
    `  <file id="f1" original="bench.docx">\n${unitXml.join('')}  </file>\n</xliff>\n`
  );
}
