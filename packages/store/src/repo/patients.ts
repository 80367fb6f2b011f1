/**
 * Patients: the identified person (names), the facts the engine reads about them (sex, birth
 * date, height, premorbid weight) and a random research id. Edits are versioned: a stale write is
 * refused with the current version, and the replaced version is kept in `fact_revision`.
 */
import { randomUUID } from 'node:crypto';
import type { Sex } from '@betz/engine';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import { StoreError, VersionConflictError } from '../db/errors.js';
import type { Database, PatientTable } from '../db/tables.js';
import { type Actor, appendAudit } from './audit.js';
import { translateDbError } from './db-errors.js';
import { isoTimestamp } from './rows.js';

/** What a client sets on a patient; `null` clears a field on update. */
export interface PatientInput {
  familyName?: string | null;
  givenName?: string | null;
  sex?: Sex | null;
  birthDate?: string | null;
  heightCm?: number | null;
  premorbidWeightKg?: number | null;
}

export interface PatientRecord {
  id: string;
  version: number;
  familyName: string | null;
  givenName: string | null;
  sex: Sex | null;
  birthDate: string | null;
  heightCm: number | null;
  premorbidWeightKg: number | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  changeReason: string | null;
}

type PatientRow = Selectable<PatientTable>;

const COLUMNS = {
  familyName: 'family_name',
  givenName: 'given_name',
  sex: 'sex',
  birthDate: 'birth_date',
  heightCm: 'height_cm',
  premorbidWeightKg: 'premorbid_weight_kg',
} as const satisfies Record<keyof PatientInput, keyof PatientTable>;

type PatientColumns = Partial<
  Pick<PatientTable, 'family_name' | 'given_name' | 'sex' | 'birth_date' | 'height_cm' | 'premorbid_weight_kg'>
>;

function toColumns(input: PatientInput): PatientColumns {
  const out: PatientColumns = {};
  if (input.familyName !== undefined) out.family_name = input.familyName;
  if (input.givenName !== undefined) out.given_name = input.givenName;
  if (input.sex !== undefined) out.sex = input.sex;
  if (input.birthDate !== undefined) out.birth_date = input.birthDate;
  if (input.heightCm !== undefined) out.height_cm = input.heightCm;
  if (input.premorbidWeightKg !== undefined) out.premorbid_weight_kg = input.premorbidWeightKg;
  return out;
}

export function toPatientRecord(r: PatientRow): PatientRecord {
  return {
    id: r.id,
    version: r.version,
    familyName: r.family_name,
    givenName: r.given_name,
    sex: r.sex as Sex | null,
    birthDate: r.birth_date,
    heightCm: r.height_cm,
    premorbidWeightKg: r.premorbid_weight_kg,
    createdAt: isoTimestamp(r.created_at),
    createdBy: r.created_by,
    updatedAt: isoTimestamp(r.updated_at),
    updatedBy: r.updated_by,
    changeReason: r.change_reason,
  };
}

const requireUser = (actor: Actor): string => {
  if (!actor.userId) throw new Error('a signed-in user is required to write patient data');
  return actor.userId;
};

export async function createPatient(db: Kysely<Database>, actor: Actor, input: PatientInput): Promise<PatientRecord> {
  const userId = requireUser(actor);
  try {
    return await db.transaction().execute(async (trx) => {
      const id = randomUUID();
      const row = await trx
        .insertInto('patient')
        .values({ id, research_id: randomUUID(), created_by: userId, updated_by: userId, ...toColumns(input) })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, actor, { action: 'create', resourceType: 'patient', resourceId: id, patientId: id });
      return toPatientRecord(row);
    });
  } catch (error) {
    translatePatientError(error);
  }
}

/** The patient row inside a transaction, or a `not_found` store error. */
export async function requirePatient(trx: Kysely<Database>, id: string, forUpdate = false): Promise<PatientRow> {
  let q = trx.selectFrom('patient').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new StoreError('not_found', 'no such patient', { patientId: id });
  return row;
}

export async function getPatient(db: Kysely<Database>, actor: Actor, id: string): Promise<PatientRecord> {
  return db.transaction().execute(async (trx) => {
    const row = await requirePatient(trx, id);
    await appendAudit(trx, actor, { action: 'read', resourceType: 'patient', resourceId: id, patientId: id });
    return toPatientRecord(row);
  });
}

/**
 * Change a patient. `version` is the version the writer read; if the patient moved on since, the
 * write is refused with a `VersionConflictError` naming the current version.
 */
export async function updatePatient(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  version: number,
  changes: PatientInput,
  reason?: string,
): Promise<PatientRecord> {
  const userId = requireUser(actor);
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await requirePatient(trx, id, true);
      if (current.version !== version) throw new VersionConflictError(current.version, 'the patient');
      await keepRevision(trx, 'patient', id, id, current.version, current, userId);
      const row = await trx
        .updateTable('patient')
        .set({
          ...toColumns(changes),
          version: current.version + 1,
          updated_at: sql<string>`now()`,
          updated_by: userId,
          change_reason: reason ?? null,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, actor, {
        action: 'update',
        resourceType: 'patient',
        resourceId: id,
        patientId: id,
        detail: { version: row.version, fields: Object.keys(changes) },
      });
      return toPatientRecord(row);
    });
  } catch (error) {
    translatePatientError(error);
  }
}

/** Keep a replaced version whole (the revision history is append-only). */
export async function keepRevision(
  trx: Transaction<Database> | Kysely<Database>,
  kind: string,
  factId: string,
  patientId: string,
  version: number,
  snapshot: object,
  userId: string,
): Promise<void> {
  await trx
    .insertInto('fact_revision')
    .values({
      kind,
      fact_id: factId,
      patient_id: patientId,
      version,
      snapshot: JSON.stringify(snapshot),
      replaced_by: userId,
    })
    .execute();
}

const FIELD_OF_COLUMN = new Map<string, string>(Object.entries(COLUMNS).map(([field, column]) => [column, field]));

function translatePatientError(error: unknown): never {
  translateDbError(error, (name) => {
    const bare = name.replace(/^patient_/, '').replace(/_check$/, '');
    return FIELD_OF_COLUMN.get(bare);
  });
}
