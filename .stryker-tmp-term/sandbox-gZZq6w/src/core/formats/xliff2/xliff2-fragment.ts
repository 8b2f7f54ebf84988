/**
 * XLIFF 2 fragment identifiers (§Fragment Identification): `#/f=f1/u=u1/n=n2`, `#n=n2`, `#m1`.
 * A reference is a list of `prefix=id` selectors, file first, then group, then unit, then one leaf
 * (a note, data, target element, module or extension selector, or a bare id of an element in the unit).
 */
// @ts-nocheck

import { isNmtoken } from './xliff2-values.ts';

export interface Selector {
  /** `f`, `g`, `u`, `n`, `d`, `t`, a module or extension prefix, or `''` for a bare id. */
  readonly prefix: string;
  readonly id: string;
}

export interface Fragment {
  readonly absolute: boolean;
  readonly selectors: readonly Selector[];
}

/** Selectors of the core (one-letter prefixes are reserved for it). */
const CORE_PREFIXES = new Set(['f', 'g', 'u', 'n', 'd', 't']);
/**
 * Prefixes of the XLIFF 2 modules (translation candidates, glossary, metadata, resource data, change
 * tracking, size and length restriction, validation) and of extensions registered with the XLIFF TC
 * (`tbx`: TBX, ISO 30042). An unregistered prefix cannot be resolved, so validators refuse it.
 */
const REGISTERED_PREFIXES = new Set(['mtc', 'gls', 'mda', 'res', 'ctr', 'slr', 'val', 'tbx']);

/** Nesting rank of a selector: file, group, unit, then leaves. */
function rank(prefix: string): number {
  if (prefix === 'f') return 0;
  if (prefix === 'g') return 1;
  if (prefix === 'u') return 2;
  return 3;
}

/**
 * Parses the part of a reference after `#`. Returns the fragment, or the reason it is not a valid
 * XLIFF 2 fragment identifier.
 */
export function parseFragment(fragment: string): Fragment | string {
  const absolute = fragment.startsWith('/');
  const parts = splitSelectors(absolute ? fragment.slice(1) : fragment);
  if (parts === undefined) return 'a backslash must escape "\\" or "/"';
  const selectors: Selector[] = [];
  for (const part of parts) {
    const selector = parseSelector(part);
    if (typeof selector === 'string') return selector;
    selectors.push(selector);
  }
  return checkOrder(absolute, selectors) ?? { absolute, selectors };
}

function parseSelector(part: string): Selector | string {
  if (part === '') return 'a selector is empty';
  const equals = part.indexOf('=');
  const prefix = equals < 0 ? '' : part.slice(0, equals);
  const id = equals < 0 ? part : part.slice(equals + 1);
  if (id === '') return `the selector "${part}" has no id`;
  if (equals < 0) return { prefix, id };
  if (!isNmtoken(prefix)) return `the prefix "${prefix}" is not an NMTOKEN`;
  if (CORE_PREFIXES.has(prefix)) return { prefix, id };
  if (prefix.length === 1) {
    return `the prefix "${prefix}" is unknown (one-character prefixes are reserved for XLIFF core)`;
  }
  if (!REGISTERED_PREFIXES.has(prefix)) {
    return `the prefix "${prefix}" is not a registered module or extension prefix`;
  }
  return { prefix, id };
}

function checkOrder(absolute: boolean, selectors: readonly Selector[]): string | undefined {
  if (selectors.length === 0) return 'the fragment identifier is empty';
  if (absolute && selectors[0]!.prefix !== 'f') return 'an absolute reference must start with f=';
  const seen = new Set<string>();
  let previous = -1;
  for (const [i, s] of selectors.entries()) {
    if (seen.has(s.prefix)) {
      return s.prefix === ''
        ? 'only one selector may be a bare id'
        : `the prefix "${s.prefix}" appears twice`;
    }
    seen.add(s.prefix);
    const r = rank(s.prefix);
    if (r < previous) return `"${s.prefix}=" cannot follow a selector of a lower level`;
    if (previous === 3) return 'a note, data, target, bare id or module selector must come last';
    previous = r;
    const leafInUnit = s.prefix === 'd' || s.prefix === 't' || s.prefix === '';
    if (leafInUnit && i > 0 && !seen.has('u')) {
      return `"${s.prefix === '' ? s.id : `${s.prefix}=`}" selects inside a unit, so u= must come before it`;
    }
  }
  return undefined;
}

/** Splits on unescaped "/", undoing the `\\` and `\/` escapes; `undefined` on a bad escape. */
function splitSelectors(text: string): string[] | undefined {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1];
      if (next !== '\\' && next !== '/') return undefined;
      current += next;
      i++;
    } else if (c === '/') {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}
