/**
 * Message keys typed end to end (issue 10): every key of en.json as a string literal type, so a
 * notice, a finding's message or a label carries a key `t()` accepts without a cast, and keys that
 * come from outside the type system (error codes raised in core, check ids) are checked at run time.
 */
import type en from './locales/en.json';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The dotted paths of a messages object's strings, with i18next's plural suffixes folded. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${PluralSuffix}`
      ? `${P}${Base}`
      : `${P}${K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key of the UI. */
export type MessageKey = Leaves<typeof en>;

/** Interpolation values of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Keys of the messages loaded so far (registerMessages); English has every key, a test checks Chinese. */
const known = new Set<string>();

function collect(node: unknown, prefix: string, into: Set<string>): void {
  if (typeof node === 'string') {
    into.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    collect(value, prefix ? `${prefix}.${key}` : key, into);
  }
}

/**
 * Makes the keys of `messages` (a part of the English messages) known to `isMessageKey`. The app
 * registers its two parts as they load (src/i18n/setup.ts), both before a project opens; tests register
 * en.json whole (tests/support/messages.ts).
 */
export function registerMessages(messages: unknown): void {
  collect(messages, '', known);
}

/** True when `key` is a message key of the UI. */
export function isMessageKey(key: string): key is MessageKey {
  return known.has(key);
}

/** `key` when it is a message key, else `fallback` (for keys built from data: check ids, codes). */
export function messageKey(key: string, fallback: MessageKey): MessageKey {
  return isMessageKey(key) ? key : fallback;
}
