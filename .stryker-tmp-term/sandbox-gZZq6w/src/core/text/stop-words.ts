/**
 * English function words: phrases made only of them ("of the", "and the") recur everywhere and say
 * nothing about consistency, so the variant and learned-fix logic ignore them. A short list on purpose
 * (articles, pronouns, prepositions, conjunctions, auxiliaries): content words stay in play. "One" is not one of them: in "one belt and
 * one road" it is part of the term.
 */
// @ts-nocheck

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of to in on at by ' +
    'for from with without into onto over under about above below between among through during ' +
    'before after as is are was were be been being am do does did done has have had having will would ' +
    "shall should can could may might must it its it’s it's he him his she her hers they them their " +
    'theirs we us our ours you your yours i me my mine who whom whose which what when where why how ' +
    'not no all any both each few more most other some such only own same too very also just ' +
    'up down out off again further once s t'
  ).split(/\s+/),
);

/** True when the lower-case word is a function word. */
export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower);
}
