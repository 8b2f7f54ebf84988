// @ts-nocheck
// Bilingual interchange files for `npm run bench` (issue 3: import time of a 20,000-unit TMX): units of
// about 50 words each side (Chinese source, English target) with a few inline codes, written as TMX 1.4b
// or XLIFF 2.1. Everything comes from the caller's seeded PRNG, so every run times the same bytes.

/** Common Chinese words of the seed's register (government and trade reports). */
const CHINESE_WORDS = [
  ...'建设 合作 发展 推进 经济 贸易 国家 地区 试验区 总体 方案 政策 开放 创新 改革 企业 市场 投资'.split(
    ' ',
  ),
  ...'基础设施 港口 物流 金融 服务 产业 园区 项目 工程 交通 能源 城市 人民 政府 部门 实施 加强 完善'.split(
    ' ',
  ),
  ...'提高 水平 质量 效益 体系 机制 重点 领域 国际 区域 沿线 枢纽 通道 平台 制度 环境 目标 任务'.split(
    ' ',
  ),
  ...'的 和 在 是 对 与 为 了 将 把 以 及 等'.split(' '),
];
const PUNCTUATION = ['，', '，', '、', '；'];

/**
 * One piece of a segment: text, the start or end of a paired code, or a standalone code.
 * @typedef {{ text: string } | { open: number } | { close: number } | { ph: number }} Piece
 */

/**
 * `count` units `{ id, zh, en }`; each side a list of pieces. About half the units wrap a run of words in
 * a paired code (bold) on both sides, about a third end with a standalone code (a line break).
 */
export function bilingualUnits(random, count, englishWords) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (n, join) => Array.from({ length: n }, join).join('');
  const zhText = (n) =>
    words(n, (_, i) => pick(CHINESE_WORDS) + (i % 9 === 8 && i < n - 1 ? pick(PUNCTUATION) : ''));
  const enText = (n) => words(n, (_, i) => (i === 0 ? '' : ' ') + pick(englishWords));
  return Array.from({ length: count }, (_, k) => {
    const n = 40 + Math.floor(random() * 21);
    const bold = random() < 0.5;
    const lineBreak = random() < 0.35;
    const head = Math.floor(n / 3);
    /** @returns {Piece[]} */
    const side = (text, space, end) => [
      ...(bold
        ? [
            { text: text(head) + space },
            { open: 1 },
            { text: text(3) },
            { close: 1 },
            { text: space + text(n - head - 3) + end },
          ]
        : [{ text: text(n) + end }]),
      ...(lineBreak ? [{ ph: 2 }] : []),
    ];
    return { id: `u${k + 1}`, zh: side(zhText, '', '。'), en: side(enText, ' ', '.') };
  });
}

/**
 * A segment's pieces as XML content: text as is (the vocabularies hold nothing to escape), codes by
 * `markup`, which has one function per kind of code.
 */
function inline(pieces, markup) {
  return pieces
    .map((p) => {
      const [kind, n] = Object.entries(p)[0];
      return kind === 'text' ? n : markup[kind](n);
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
