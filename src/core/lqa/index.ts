/**
 * Quality assessment with an MQM scorecard (issue 15), in one import for the state layer and the UI:
 * scorecards and their presets, logged errors and their anchoring under edits, the score, the category
 * pre-fill, names for exports, rework flags, scorecard files and ITS exchange.
 */
export * from './scorecard.ts';
export * from './presets.ts';
export * from './error.ts';
export * from './anchor.ts';
export * from './words.ts';
export * from './score.ts';
export * from './prefill.ts';
export * from './names.ts';
export * from './rework.ts';
export * from './project-lqa.ts';
export * from './lqa-json.ts';
export * from './its.ts';
export * from './its-types.ts';
export * from './its-issue.ts';
export * from './restructure.ts';
export * from './error-filter.ts';
export * from './scorecard-edit.ts';
