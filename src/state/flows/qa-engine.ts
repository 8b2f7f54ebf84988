/**
 * The QA engine as the app uses it on the main thread, in one module so it is loaded on demand (the
 * first check, fix, learned fix or termbase import): the checks, fixes, learned fixes and termbase
 * formats are not needed to open a document.
 */
export { checkSegment, documentStats, fixAll, skippedChecks } from '../../core/qa/index.ts';
export { toTermRule } from '../../core/review/learned-fixes.ts';
export { readTermbase } from '../../core/terms/termbase.ts';
