/**
 * Kysely's view of the tables (migrations/*.sql). Timestamps and dates are read as the text
 * PostgreSQL prints (UTC, see open.ts), so nothing is lost between the database, backups and JSON.
 * Fact tables are described as data in `schema/facts.ts` and reached through `FactTables`.
 */
import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../schema/vocab.js';

/** A `timestamptz` read as text, written as text or left to its default. */
export type Timestamp = ColumnType<string, string | undefined, string>;

export interface AppUserTable {
  id: string;
  username: string;
  display_name: string;
  roles: Role[];
  password_hash: string;
  disabled: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  password_changed_at: Timestamp;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SetupTokenTable {
  token_hash: string;
  created_at: Timestamp;
  used_at: string | null;
}

export interface LoginThrottleTable {
  key: string;
  username: string | null;
  failures: number;
  last_failure_at: Timestamp;
  blocked_until: Timestamp;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: string | null;
  user_roles: ColumnType<string[], string[] | undefined, never>;
  action: AuditAction;
  resource_type: string;
  resource_id: string | null;
  patient_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  detail: ColumnType<Record<string, unknown>, string, never>;
}

export type AuditAction =
  | 'create'
  | 'read'
  | 'update'
  | 'retract'
  | 'search'
  | 'export'
  | 'import'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'denied'
  | 'setup'
  | 'restore';

export interface PatientTable {
  id: string;
  research_id: string;
  version: Generated<number>;
  /** Bumped in the same transaction as every write of the patient's facts (migration 0010). */
  facts_version: Generated<number>;
  family_name: string | null;
  given_name: string | null;
  sex: string | null;
  birth_date: string | null;
  height_cm: number | null;
  premorbid_weight_kg: number | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  updated_by: string;
  change_reason: string | null;
}

export interface FactRevisionTable {
  id: Generated<number>;
  kind: string;
  fact_id: string;
  patient_id: string;
  version: number;
  snapshot: ColumnType<Record<string, unknown>, string, never>;
  replaced_at: Timestamp;
  replaced_by: string;
}

export interface SchemaMigrationTable {
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface Database {
  app_user: AppUserTable;
  user_session: UserSessionTable;
  api_token: ApiTokenTable;
  setup_token: SetupTokenTable;
  login_throttle: LoginThrottleTable;
  audit_event: AuditEventTable;
  patient: PatientTable;
  fact_revision: FactRevisionTable;
  schema_migration: SchemaMigrationTable;
}

/** The bookkeeping columns every fact table has (migrations/0002_clinical.sql). */
export interface FactBookkeeping {
  id: string;
  patient_id: string;
  visit_id?: string | null;
  version: number;
  recorded_at: string;
  recorded_by: string;
  updated_at: string;
  updated_by: string;
  change_reason: string | null;
  retracted_at: string | null;
  retracted_by: string | null;
  retract_reason: string | null;
}

/** Fact and child tables, by name, with columns as the field maps describe them. */
export type FactTables = Record<string, Record<string, unknown>>;
