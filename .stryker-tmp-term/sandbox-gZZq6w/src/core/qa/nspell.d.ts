/**
 * The part of nspell 2.1.5 Verso uses. Declared here rather than taken from @types/nspell, whose
 * `/// <reference types="node" />` would bring Node's globals into `src/core` (no DOM, no Node: GUIDE
 * part 2) for a library that needs neither.
 */
// @ts-nocheck

declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string, model?: string): NSpell;
  }
  function nspell(aff: string, dic?: string): NSpell;
  export default nspell;
}
