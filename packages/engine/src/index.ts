/**
 * @betz/engine: the clinical knowledge of Betz, as pure functions of plain data.
 * No I/O, no clock, no runtime dependencies.
 */
export * from './anatomy/index.js';
export type { Assessment, AssessmentSettings } from './assess.js';
export { assess, latestFactDate, renderAssessmentText } from './assess.js';
export * from './common/index.js';
export type * from './facts/index.js';
export * from './function/index.js';
