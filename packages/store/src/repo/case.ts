/**
 * A patient's stored facts as the engine's input (`PatientCase`), as of a date: live (not
 * retracted) facts dated on or before it, undated facts, and dates that lie after it (a stop, a
 * death) left out, so the engine sees what was known then. One query reads every kind.
 */
import type { IsoDate, PatientCase } from '@betz/engine';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { StoreError } from '../db/errors.js';
import type { Database } from '../db/tables.js';
import { FACT_KINDS, type FactKindSpec } from '../schema/facts.js';
import { snakeCase } from '../schema/fields.js';
import { type Actor, appendAudit } from './audit.js';
import { rowToFact } from './rows.js';

type Plain = Record<string, unknown>;

/** The kinds the engine reads, in the case model's order. */
export const CASE_KINDS: readonly FactKindSpec[] = FACT_KINDS.filter((k) => k.caseKey !== undefined);

/** One kind's rows as JSON items (with their child lists), their clinical order, and the as-of cut. */
function kindParts(spec: FactKindSpec, asOf: IsoDate | undefined) {
  const dateColumn = spec.dateField ? snakeCase(spec.dateField) : undefined;
  const children = (spec.children ?? []).map((c) => {
    const versionColumn = c.parentColumn.replace(/_id$/, '_version');
    return sql`${sql.lit(c.key)}, (SELECT coalesce(json_agg(to_json(c) ORDER BY c.ordinal), '[]'::json)
      FROM ${sql.table(c.table)} c WHERE ${sql.ref(`c.${c.parentColumn}`)} = t.id AND ${sql.ref(`c.${versionColumn}`)} = t.version)`;
  });
  // Rows of kinds without child lists go out as they are (cheaper than wrapping every row).
  const item = children.length
    ? sql`json_build_object('row', to_json(t), 'children', json_build_object(${sql.join(children)}))`
    : sql`t`;
  const order = dateColumn
    ? sql`${sql.ref(`t.${dateColumn}`)} NULLS LAST, t.recorded_at, t.id`
    : sql`t.recorded_at, t.id`;
  const dated =
    asOf && dateColumn
      ? sql`AND (${sql.ref(`t.${dateColumn}`)} <= ${asOf}::date OR ${sql.ref(`t.${dateColumn}`)} IS NULL)`
      : sql``;
  return { item, order, dated };
}

function kindColumn(spec: FactKindSpec, asOf: IsoDate | undefined, patientId: string): RawBuilder<unknown> {
  const { item, order, dated } = kindParts(spec, asOf);
  return sql`(SELECT coalesce(json_agg(${item} ORDER BY ${order}), '[]'::json)
    FROM ${sql.table(spec.table)} t WHERE t.patient_id = ${patientId} AND t.retracted_at IS NULL ${dated}) AS ${sql.id(spec.kind)}`;
}

function factOf(spec: FactKindSpec, item: { row: Plain; children?: Record<string, Plain[]> }, asOf?: IsoDate): Plain {
  const fact = rowToFact(spec.fields, item.row);
  for (const child of spec.children ?? []) {
    fact[child.key] = (item.children?.[child.key] ?? []).map((r) => rowToFact(child.fields, r));
  }
  if (asOf) {
    for (const field of spec.clipAfterAsOf ?? []) {
      const value = fact[field];
      if (typeof value === 'string' && value > asOf) delete fact[field];
    }
  }
  return fact;
}

/**
 * The engine's input for one patient, from the stored facts (not audited: callers that show it
 * to a person use `readPatientCase`). `only` reads just those parts of the case.
 *
 * @example assess(await loadPatientCase(store.db, patientId, '2025-03-01'), '2025-03-01')
 */
export async function loadPatientCase(
  db: Kysely<Database>,
  patientId: string,
  asOf?: IsoDate,
  options: { only?: readonly (keyof PatientCase)[] } = {},
): Promise<PatientCase> {
  return (await loadVersionedPatientCase(db, patientId, asOf, options)).case;
}

/**
 * What a computed assessment depends on in the database: the patient row's version (sex, birth
 * date, height, premorbid weight) and the facts version (bumped by every fact write, migration
 * 0010). Equal versions mean equal stored input, in any server process.
 */
export interface CaseVersions {
  version: number;
  factsVersion: number;
}

/** The patient's current `CaseVersions` (one indexed row read); not found is a `StoreError`. */
export async function patientCaseVersions(db: Kysely<Database>, patientId: string): Promise<CaseVersions> {
  const row = await db
    .selectFrom('patient')
    .select(['version', 'facts_version'])
    .where('id', '=', patientId)
    .executeTakeFirst();
  if (!row) throw new StoreError('not_found', 'no such patient', { patientId });
  return { version: row.version, factsVersion: Number(row.facts_version) };
}

