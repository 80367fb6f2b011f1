/**
 * Storing whole cases at once (a case file, a synthetic clinic, the benchmark cohort): each batch
 * is one transaction with one audit event per patient, and rows go in as multi-row inserts, so
 * ten thousand patients load in seconds rather than minutes.
 */
import { randomUUID } from 'node:crypto';
import { normaliseGeneSymbol, type PatientCase } from '@betz/engine';
import { type Kysely, sql } from 'kysely';
import type { Database, FactTables } from '../db/tables.js';
import type { Actor } from './audit.js';
import { CASE_KINDS } from './case.js';
import { factFieldResolver, translateDbError } from './db-errors.js';
import { factToRow } from './rows.js';

type Plain = Record<string, unknown>;

export interface CaseToImport {
  case: PatientCase;
  familyName?: string;
  givenName?: string;
  /** Kept as an identifier so a re-import is refused rather than duplicated. */
  sourceId?: { system: string; value: string };
}

/**
 * The case as the store keeps it: a known gene in its HGNC spelling (the same normalisation the
 * case schema and the API fact schema apply), since a case given here may not have been parsed.
 */
function canonicalGenes(c: PatientCase): PatientCase {
  if (!c.genetics?.some((g) => normaliseGeneSymbol(g.gene) !== g.gene)) return c;
  return { ...c, genetics: c.genetics.map((g) => ({ ...g, gene: normaliseGeneSymbol(g.gene) })) };
}

/** Rows per INSERT statement. */
const ROWS_PER_INSERT = 2000;

/**
 * Many rows in one statement with one parameter: the rows as a JSON array, expanded by
 * `json_populate_recordset` (far cheaper than thousands of bound parameters, on PGlite above all).
 * Columns left out take their defaults; every row of a call has the same columns.
 */
async function insertMany(db: Kysely<FactTables>, table: string, rows: Plain[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = sql.join(Object.keys(first).map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const json = JSON.stringify(rows.slice(i, i + ROWS_PER_INSERT));
    await sql`INSERT INTO ${sql.table(table)} (${columns})
      SELECT ${columns} FROM json_populate_recordset(NULL::${sql.table(table)}, ${json}::json)`.execute(db);
  }
}

export interface ImportOptions {
  /**
   * One audit event per fact stored (`create`, its kind and id), as a fact recorded through the API
   * has, besides the patient's `import` event: for a case imported by a person. A bulk load
   * (a benchmark, a synthetic clinic) keeps one event per patient.
   */
  auditEachFact?: boolean;
}

/**
 * Store each case as a new patient with its facts; returns the new patient ids in order.
 * All or nothing: one invalid fact refuses the whole batch.
 */
export async function importCases(
  db: Kysely<Database>,
  actor: Actor,
  cases: readonly CaseToImport[],
  options: ImportOptions = {},
): Promise<string[]> {
  const userId = actor.userId;
  if (!userId) throw new Error('a signed-in user is required to import patient data');
  return db.transaction().execute(async (trx) => {
    const fdb = trx as unknown as Kysely<FactTables>;
    const ids = cases.map(() => randomUUID());
    const bookkeeping = (patientId: string) => ({
      patient_id: patientId,
      visit_id: null,
      recorded_by: userId,
      updated_by: userId,
    });
    await insertMany(
      fdb,
      'patient',
      cases.map((c, i) => ({
        id: ids[i],
        research_id: randomUUID(),
        family_name: c.familyName ?? null,
        given_name: c.givenName ?? null,
        sex: c.case.patient.sex ?? null,
        birth_date: c.case.patient.birthDate ?? null,
        height_cm: c.case.patient.heightCm ?? null,
        premorbid_weight_kg: c.case.patient.premorbidWeightKg ?? null,
        created_by: userId,
        updated_by: userId,
      })),
    );
    const identifiers = cases.flatMap((c, i) =>
      c.sourceId
        ? [{ id: randomUUID(), ...bookkeeping(ids[i] as string), system: c.sourceId.system, value: c.sourceId.value }]
        : [],
    );
    await insertMany(fdb, 'patient_identifier', identifiers);
    /** Every fact stored, for its audit event. */
    const stored: { patientId: string; kind: string; id: string }[] = identifiers.map((r) => ({
      patientId: r.patient_id,
      kind: 'identifier',
      id: r.id,
    }));
    for (const spec of CASE_KINDS) {
      const rows: Plain[] = [];
      const children = new Map<string, Plain[]>();
      cases.forEach((c, i) => {
        const value = (canonicalGenes(c.case) as unknown as Plain)[spec.caseKey as string];
        const items = (spec.cardinality === 'one' ? (value ? [value] : []) : (value ?? [])) as Plain[];
        for (const item of items) {
          const id = randomUUID();
          stored.push({ patientId: ids[i] as string, kind: spec.kind, id });
          rows.push({ id, ...bookkeeping(ids[i] as string), ...factToRow(spec.fields, item) });
          for (const child of spec.children ?? []) {
            const list = children.get(child.table) ?? [];
            ((item[child.key] as Plain[]) ?? []).forEach((r, ordinal) => {
              list.push({
                [child.parentColumn]: id,
                [child.parentColumn.replace(/_id$/, '_version')]: 1,
                ordinal,
                ...factToRow(child.fields, r),
              });
            });
            children.set(child.table, list);
          }
        }
      });
      try {
        await insertMany(fdb, spec.table, rows);
        for (const [table, list] of children) await insertMany(fdb, table, list);
      } catch (error) {
        translateDbError(error, factFieldResolver(spec.table, spec.fields, `${String(spec.caseKey)}[].`));
      }
    }
    const event = (action: string, resourceType: string, resourceId: string, patientId: string) => ({
      user_id: userId,
      user_roles: [...actor.roles],
      action,
      resource_type: resourceType,
      resource_id: resourceId,
      patient_id: patientId,
      outcome: 'success',
      ip: actor.ip?.slice(0, 100) ?? null,
      user_agent: actor.userAgent?.slice(0, 500) ?? null,
      request_id: actor.requestId?.slice(0, 100) ?? null,
      detail: {},
    });
    await insertMany(fdb, 'audit_event', [
      ...ids.map((id) => event('import', 'patient', id, id)),
      ...(options.auditEachFact ? stored.map((f) => event('create', f.kind, f.id, f.patientId)) : []),
    ]);
    return ids;
  });
}
