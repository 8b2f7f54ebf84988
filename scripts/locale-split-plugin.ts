/**
 * Vite plugin (issue 13, initial JS ≤ 80 kB gzip): serves a UI language's messages in two parts,
 * `virtual:verso-messages/<lang>/first` (what the first paint needs, src/i18n/first-paint.ts) and
 * `virtual:verso-messages/<lang>/later` (everything else), cut from the one source file
 * src/i18n/locales/<lang>.json, which stays whole for translators, the key types and the tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { splitMessages } from '../src/i18n/first-paint.ts';

const PREFIX = 'virtual:verso-messages/';
const RESOLVED = '\0verso-messages/';

/** The plugin. */
export function localeSplitPlugin(): Plugin {
  return {
    name: 'verso-locale-split',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const match = /^([A-Za-z-]+)\/(first|later)$/.exec(id.slice(RESOLVED.length));
      if (!match) throw new Error(`verso-locale-split: unknown messages module ${id}`);
      const [, language, part] = match as unknown as [string, string, 'first' | 'later'];
      const file = fileURLToPath(new URL(`../src/i18n/locales/${language}.json`, import.meta.url));
      this.addWatchFile(file);
      const messages = splitMessages(
        JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>,
      );
      // JSON.parse of a string literal parses faster than the same object as code (V8).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(messages[part]))});`;
    },
  };
}