/** `loadPatientCase` with the versions of the stored input it was read from (same statement, same snapshot). */
export async function loadVersionedPatientCase(
  db: Kysely<Database>,
  patientId: string,
  asOf?: IsoDate,
  options: { only?: readonly (keyof PatientCase)[] } = {},
): Promise<{ case: PatientCase; versions: CaseVersions }> {
  const kinds = options.only
    ? CASE_KINDS.filter((k) => options.only?.includes(k.caseKey as keyof PatientCase))
    : CASE_KINDS;
  const columns = kinds.map((spec) => kindColumn(spec, asOf, patientId));
  const selected = columns.length > 0 ? sql`, ${sql.join(columns)}` : sql``;
  const result =
    await sql<Plain>`SELECT to_json(p) AS patient ${selected} FROM patient p WHERE p.id = ${patientId}`.execute(db);
  const row = result.rows[0];
  if (!row) throw new StoreError('not_found', 'no such patient', { patientId });
  const p = row.patient as Plain;
  return {
    case: assembleCase(p, kinds, (kind) => row[kind] as Plain[], asOf),
    versions: { version: Number(p.version), factsVersion: Number(p.facts_version) },
  };
}

/** A case from the patient row and each kind's JSON items. */
function assembleCase(
  p: Plain,
  kinds: readonly FactKindSpec[],
  itemsOf: (kind: string) => Plain[] | undefined,
  asOf: IsoDate | undefined,
): PatientCase {
  const patient: Plain = { id: p.id };
  if (p.sex !== null) patient.sex = p.sex;
  if (p.birth_date !== null) patient.birthDate = p.birth_date;
  if (p.height_cm !== null) patient.heightCm = p.height_cm;
  if (p.premorbid_weight_kg !== null) patient.premorbidWeightKg = p.premorbid_weight_kg;
  const out: Plain = { schemaVersion: 1, patient };
  for (const spec of kinds) {
    const raw = itemsOf(spec.kind) ?? [];
    const items = spec.children?.length
      ? (raw as { row: Plain; children?: Record<string, Plain[]> }[])
      : raw.map((r) => ({ row: r }));
    const facts = items.map((item) => factOf(spec, item, asOf));
    const key = spec.caseKey as string;
    if (spec.cardinality === 'one') {
      const only = facts[0];
      if (only && Object.keys(only).length > 0) out[key] = only;
    } else if (facts.length > 0) {
      out[key] = facts;
    }
  }
  // The shape is guaranteed by the field maps (typed against the facts model) and the tables' checks.
  return out as unknown as PatientCase;
}

/**
 * Every patient's case as of a date, by patient id, in one query per kind (a clinic-wide list
 * reads them all; one query per patient costs far more). Each case equals `loadPatientCase`'s.
 */
export async function loadAllPatientCases(db: Kysely<Database>, asOf?: IsoDate): Promise<Map<string, PatientCase>> {
  const patients = await sql<{ id: string; patient: Plain }>`SELECT p.id, to_json(p) AS patient FROM patient p`.execute(
    db,
  );
  const byKind = new Map<string, Map<string, Plain[]>>();
  for (const spec of CASE_KINDS) {
    const { item, order, dated } = kindParts(spec, asOf);
    const rows = await sql<{
      patient_id: string;
      items: Plain[];
    }>`SELECT t.patient_id, json_agg(${item} ORDER BY ${order}) AS items
      FROM ${sql.table(spec.table)} t WHERE t.retracted_at IS NULL ${dated} GROUP BY t.patient_id`.execute(db);
    byKind.set(spec.kind, new Map(rows.rows.map((r) => [r.patient_id, r.items])));
  }
  const out = new Map<string, PatientCase>();
  for (const p of patients.rows) {
    out.set(
      p.id,
      assembleCase(p.patient, CASE_KINDS, (kind) => byKind.get(kind)?.get(p.id), asOf),
    );
  }
  return out;
}

/** `loadPatientCase`, audited as a read of the whole record. */
export async function readPatientCase(
  db: Kysely<Database>,
  actor: Actor,
  patientId: string,
  asOf?: IsoDate,
  purpose: 'case' | 'assessment' = 'case',
): Promise<PatientCase> {
  return db.transaction().execute(async (trx) => {
    const c = await loadPatientCase(trx, patientId, asOf);
    await appendAudit(trx, actor, {
      action: 'read',
      resourceType: purpose,
      resourceId: patientId,
      patientId,
      detail: asOf ? { asOf } : {},
    });
    return c;
  });
}
