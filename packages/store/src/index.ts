/**
 * @betz/store: the clinic's database. PGlite in a data folder by default, PostgreSQL when a
 * connection string is given; plain SQL migrations; Kysely queries; every write in one
 * transaction with its audit event. Knows nothing of HTTP.
 */
export { StoreError, type StoreErrorCode, VersionConflictError } from './db/errors.js';
export { latestMigration, loadMigrations, MIGRATIONS_DIR, migrate } from './db/migrate.js';
export { openStore, redact, type Store, type StoreOptions } from './db/open.js';
export type { AuditAction, Database } from './db/tables.js';
export {
  FACT_KINDS,
  type FactKind,
  type FactKindSpec,
  factKind,
  type PatientIdentifier,
  type Visit,
} from './schema/facts.js';
export { columnsOf, type FieldMap, type FieldSpec } from './schema/fields.js';
export * from './schema/vocab.js';
export { type Backend, openTestStore, testBackends } from './testing/backends.js';
