/**
 * Sentence splitting for sentence mode (issue 3, deliverable 4): CJK rules and English rules in one pass,
 * so that mixed text (Chinese with English names, English quoting Chinese) splits sensibly.
 *
 * - CJK: 。！？； and the ellipsis …… end a sentence with or without a space after them; so do ASCII
 *   ! ? written straight after a CJK character (common in MT output), and . when whitespace follows.
 * - English: . ! ? and ... end a sentence when whitespace and then a capital letter, digit, opening
 *   quote or bracket, or CJK character follow; a period after a known abbreviation (No. e.g. U.S. Dr.
 *   etc. Jan. …), after a single-letter initial, or after a list number opening the sentence ("1.")
 *   does not.
 * - Closing quotes and brackets after a terminator stay with its sentence (。」 ?" .)).
 * - A line break before a list item (1. (1) 一、 • …) also starts a sentence.
 * - A fragment without letters or digits (a stray quote, a 。 after 》) stays with the sentence before.
 *
 * Each sentence carries the whitespace that followed it, so the parts always join back into the text.
 */
// @ts-nocheck

import { CJK_CHAR } from './script.ts';

/** A sentence and the whitespace that followed it in the paragraph. */
export interface SentencePart {
  readonly text: string;
  readonly sep: string;
}

