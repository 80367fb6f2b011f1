/** Request and response schemas of the REST API (`/api/v1`); the OpenAPI document is built from them. */
export * from './admin.js';
export * from './attention.js';
export * from './auth.js';
export * from './common.js';
export * from './facts.js';
export * from './patients.js';
export type * from './types.js';
export * from './visit-entry.js';
