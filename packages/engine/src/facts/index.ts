/**
 * The patient facts model: the types of a case (`types.ts`), the closed vocabularies as runtime
 * lists (`vocabulary.ts`), the catalogue of fact kinds (`kinds.ts`); the case as known on one date
 * is `view/`.
 */

export { describeCasePath, describeNeeds } from './describe.js';
export * from './drugs.js';
export * from './kinds.js';
export type * from './types.js';
export { VOCABULARY } from './vocabulary.js';