/** Ends a sentence wherever it stands (the ellipsis only as CJK's doubled …… or after CJK text). */
const CJK_TERMINATOR = /[。！？；｡]/;
/** Ends a sentence only if what follows allows it (see the file comment). */
const LATIN_TERMINATOR = /[.!?…]/;
const CLOSERS = /["'”’」』）)》〉】\]}»]/;
const OPENERS = /["'“‘「『（(《〈【[{«]/;
const WHITESPACE = /\s/;
/** What may start an English sentence after a terminator and whitespace. */
const SENTENCE_START =
  /[\p{Lu}\p{Lt}\p{N}"'“‘「『（(《【[¿¡]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A list item at the start of a line. */
const LIST_ITEM =
  /^(?:[(（][0-9一二三四五六七八九十a-zA-Z]{1,3}[)）]|[0-9]{1,3}[.．)](?=\s)|[一二三四五六七八九十]{1,3}、|[•●▪◦‣·*-](?=\s)|——)/u;

/**
 * Abbreviations after which a period does not end a sentence, compared case-sensitively without their
 * final period (lower-case "no." ends sentences too often to be one). Dotted forms (U.S., e.g., a.m.)
 * are recognised by their inner periods, single letters as initials.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    'No Nos Mr Mrs Ms Dr Prof Sr Jr St Mt Co Corp Ltd Inc etc vs cf al approx ca Fig Figs fig',
    'Art Arts Vol vol Vols pp ed eds Ed Eds Rev Gen Col Capt Lt Sgt Gov Sen Rep Ave Rd Dept Univ',
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Ch ch Sec sec Para para op cit ibid',
  ]
    .join(' ')
    .split(' '),
);
const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();

/**
 * Splits `text` into sentences. `parts.map((p) => p.text + p.sep).join('')` is always `text` exactly;
 * every part's text is non-empty and ends without whitespace; leading whitespace of `text`, if any,
 * stays at the start of the first part. The empty string gives no parts.
 *
 * @param lang BCP 47 language of the text. The English abbreviation list applies when it is English or
 *   not given; the other rules apply to every language.
 */
export function splitSentences(text: string, lang?: string): SentencePart[] {
  const abbreviations =
    lang === undefined || /^en\b/i.test(lang) ? ABBREVIATIONS : NO_ABBREVIATIONS;
  const parts: SentencePart[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const end = sentenceEndAt(text, i, start, abbreviations);
    if (end === undefined) {
      i++;
      continue;
    }
    let next = end;
    while (next < text.length && WHITESPACE.test(text[next]!)) next++;
    if (next < text.length || end < text.length) {
      parts.push({ text: text.slice(start, end), sep: text.slice(end, next) });
      start = next;
    }
    i = next;
  }
  if (start < text.length) {
    // Only a whitespace-only text leaves an empty body here: then one part with empty text.
    const body = text.slice(start).trimEnd();
    parts.push({ text: body, sep: text.slice(start + body.length) });
  }
  return withoutBareFragments(parts);
}

/**
 * Joins parts without a letter or digit (a stray closing quote after a space, a 。 after 》) to the
 * sentence before them: they end it, they do not start another.
 */
function withoutBareFragments(parts: readonly SentencePart[]): SentencePart[] {
  const out: SentencePart[] = [];
  for (const part of parts) {
    const previous = out.at(-1);
    if (previous !== undefined && !/[\p{L}\p{N}]/u.test(part.text)) {
      out[out.length - 1] = { text: previous.text + previous.sep + part.text, sep: part.sep };
    } else out.push(part);
  }
  return out;
}

/**
 * If a sentence ends at position `i` (a terminator or a line break), the index just after it (after
 * any closing quotes); otherwise `undefined`. `start` is where the current sentence began.
 */
function sentenceEndAt(
  text: string,
  i: number,
  start: number,
  abbreviations: ReadonlySet<string>,
): number | undefined {
  const ch = text[i]!;
  if (ch === '\n') return lineBreakEnd(text, i, start);
  const afterCjk = i > 0 && CJK_CHAR.test(text[i - 1]!);
  if (CJK_TERMINATOR.test(ch) || (ch === '…' && (afterCjk || text[i + 1] === '…'))) {
    return afterClosers(text, afterRun(text, i, /[。！？；｡…]/));
  }
  if (!LATIN_TERMINATOR.test(ch)) return undefined;
  const end = afterClosers(text, afterRun(text, i, /[.!?…]/));
  // Straight after a CJK character, ASCII ! and ? end a sentence as the CJK marks do; a period only
  // before whitespace or the end, since 杰森.肯德尔 and 弗洛里达.jpg use it inside names.
  if (afterCjk && (ch !== '.' || end >= text.length || WHITESPACE.test(text[end]!))) return end;
  let next = end;
  while (next < text.length && WHITESPACE.test(text[next]!)) next++;
  if (next === end || next >= text.length) return undefined;
  if (!SENTENCE_START.test(text[next]!)) return undefined;
  if (ch === '.' && end === i + 1 && isAbbreviation(text, i, start, abbreviations))
    return undefined;
  return end;
}

/** A line break ends a sentence when the next line starts a list item. */
function lineBreakEnd(text: string, i: number, start: number): number | undefined {
  let lineStart = i;
  while (lineStart > start && WHITESPACE.test(text[lineStart - 1]!)) lineStart--;
  if (lineStart === start) return undefined;
  let next = i + 1;
  while (next < text.length && WHITESPACE.test(text[next]!)) next++;
  return LIST_ITEM.test(text.slice(next, next + 4)) ? lineStart : undefined;
}

function afterRun(text: string, i: number, pattern: RegExp): number {
  let end = i + 1;
  while (end < text.length && pattern.test(text[end]!)) end++;
  return end;
}

function afterClosers(text: string, end: number): number {
  let k = end;
  while (k < text.length && CLOSERS.test(text[k]!)) k++;
  return k;
}

/** Whether the period at `dot` ends an abbreviation, an initial or an opening list number. */
function isAbbreviation(
  text: string,
  dot: number,
  start: number,
  abbreviations: ReadonlySet<string>,
): boolean {
  let wordStart = dot;
  while (
    wordStart > start &&
    !WHITESPACE.test(text[wordStart - 1]!) &&
    !OPENERS.test(text[wordStart - 1]!)
  ) {
    wordStart--;
  }
  const word = text.slice(wordStart, dot);
  if (word === '') return false;
  if (abbreviations.has(word)) return true;
  // U.S, e.g, i.e, a.m: letters separated by periods.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  // A single initial: "J. R. R. Tolkien", "L. f." (Roman filiation).
  if (/^\p{L}$/u.test(word)) return true;
  // "1." or "iv." opening the sentence is a list number, not the end of one.
  return wordStart === start && /^(?:[0-9]{1,3}|[ivxlc]{1,5})$/i.test(word);
}
