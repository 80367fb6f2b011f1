/** The case as known on one date (`caseAsOf`), built once and read by every module. */
export * from './asOf.js';
