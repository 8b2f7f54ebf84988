/**
 * What the TM worker (and its in-process twin) does with a request: the memories it holds, by id.
 */
import { VersoInputError } from '../../core/model/errors.ts';
import { TranslationMemory } from '../../core/tm/memory.ts';
import { importTmxMemory } from '../../core/tm/tmx-read.ts';
import { memoryToTmx } from '../../core/tm/tmx-write.ts';
import { sameLanguage } from '../../core/tm/units.ts';
import type { TmRequest, TmxRead } from './protocol.ts';

/** The memories one worker holds, and the answer to each request. */
export class TmHolder {
  readonly #memories = new Map<string, TranslationMemory>();

  /** Answers one request (throws VersoInputError for bad input, e.g. a TMX file). */
  handle(request: TmRequest): unknown {
    switch (request.kind) {
      case 'open':
        this.#memories.set(
          request.info.id,
          TranslationMemory.fromUnits(request.info, request.units),
        );
        return undefined;
      case 'put': {
        const memory = this.#memory(request.memoryId);
        memory.remove(request.units.map((u) => u.id));
        memory.add(request.units);
        return undefined;
      }
      case 'lookup':
        return this.#memory(request.memoryId).lookup(request.query, request.options);
      case 'concordance':
        return this.#memory(request.memoryId).concordance(request.query);
      case 'readTmx':
        return this.#readTmx(request);
      case 'exportTmx': {
        const memory = this.#memory(request.memoryId);
        return memoryToTmx(memory.info, memory.units(), request.now);
      }
    }
  }

  #readTmx(request: Extract<TmRequest, { kind: 'readTmx' }>): TmxRead {
    const { info } = this.#memory(request.memoryId);
    const sourceLang = info.sourceLang === 'und' ? undefined : info.sourceLang;
    const read = importTmxMemory(request.bytes, request.fileName, {
      now: request.now,
      ...(sourceLang ? { sourceLang } : {}),
      targetLang: info.targetLang,
    });
    // Units of another pair than the memory's cannot go into it (memory.ts refuses them).
    const fits = read.units.filter(
      (u) =>
        sameLanguage(u.targetLang, info.targetLang) &&
        (u.source === undefined || sameLanguage(u.sourceLang, info.sourceLang)),
    );
    return { units: fits, skipped: read.skipped + read.units.length - fits.length };
  }

  #memory(id: string): TranslationMemory {
    const memory = this.#memories.get(id);
    if (!memory) {
      throw new VersoInputError('errors.tmNotOpen', { id }, `The memory ${id} is not loaded.`);
    }
    return memory;
  }
}
