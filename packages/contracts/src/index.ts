/**
 * @betz/contracts: the zod schemas of everything that crosses an edge of Betz (case files, API
 * bodies, imports), with their messages and the JSON Schema files published from them.
 */

export * from './access/index.js';
export * from './api/index.js';
export * from './case/index.js';
export * from './settings/index.js';
