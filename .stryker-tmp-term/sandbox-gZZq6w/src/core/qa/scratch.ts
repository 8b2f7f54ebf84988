/**
 * Reusable typed-array scratch space for the phrase counting of variants.ts. A run over a million-word
 * document needs five arrays of two million integers; allocating them afresh each run made V8 collect
 * garbage for their sake (external memory counts towards its heap limits) as long as it counted.
 * Reuse is safe because a run is synchronous and nothing keeps these arrays after it.
 */
// @ts-nocheck

const pool: Int32Array[] = [];

/** Scratch buffer `slot` (0–7), at least `length` long, contents undefined; valid until the next call. */
export function scratch(slot: number, length: number): Int32Array {
  let buffer = pool[slot];
  if (!buffer || buffer.length < length) {
    buffer = new Int32Array(Math.max(length, Math.floor((buffer?.length ?? 0) * 1.5)));
    pool[slot] = buffer;
  }
  return buffer.subarray(0, length);
}
