/**
 * The ids of the shipped term packs, apart from their rules: the app names the seed's pack at start,
 * and the rules load only with a project (issue 13).
 */

/** The Belt-and-Road pack's id (`TermRule.pack`). */
export const BELT_AND_ROAD_PACK_ID = 'belt-and-road';
