/**
 * Web Worker entry of the QA job: the whole-document QA run (`runChecks`) off the main thread, with the English spelling
 * dictionary. dictionary-en's Hunspell files are bundled into this worker's chunk with Vite's `?raw`
 * (the package exports only its Node entry point, so they are imported by path), so the page's
 * initial bundle does not carry them; the speller is built once per worker (≈ 150 ms) and reused for
 * every request the worker gets.
 *
 * The page reaches it through `workerQa` (client.ts).
 */
import { runChecks } from '../../core/qa/index.ts';
import { jobError } from '../job.ts';
import { englishSpeller } from '../speller.ts';
import type { QaRequest, QaResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<QaRequest>) => {
  const { segments, ctx } = event.data;
  try {
    const { spelling = true, ...rest } = ctx;
    const findings = runChecks(segments, spelling ? { ...rest, speller: englishSpeller() } : rest);
    self.postMessage({ type: 'done', result: findings } satisfies QaResponse);
  } catch (error) {
    self.postMessage(jobError(error) satisfies QaResponse);
  }
});
