/**
 * Regular expressions a user types (find and replace, term rules, the CLI's termbases) run on a
 * linear-time engine (issue 12, item 2): JavaScript's backtracking RegExp takes exponential time on
 * `(a+)+$` against 34 "a"s and "!", which froze the page. RE2 (re2js, a pure-JavaScript port that runs
 * alike in the browser, a worker and Node) never backtracks, so no expression can block.
 *
 * Users type JavaScript syntax (the `u` flag's strict dialect): it is checked by the JavaScript parser
 * (compiling is linear; only matching can blow up), then translated to RE2 syntax with JavaScript's
 * meaning kept (`.`, `\s`, `\uXXXX`, `\p{Script=Han}`, named groups). The two constructs RE2 cannot
 * run in linear time — backreferences and lookaheads — are refused with a message naming them.
 */
import { RE2JS, type Matcher } from 're2js';
import { VersoInputError } from '../model/errors.ts';

/** How a user expression is matched. */
export interface UserRegexOptions {
  readonly ignoreCase: boolean;
  /** No letter, digit or underscore (any script) touches the match on either side. */
  readonly wholeWord: boolean;
}

/** One match: offsets in UTF-16 code units, and the groups the replacement may refer to. */
export interface RegexMatch {
  readonly start: number;
  readonly end: number;
  /** Group 0 is the match; an unmatched group is `undefined`. */
  readonly groups: readonly (string | undefined)[];
  readonly named: Readonly<Record<string, string | undefined>>;
}

/** A compiled user expression. */
export interface UserRegex {
  /** The expression as the user typed it. */
  readonly source: string;
  /** Capture groups the user wrote (the whole-word wrapper's are not counted). */
  readonly groupCount: number;
  /** Leftmost-first, non-overlapping matches, as `String.prototype.matchAll` finds them. */
  matches(text: string): Generator<RegexMatch>;
  /**
   * The replacement `template` for `match` in `text`, expanded as `String.prototype.replace` does:
   * `$$`, `$&`, `` $` ``, `$'`, `$1`…`$99`, `$<name>`.
   */
  expand(template: string, match: RegexMatch, text: string): string;
}

/** What JavaScript's `\s` matches (ECMA-262 WhiteSpace and LineTerminator), for RE2's ASCII `\s`. */
const JS_SPACE = String.raw`\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}`;
/** What JavaScript's `.` matches: anything but a line terminator. */
const JS_DOT = String.raw`[^\n\r\x{2028}\x{2029}]`;
/** A letter, digit or underscore in any script: what whole word keeps away from a match's edges. */
const WORD_CHAR = String.raw`\p{L}\p{N}_`;
/** General categories by their long JavaScript names; RE2 knows only the short ones. */
const CATEGORIES: Readonly<Record<string, string>> = {
  Letter: 'L',
  Cased_Letter: 'LC',
  Uppercase_Letter: 'Lu',
  Lowercase_Letter: 'Ll',
  Titlecase_Letter: 'Lt',
  Modifier_Letter: 'Lm',
  Other_Letter: 'Lo',
  Mark: 'M',
  Nonspacing_Mark: 'Mn',
  Spacing_Mark: 'Mc',
  Enclosing_Mark: 'Me',
  Number: 'N',
  Decimal_Number: 'Nd',
  digit: 'Nd',
  Letter_Number: 'Nl',
  Other_Number: 'No',
  Punctuation: 'P',
  punct: 'P',
  Connector_Punctuation: 'Pc',
  Dash_Punctuation: 'Pd',
  Open_Punctuation: 'Ps',
  Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi',
  Final_Punctuation: 'Pf',
  Other_Punctuation: 'Po',
  Symbol: 'S',
  Math_Symbol: 'Sm',
  Currency_Symbol: 'Sc',
  Modifier_Symbol: 'Sk',
  Other_Symbol: 'So',
  Separator: 'Z',
  Space_Separator: 'Zs',
  Line_Separator: 'Zl',
  Paragraph_Separator: 'Zp',
  Other: 'C',
  Control: 'Cc',
  cntrl: 'Cc',
  Format: 'Cf',
  Private_Use: 'Co',
  Surrogate: 'Cs',
  Unassigned: 'Cn',
};

/**
 * A JavaScript pattern for literal text (escaped: it cannot backtrack badly, so the native engine is
 * safe and fastest for it), global and Unicode-aware.
 */
