/**
 * The patient facts model: the types of a case (`types.ts`), the closed vocabularies as runtime
 * lists (`vocabulary.ts`) and the catalogue of fact kinds (`kinds.ts`).
 */

export * from './kinds.js';
export type * from './types.js';
export { VOCABULARY } from './vocabulary.js';
