/** The term packs Verso ships, by id (`ProjectQa.packs` lists those a project has on). */
import type { TermRule } from '../model.ts';
import { BELT_AND_ROAD_PACK, BELT_AND_ROAD_PACK_ID } from './belt-and-road.ts';

/** Every shipped pack's rules by its id. */
export const TERM_PACKS: Readonly<Record<string, readonly TermRule[]>> = {
  [BELT_AND_ROAD_PACK_ID]: BELT_AND_ROAD_PACK,
};

/** The rules of the packs `ids` names (unknown ids left out), in order. */
export function rulesOfPacks(ids: readonly string[]): TermRule[] {
  return ids.flatMap((id) => TERM_PACKS[id] ?? []);
}
