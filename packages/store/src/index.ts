/**
 * @betz/store: the clinic's database. PGlite in a data folder by default, PostgreSQL when a
 * connection string is given; plain SQL migrations; Kysely queries; every write in one
 * transaction with its audit event. Knows nothing of HTTP.
 */

export { BACKUP_TABLES, type BackupSummary, restoreBackup, verifyBackup, writeBackup } from './backup.js';
export { StoreError, type StoreErrorCode, VersionConflictError } from './db/errors.js';
export { describeStaleLock, LOCK_FILE, type StaleLock } from './db/lock.js';
export { latestMigration, loadMigrations, MIGRATIONS_DIR, migrate } from './db/migrate.js';
export { openStore, redact, type Store, type StoreOptions } from './db/open.js';
export type { AuditAction, Database } from './db/tables.js';
export { type AttentionSource, auditAttentionReads, loadAttentionSources } from './repo/attention.js';
export {
  type Actor,
  type AuditEvent,
  AuditGroupWriter,
  type AuditQuery,
  appendAudit,
  listAuditEvents,
} from './repo/audit.js';
export {
  CASE_KINDS,
  type CaseVersions,
  loadAllPatientCases,
  loadPatientCase,
  loadVersionedPatientCase,
  patientCaseVersions,
  readPatientCase,
} from './repo/case.js';
export {
  correctFact,
  createFact,
  createVisitEntry,
  type FactChange,
  type FactPage,
  type FactPlace,
  type FactRecord,
  type FactRevision,
  getFact,
  listFacts,
  type NewFact,
  pageFacts,
  retractFact,
  type VisitEntry,
} from './repo/facts.js';
export { type CaseToImport, type ImportOptions, importCases } from './repo/import.js';
export { createPatient, getPatient, type PatientInput, type PatientRecord, updatePatient } from './repo/patients.js';
export {
  listResearchPatients,
  type ResearchCase,
  type ResearchSummary,
  readResearchCase,
  toResearchCase,
} from './repo/research.js';
export {
  PATIENT_SORTS,
  type PatientQuery,
  type PatientSort,
  type PatientSummary,
  searchPatients,
} from './repo/search.js';
export {
  type ApiTokenRecord,
  createApiToken,
  createSession,
  endSession,
  listApiTokens,
  resolveApiToken,
  resolveSession,
  revokeApiToken,
  type SessionPolicy,
} from './repo/sessions.js';
export { createFirstAdmin, type FirstAdmin, replaceSetupToken, setupOpen } from './repo/setup.js';
export {
  clearAccountThrottle,
  clearThrottleKeys,
  recordThrottleFailure,
  type ThrottleKey,
  throttleWaitSeconds,
} from './repo/throttle.js';
export {
  countUsers,
  createUser,
  findUserById,
  findUserByUsername,
  listUsers,
  type NewUser,
  replacePasswordHash,
  type UserChange,
  type UserRecord,
  type UserWithSecret,
  updateUser,
} from './repo/users.js';
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
