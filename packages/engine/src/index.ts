/**
 * @betz/engine: the clinical knowledge of Betz, as pure functions of plain data.
 * No I/O, no clock, no runtime dependencies.
 */
export * from './anatomy/index.js';
export * from './common/index.js';
export type * from './facts/index.js';
