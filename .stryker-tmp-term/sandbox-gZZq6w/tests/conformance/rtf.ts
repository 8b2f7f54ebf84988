/**
 * Just enough RTF reading for comparing segments with the LISA kit's RTF documents: RTF spells the same
 * thing several ways (`{\b{\i x}}` and `{\b {\i x}}`, `\'e9` and `é`), so both sides are compared in
 * a normal form.
 */
// @ts-nocheck


type Token =
  | { readonly kind: 'open' }
  | { readonly kind: 'close' }
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'char'; readonly char: string };

const CP1252 = new TextDecoder('windows-1252');

function tokenize(rtf: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < rtf.length) {
    const c = rtf[i]!;
    if (c === '{' || c === '}') {
      tokens.push(c === '{' ? { kind: 'open' } : { kind: 'close' });
      i++;
    } else if (c === '\r' || c === '\n')
      i++; // raw line breaks are not text in RTF
    else if (c !== '\\') {
      tokens.push({ kind: 'char', char: c });
      i++;
    } else {
      const hex = /^\\'([0-9a-fA-F]{2})/.exec(rtf.slice(i));
      const unicode = /^\\u(-?\d+) ?\??/.exec(rtf.slice(i));
      const word = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(rtf.slice(i));
      if (hex) {
        tokens.push({ kind: 'char', char: CP1252.decode(new Uint8Array([parseInt(hex[1]!, 16)])) });
        i += hex[0].length;
      } else if (unicode) {
        const code = Number(unicode[1]);
        tokens.push({ kind: 'char', char: String.fromCharCode(code < 0 ? code + 65536 : code) });
        i += unicode[0].length;
      } else if (word) {
        tokens.push({ kind: 'word', word: word[1]! + (word[2] ?? '') });
        i += word[0].length;
      } else {
        tokens.push({ kind: 'char', char: rtf[i + 1] ?? '' }); // control symbol: \{ \} \\
        i += 2;
      }
    }
  }
  return tokens;
}

/** RTF in one spelling: every control word followed by one space, escapes decoded. */
export function normalizeRtf(rtf: string): string {
  return tokenize(rtf)
    .map((t) => {
      if (t.kind === 'word') return `\\${t.word} `;
      return t.kind === 'char' ? t.char : t.kind === 'open' ? '{' : '}';
    })
    .join('');
}

/** Destinations whose content is not document text. */
const NOT_TEXT = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict']);

/** The plain text of an RTF document (formatting dropped, `\par` as a line break). */
export function rtfPlainText(rtf: string): string {
  const tokens = tokenize(rtf);
  let out = '';
  let skipDepth = 0;
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.kind === 'open') {
      depth++;
      const next = tokens[i + 1];
      if (skipDepth === 0 && next?.kind === 'word' && NOT_TEXT.has(next.word)) skipDepth = depth;
    } else if (t.kind === 'close') {
      if (depth === skipDepth) skipDepth = 0;
      depth--;
    } else if (skipDepth === 0) {
      if (t.kind === 'char') out += t.char;
      else if (t.kind === 'word' && t.word === 'par') out += '\n';
    }
  });
  return out;
}
