/**
 * The English spelling dictionary for the workers that check text (QA, and export for the change
 * report's findings). dictionary-en's Hunspell files are bundled into the worker's chunk with Vite's
 * `?raw` (the package exports only its Node entry point, so they are imported by path), never into the
 * page's initial bundle; the speller is built once per worker (≈ 150 ms) and reused.
 */
import aff from '../../node_modules/dictionary-en/index.aff?raw';
import dic from '../../node_modules/dictionary-en/index.dic?raw';
import type { Speller } from '../core/qa/index.ts';
import { createSpeller } from '../core/qa/speller.ts';

let speller: Speller | undefined;

/** This worker's English speller (built on first use). */
export function englishSpeller(): Speller {
  speller ??= createSpeller(aff, dic, [], 'en');
  return speller;
}