export function literalRegExp(text: string, options: UserRegexOptions): RegExp {
  const escaped = text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const word = WORD_CHAR;
  const source = options.wholeWord ? `(?<![${word}])(?:${escaped})(?![${word}])` : escaped;
  return new RegExp(source, options.ignoreCase ? 'giu' : 'gu');
}

/**
 * Compiles an expression the user typed, in JavaScript syntax.
 *
 * @throws VersoInputError `errors.invalidRegex` {message} (not a valid expression; the message says
 *   why, once) or `errors.regexUnsupported` {construct} (valid JavaScript, but a construct that cannot
 *   run in linear time: a backreference, a lookahead…).
 */
export function compileUserRegex(source: string, options: UserRegexOptions): UserRegex {
  try {
    // Syntax only: V8 parses in linear time, and the expression never runs here.
    new RegExp(source, 'u');
  } catch (error) {
    throw invalidRegex(error instanceof Error ? error.message : String(error));
  }
  const translated = translate(source);
  const wrapped = options.wholeWord
    ? // The empty group marks where the match ends; the word-boundary character after it (RE2 has no
      // lookahead) is matched but not reported.
      String.raw`(?<![${WORD_CHAR}])(?:${translated})()(?:[^${WORD_CHAR}]|$)`
    : translated;
  let pattern: RE2JS;
  try {
    const flags = RE2JS.LOOKBEHINDS | (options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
    pattern = RE2JS.compile(wrapped, flags);
  } catch (error) {
    throw engineError(error instanceof Error ? error.message : String(error));
  }
  const total = pattern.groupCount();
  const groupCount = options.wholeWord ? total - 1 : total;
  const names = Object.entries(pattern.namedGroups());
  return {
    source,
    groupCount,
    *matches(text) {
      // RE2's DFA answers whether there is a match ten times faster than its NFA finds where: most
      // segments of a search have none.
      if (!pattern.test(text)) return;
      const matcher = pattern.matcher(text);
      let from = 0;
      while (from <= text.length && matcher.find(from)) {
        const start = matcher.start();
        const end = options.wholeWord ? matcher.start(total) : matcher.end();
        yield matchOf(matcher, start, end, groupCount, names);
        // An empty match moves on by a whole character, as matchAll does with the `u` flag.
        from = end > start ? end : end + ((text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
      }
    },
    expand: (template, match, text) => expandTemplate(template, match, text, names.length > 0),
  };
}

function matchOf(
  matcher: Matcher,
  start: number,
  end: number,
  groupCount: number,
  names: readonly [string, number][],
): RegexMatch {
  const groups: (string | undefined)[] = [matcher.substring(start, end)];
  for (let g = 1; g <= groupCount; g++) groups.push(matcher.group(g) ?? undefined);
  const named: Record<string, string | undefined> = {};
  for (const [name, index] of names) named[name] = groups[index];
  return { start, end, groups, named };
}

/** ECMA-262 GetSubstitution over a match. */
function expandTemplate(
  template: string,
  match: RegexMatch,
  text: string,
  hasNames: boolean,
): string {
  const count = match.groups.length - 1;
  return template.replace(
    /\$(?:(\$)|(&)|(`)|(')|(\d\d?)|<([^>]*)>)/g,
    (whole, dollar, amp, before, after, digits: string | undefined, name: string | undefined) => {
      if (dollar) return '$';
      if (amp) return match.groups[0] ?? '';
      if (before) return text.slice(0, match.start);
      if (after) return text.slice(match.end);
      if (digits !== undefined) {
        const two = Number(digits);
        if (digits.length === 2 && two >= 1 && two <= count) return match.groups[two] ?? '';
        const one = Number(digits[0]);
        const rest = digits.slice(1);
        if (one >= 1 && one <= count) return (match.groups[one] ?? '') + rest;
        return whole;
      }
      if (!hasNames) return whole;
      return match.named[name ?? ''] ?? '';
    },
  );
}

/** JavaScript (`u` flag) syntax → RE2 syntax with the same meaning. @throws VersoInputError */
function translate(source: string): string {
  let out = '';
  let inClass = false;
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const [text, length] = translateEscape(source, i, inClass);
      out += text;
      i += length;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      i += 1;
      continue;
    }
    if (ch === '[') {
      // JavaScript's `[^]` is any character and `[]` none; RE2 reads both as unclosed classes.
      if (source.startsWith('[^]', i)) {
        out += String.raw`[\x{0}-\x{10FFFF}]`;
        i += 3;
      } else if (source.startsWith('[]', i)) {
        out += String.raw`[^\x{0}-\x{10FFFF}]`;
        i += 2;
      } else {
        inClass = true;
        out += source.startsWith('[^', i) ? '[^' : '[';
        i += source.startsWith('[^', i) ? 2 : 1;
      }
      continue;
    }
    if (ch === '(' && /^\(\?[=!]/.test(source.slice(i, i + 3))) {
      throw unsupported(`a lookahead (${source.slice(i, i + 3)}…)`);
    }
    out += ch === '.' ? JS_DOT : ch;
    i += 1;
  }
  return out;
}

/** The RE2 text for the escape at `source[i]` (a backslash), and how many characters it takes. */
function translateEscape(source: string, i: number, inClass: boolean): [string, number] {
  const next = source[i + 1] ?? '';
  if (/[1-9]/.test(next) || next === 'k') {
    const construct =
      next === 'k' ? (/^\\k<[^>]*>/.exec(source.slice(i))?.[0] ?? '\\k') : `\\${next}`;
    throw unsupported(`a backreference (${construct})`);
  }
  if (next === 's') return [inClass ? JS_SPACE : `[${JS_SPACE}]`, 2];
  if (next === 'S' && !inClass) return [`[^${JS_SPACE}]`, 2];
  if (next === 'b' && inClass) return [String.raw`\x{8}`, 2];
  if (next === '0') return [String.raw`\x{0}`, 2];
  if (next === 'c') return [`\\x{${((source.charCodeAt(i + 2) || 0) % 32).toString(16)}}`, 3];
  if (next === 'u') return unicodeEscape(source, i);
  if (next === 'p' || next === 'P') {
    const m = /^\\[pP]\{([^}]*)\}/.exec(source.slice(i));
    if (m) return [`\\${next}{${propertyName(m[1]!)}}`, m[0].length];
  }
  return [`\\${next}`, 2];
}

/** `\uXXXX` (a surrogate pair of them being one character) and `\u{X…}` → `\x{…}`. */
function unicodeEscape(source: string, i: number): [string, number] {
  const braced = /^\\u\{([0-9a-fA-F]+)\}/.exec(source.slice(i));
  if (braced) return [`\\x{${braced[1]}}`, braced[0].length];
  const pair = /^\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})/i.exec(source.slice(i));
  if (pair) {
    const code = String.fromCharCode(parseInt(pair[1]!, 16), parseInt(pair[2]!, 16)).codePointAt(
      0,
    )!;
    return [`\\x{${code.toString(16)}}`, 12];
  }
  return [`\\x{${source.slice(i + 2, i + 6)}}`, 6];
}

/** `Script=Han`, `sc=Han`, `scx=Han`, `General_Category=Letter`, `Letter` → RE2's `Han`, `L`. */
function propertyName(name: string): string {
  const value = name.replace(/^(?:Script|sc|Script_Extensions|scx|General_Category|gc)=/, '');
  return CATEGORIES[value] ?? value;
}

/** An RE2 refusal of what JavaScript accepted, in the user's terms. */
function engineError(message: string): VersoInputError {
  const detail = message.replace(/^error parsing regexp: /, '');
  const at = /`([^`]*)`$/.exec(detail)?.[1] ?? '';
  if (detail.startsWith('invalid repeat count')) {
    return unsupported(`a repetition count over 1,000 (${at})`);
  }
  if (detail.startsWith('invalid character class range') && /^\\[pP]/.test(at)) {
    return unsupported(`the Unicode property ${at}`);
  }
  if (/lookbehind/i.test(detail)) return unsupported(`a lookbehind with a capture group (${at})`);
  return unsupported(`a construct RE2 does not accept (${detail})`);
}

function invalidRegex(engineMessage: string): VersoInputError {
  // V8 says "Invalid regular expression: /x(/u: Unterminated group"; the words around it already
  // say it is a regular expression.
  const message = engineMessage.replace(/^Invalid regular expression: /, '');
  return new VersoInputError(
    'errors.invalidRegex',
    { message },
    `The regular expression is not valid: ${message}`,
  );
}

function unsupported(construct: string): VersoInputError {
  return new VersoInputError(
    'errors.regexUnsupported',
    { construct },
    `This expression uses ${construct}, which Verso does not support (its expressions run in linear time, so that none can freeze the page).`,
  );
}
