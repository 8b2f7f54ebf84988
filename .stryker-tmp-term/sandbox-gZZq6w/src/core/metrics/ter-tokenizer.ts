/**
 * The tokenizer of TER as sacreBLEU implements it (`sacrebleu/tokenizers/tokenizer_ter.py`, after
 * Tercom): lower-casing unless case-sensitive, optional "normalized" punctuation splitting (with CJK
 * characters split apart under `asianSupport`), optional punctuation removal, then the text's own
 * whitespace-separated tokens. The regular expressions are sacreBLEU's, character for character, so
 * that scores agree with its test vectors.
 */
// @ts-nocheck


/** TER options, named as sacreBLEU's `TER(...)` arguments (all off by default, as there). */
export interface TerOptions {
  /** Compare case-sensitively (sacreBLEU `case_sensitive`); default: lower-case both sides. */
  readonly caseSensitive?: boolean;
  /** Split punctuation off words, Tercom-style (sacreBLEU `normalized`). */
  readonly normalized?: boolean;
  /** Remove punctuation (sacreBLEU `no_punct`). */
  readonly noPunct?: boolean;
  /** With `normalized` or `noPunct`: split CJK characters, handle CJK punctuation (`asian_support`). */
  readonly asianSupport?: boolean;
}

/**
 * Python's `str.split()` separators: Unicode White_Space plus the information separators U+001C–U+001F
 * (JavaScript's `\s` differs: it has U+FEFF and lacks those four and U+0085).
 */
const PY_WHITESPACE =
  /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const ASIAN_PUNCT = /([\u3001\u3002\u3008-\u3011\u3014-\u301f\uff61-\uff65\u30fb])/g;
const FULL_WIDTH_PUNCT = /([\uff0e\uff0c\uff1f\uff1a\uff1b\uff01\uff02\uff08\uff09])/g;

/**
 * The TER tokens of `text` (sacreBLEU `TercomTokenizer(...)(text).split()`).
 *
 * @example terTokens('A B C D.') → ['a', 'b', 'c', 'd.']
 */
export function terTokens(text: string, options: TerOptions = {}): string[] {
  if (text === '') return [];
  return terText(text, options)
    .split(PY_WHITESPACE)
    .filter((token) => token !== '');
}

/**
 * `text` as the TER tokenizer prepares it before splitting it on {@link PY_WHITESPACE}: lower-cased,
 * normalized, punctuation removed, as the options ask.
 */
export function terText(text: string, options: TerOptions = {}): string {
  let sent = options.caseSensitive ? text : pythonLower(text);
  if (options.normalized) {
    sent = normalizeGeneralAndWestern(sent);
    if (options.asianSupport) sent = normalizeAsian(sent);
  }
  if (options.noPunct) {
    sent = sent.replace(/[.,?:;!"()]/g, '');
    if (options.asianSupport) sent = sent.replace(ASIAN_PUNCT, '').replace(FULL_WIDTH_PUNCT, '');
  }
  return sent;
}

/**
 * Python's `str.lower()`: code point by code point. JavaScript's `toLowerCase` differs only for the
 * context-dependent Greek final sigma (Σ → ς at a word's end; Python always gives σ).
 */
function pythonLower(text: string): string {
  // Code point by code point, no Σ has a letter before it: σ, as in Python.
  return text.includes('\u03a3')
    ? Array.from(text, (c) => c.toLowerCase()).join('')
    : text.toLowerCase();
}

/** `_normalize_general_and_western` of sacreBLEU. */
function normalizeGeneralAndWestern(text: string): string {
  let sent = text
    .replace(/\n-/g, '')
    .replace(/\n/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  sent = ` ${sent} `;
  return sent
    .replace(/([{-~[-` -&(-+:-@/])/g, ' $1 ')
    .replace(/'s /g, " 's ")
    .replace(/'s$/g, " 's")
    .replace(/([^0-9])([.,])/g, '$1 $2 ')
    .replace(/([.,])([^0-9])/g, ' $1 $2')
    .replace(/([0-9])(-)/g, '$1 $2 ');
}

/** `_normalize_asian` of sacreBLEU (its odd `^` inside the kana groups included, for equal output). */
function normalizeAsian(text: string): string {
  return text
    .replace(/([\u4e00-\u9fff\u3400-\u4dbf])/g, ' $1 ')
    .replace(/([\u31c0-\u31ef\u2e80-\u2eff])/g, ' $1 ')
    .replace(/([\u3300-\u33ff\uf900-\ufaff\ufe30-\ufe4f])/g, ' $1 ')
    .replace(/([\u3200-\u3f22])/g, ' $1 ')
    .replace(/(^|^[\u3040-\u309f])([\u3040-\u309f]+)(?=$|^[\u3040-\u309f])/g, '$1 $2 ')
    .replace(/(^|^[\u30a0-\u30ff])([\u30a0-\u30ff]+)(?=$|^[\u30a0-\u30ff])/g, '$1 $2 ')
    .replace(/(^|^[\u31f0-\u31ff])([\u31f0-\u31ff]+)(?=$|^[\u31f0-\u31ff])/g, '$1 $2 ')
    .replace(ASIAN_PUNCT, ' $1 ')
    .replace(FULL_WIDTH_PUNCT, ' $1 ');
}
