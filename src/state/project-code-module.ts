/** What `loadProjectCode` (project-code.ts) loads. */
export { wordDiff } from '../core/text/diff.ts';
export { anchorErrors } from '../core/lqa/anchor.ts';
export { replayLqa } from '../core/lqa/replay.ts';
export { rulesOfPacks, TERM_PACKS } from '../core/terms/packs/index.ts';
export { parseTermRules } from '../core/terms/read-rules.ts';
export { termPairsOf } from '../core/terms/pairs.ts';
export { ANY_SEVERITY, lqaNamesBy, severityName } from './views/lqa-view.ts';
