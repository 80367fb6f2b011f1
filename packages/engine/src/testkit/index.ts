/** Synthetic builders for the engine's tests (test-only; not in the build). */
export * from './alsfrs.js';
export * from './care.js';
