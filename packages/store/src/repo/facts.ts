/**
 * Facts of every kind, through one set of functions driven by `schema/facts.ts`: create, list,
 * read with history, correct, retract. A correction or retraction names the version it replaces;
 * a stale one is refused with the current version. Nothing is deleted: the replaced version is
 * kept in `fact_revision` and child rows stay under their parent's version.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { StoreError, VersionConflictError } from '../db/errors.js';
import type { Database, FactBookkeeping, FactTables } from '../db/tables.js';
import { type FactKind, type FactKindSpec, factKind } from '../schema/facts.js';
import { snakeCase } from '../schema/fields.js';
import { type Actor, appendAudit } from './audit.js';
import { factFieldResolver, translateDbError } from './db-errors.js';
import { keepRevision, requirePatient } from './patients.js';
import { factToRow, isoTimestamp, rowToFact } from './rows.js';

type Plain = Record<string, unknown>;
type FactDb = Kysely<FactTables>;
/** Fact tables are named at run time (from the kind); the column names come from the same spec. */
const asFactDb = (db: Kysely<Database>) => db as unknown as FactDb;

export interface FactRecord {
  id: string;
  kind: FactKind;
  patientId: string;
  visitId: string | null;
  version: number;
  recordedAt: string;
  recordedBy: string;
  updatedAt: string;
  updatedBy: string;
  changeReason: string | null;
  retracted: { at: string; by: string; reason: string } | null;
  /** The fact in the facts model's shape (`{ date, weightKg }`). */
  data: Plain;
}

export interface FactRevision {
  version: number;
  replacedAt: string;
  replacedBy: string;
  record: FactRecord;
}

export interface NewFact {
  visitId?: string | null;
  data: Plain;
}

export interface FactChange {
  /** The version the writer read. */
  version: number;
  reason: string;
  data: Plain;
  /** Move the fact to another visit (null: to none); absent keeps the visit. */
  visitId?: string | null;
}

const hasVisitLink = (spec: FactKindSpec) => spec.table !== 'visit';

function toRecord(spec: FactKindSpec, row: Plain, children: Record<string, Plain[]>): FactRecord {
  const b = row as unknown as FactBookkeeping;
  return {
    id: b.id,
    kind: spec.kind,
    patientId: b.patient_id,
    visitId: b.visit_id ?? null,
    version: b.version,
    recordedAt: isoTimestamp(b.recorded_at),
    recordedBy: b.recorded_by,
    updatedAt: isoTimestamp(b.updated_at),
    updatedBy: b.updated_by,
    changeReason: b.change_reason,
    retracted:
      b.retracted_at && b.retracted_by && b.retract_reason
        ? { at: isoTimestamp(b.retracted_at), by: b.retracted_by, reason: b.retract_reason }
        : null,
    data: { ...rowToFact(spec.fields, row), ...children },
  };
}

/** Child rows of the given parents at their current versions, as facts, keyed by parent id. */
async function loadChildren(
  db: FactDb,
  spec: FactKindSpec,
  parents: Plain[],
): Promise<Map<string, Record<string, Plain[]>>> {
  const out = new Map<string, Record<string, Plain[]>>();
  for (const p of parents) out.set(p.id as string, {});
  if (!spec.children || parents.length === 0) return out;
  for (const child of spec.children) {
    for (const p of parents) (out.get(p.id as string) as Record<string, Plain[]>)[child.key] = [];
    const versionColumn = child.parentColumn.replace(/_id$/, '_version');
    const rows = await db
      .selectFrom(child.table)
      .selectAll()
      .where(
        child.parentColumn,
        'in',
        parents.map((p) => p.id as string),
      )
      .orderBy('ordinal')
      .execute();
    const current = new Map(parents.map((p) => [p.id as string, p.version as number]));
    for (const r of rows) {
      const parentId = r[child.parentColumn] as string;
      if (current.get(parentId) !== r[versionColumn]) continue;
      out.get(parentId)?.[child.key]?.push(rowToFact(child.fields, r));
    }
  }
  return out;
}

async function insertChildren(db: FactDb, spec: FactKindSpec, parentId: string, version: number, data: Plain) {
  for (const child of spec.children ?? []) {
    const items = (data[child.key] ?? []) as Plain[];
    if (items.length === 0) continue;
    const versionColumn = child.parentColumn.replace(/_id$/, '_version');
    await db
      .insertInto(child.table)
      .values(
        items.map((item, ordinal) => ({
          [child.parentColumn]: parentId,
          [versionColumn]: version,
          ordinal,
          ...factToRow(child.fields, item),
        })),
      )
      .execute();
  }
}

function translate(spec: FactKindSpec, error: unknown): never {
  const resolvers = [
    factFieldResolver(spec.table, spec.fields),
    ...(spec.children ?? []).map((c) => factFieldResolver(c.table, c.fields, `data.${c.key}[].`)),
  ];
  translateDbError(error, (name) => {
    for (const resolve of resolvers) {
      const hit = resolve(name);
      if (hit) return hit;
    }
    return undefined;
  });
}

async function loadOne(db: FactDb, spec: FactKindSpec, patientId: string, factId: string, forUpdate = false) {
  let q = db.selectFrom(spec.table).selectAll().where('id', '=', factId).where('patient_id', '=', patientId);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new StoreError('not_found', `no such ${spec.kind}`, { factId });
  return row;
}

async function recordOf(db: FactDb, spec: FactKindSpec, row: Plain): Promise<FactRecord> {
  const children = await loadChildren(db, spec, [row]);
  return toRecord(spec, row, children.get(row.id as string) ?? {});
}

/** Insert one new fact inside the caller's transaction (the patient is known to exist). */
async function insertFact(
  trx: Kysely<Database>,
  actor: Actor,
  spec: FactKindSpec,
  patientId: string,
  input: NewFact,
  userId: string,
): Promise<FactRecord> {
  const fdb = asFactDb(trx);
  if (spec.cardinality === 'one') {
    const live = await fdb
      .selectFrom(spec.table)
      .select(['id', 'version'])
      .where('patient_id', '=', patientId)
      .where('retracted_at', 'is', null)
      .executeTakeFirst();
    if (live) {
      throw new StoreError('conflict', `the patient already has a ${spec.kind} record: correct it instead`, {
        factId: live.id,
        currentVersion: live.version,
      });
    }
  }
  const id = randomUUID();
  await fdb
    .insertInto(spec.table)
    .values({
      id,
      patient_id: patientId,
      ...(hasVisitLink(spec) ? { visit_id: input.visitId ?? null } : {}),
      recorded_by: userId,
      updated_by: userId,
      ...factToRow(spec.fields, input.data),
    })
    .execute();
  await insertChildren(fdb, spec, id, 1, input.data);
  await appendAudit(trx, actor, { action: 'create', resourceType: spec.kind, resourceId: id, patientId });
  return recordOf(fdb, spec, await loadOne(fdb, spec, patientId, id));
}

/** Record a new fact for a patient. */
export async function createFact(
  db: Kysely<Database>,
  actor: Actor,
  kind: FactKind,
  patientId: string,
  input: NewFact,
): Promise<FactRecord> {
  const spec = factKind(kind);
  const userId = actor.userId;
  if (!userId) throw new Error('a signed-in user is required to write patient data');
  try {
    return await db.transaction().execute(async (trx) => {
      await requirePatient(trx, patientId);
      return insertFact(trx, actor, spec, patientId, input, userId);
    });
  } catch (error) {
    translate(spec, error);
  }
}

/** What one visit's entry records: a new visit (or an existing one) and the facts taken at it. */
export interface VisitEntry {
  /** A new visit's data; or `visitId`, a live visit of the same patient. */
  visit?: Plain;
  visitId?: string;
  facts: readonly { kind: FactKind; data: Plain }[];
  /**
   * Stored facts the visit changes (a medication stopped at it): corrected in the same
   * transaction, each with its version (a newer version refuses the whole entry) and reason.
   */
  corrections?: readonly { kind: FactKind; factId: string; version: number; reason: string; data: Plain }[];
}

/**
 * Record a visit and every fact taken at it in one transaction: all or nothing, one audit event
 * per fact (and one for a new visit). A refused fact's field is named `facts[i].<field>`; an
 * unknown or retracted visit is refused at `visitId`.
 */
export async function createVisitEntry(
  db: Kysely<Database>,
  actor: Actor,
  patientId: string,
  entry: VisitEntry,
): Promise<{ visit: FactRecord; facts: FactRecord[]; corrected: FactRecord[] }> {
  const userId = actor.userId;
  if (!userId) throw new Error('a signed-in user is required to write patient data');
  const visitSpec = factKind('visit');
  return db.transaction().execute(async (trx) => {
    await requirePatient(trx, patientId);
    let visit: FactRecord;
    if (entry.visitId !== undefined) {
      const row = await asFactDb(trx)
        .selectFrom(visitSpec.table)
        .selectAll()
        .where('id', '=', entry.visitId)
        .where('patient_id', '=', patientId)
        .where('retracted_at', 'is', null)
        .executeTakeFirst();
      if (!row) {
        throw new StoreError('invalid', 'no such visit of this patient (or it was retracted)', { field: 'visitId' });
      }
      visit = await recordOf(asFactDb(trx), visitSpec, row);
    } else {
      try {
        visit = await insertFact(trx, actor, visitSpec, patientId, { data: entry.visit ?? {} }, userId);
      } catch (error) {
        rethrowAt('visit', visitSpec, error);
      }
    }
    const facts: FactRecord[] = [];
    for (const [i, fact] of entry.facts.entries()) {
      const spec = factKind(fact.kind);
      try {
        facts.push(await insertFact(trx, actor, spec, patientId, { visitId: visit.id, data: fact.data }, userId));
      } catch (error) {
        rethrowAt(`facts[${i}]`, spec, error);
      }
    }
    const corrected: FactRecord[] = [];
    for (const [i, c] of (entry.corrections ?? []).entries()) {
      const spec = factKind(c.kind);
      try {
        corrected.push(
          await correctFactIn(
            trx,
            actor,
            spec,
            patientId,
            c.factId,
            { version: c.version, reason: c.reason, data: c.data },
            userId,
          ),
        );
      } catch (error) {
        rethrowAt(`corrections[${i}]`, spec, error);
      }
    }
    return { visit, facts, corrected };
  });
}

/** A database refusal of one part of a visit entry, with its field named under `at`. */
function rethrowAt(at: string, spec: FactKindSpec, error: unknown): never {
  try {
    translate(spec, error);
  } catch (translated) {
    if (translated instanceof StoreError && translated.code === 'not_found' && at.startsWith('corrections')) {
      throw new StoreError('invalid', `${translated.message} of this patient`, { field: `${at}.factId` });
    }
    if (translated instanceof StoreError && (translated.code === 'invalid' || translated.code === 'conflict')) {
      const field =
        typeof translated.detail.field === 'string' && translated.detail.field ? translated.detail.field : '';
      const data = field.startsWith('data.') ? field.slice('data.'.length) : '';
      const path = at === 'visit' ? (data ? `visit.${data}` : 'visit') : field ? `${at}.${field}` : at;
      const message = translated.code === 'conflict' ? `${translated.message} (${path})` : translated.message;
      throw new StoreError(translated.code, message, { ...translated.detail, field: path });
    }
    throw translated;
  }
}

/** A patient's facts of one kind, in clinical order (undated last), retracted ones only on request. */
export async function listFacts(
  db: Kysely<Database>,
  actor: Actor,
  kind: FactKind,
  patientId: string,
  options: { includeRetracted?: boolean } = {},
): Promise<FactRecord[]> {
  const spec = factKind(kind);
  return db.transaction().execute(async (trx) => {
    await requirePatient(trx, patientId);
    const fdb = asFactDb(trx);
    let q = fdb.selectFrom(spec.table).selectAll().where('patient_id', '=', patientId);
    if (!options.includeRetracted) q = q.where('retracted_at', 'is', null);
    const dateColumn = spec.dateField ? snakeCase(spec.dateField) : undefined;
    if (dateColumn) q = q.orderBy(sql`${sql.ref(dateColumn)} asc nulls last`);
    const rows = await q.orderBy('recorded_at').orderBy('id').execute();
    const children = await loadChildren(fdb, spec, rows);
    await appendAudit(trx, actor, {
      action: 'read',
      resourceType: spec.kind,
      patientId,
      detail: { count: rows.length, includeRetracted: Boolean(options.includeRetracted) },
    });
    return rows.map((r) => toRecord(spec, r, children.get(r.id as string) ?? {}));
  });
}

/** Where a fact sits in its kind's list: placing date (null: undated), recorded at (exact, as text), id. */
export type FactPlace = readonly [date: string | null, recordedAt: string, id: string];

export interface FactPageOptions {
  includeRetracted?: boolean;
  /** Only facts recorded at this visit. */
  visitId?: string;
  /** Only facts placed on or after / on or before this date (kinds with a placing date only). */
  from?: string;
  to?: string;
  /** At most this many (the caller bounds it). */
  limit: number;
  /** Start after this place (the previous page's `next`). */
  after?: FactPlace;
}

export interface FactPage {
  records: FactRecord[];
  /** Facts the filters match across all pages. */
  total: number;
  /** The place of this page's last fact when more follow; null on the last page. */
  next: FactPlace | null;
}

/**
 * One page of a patient's facts of one kind, in the order `listFacts` gives (placing date, undated
 * last; recorded at; id), filtered and paged in SQL: a keyset on that order (no offset, so a page
 * stays right when facts are added before it) and `limit + 1` rows read to know whether more follow.
 * Audited as a read of the patient's facts of that kind.
 */
export async function pageFacts(
  db: Kysely<Database>,
  actor: Actor,
  kind: FactKind,
  patientId: string,
  options: FactPageOptions,
): Promise<FactPage> {
  const spec = factKind(kind);
  const dateColumn = spec.dateField ? snakeCase(spec.dateField) : undefined;
  if ((options.from !== undefined || options.to !== undefined) && !dateColumn) {
    throw new StoreError('invalid', `${spec.kind} has no date to filter by`, { field: 'from' });
  }
  if (options.visitId !== undefined && !hasVisitLink(spec)) {
    throw new StoreError('invalid', `${spec.kind} is not recorded at a visit`, { field: 'visitId' });
  }
  const date = dateColumn ? sql.ref(dateColumn) : undefined;
  return db.transaction().execute(async (trx) => {
    await requirePatient(trx, patientId);
    const fdb = asFactDb(trx);
    const filters: ReturnType<typeof sql<boolean>>[] = [sql<boolean>`patient_id = ${patientId}`];
    if (!options.includeRetracted) filters.push(sql<boolean>`retracted_at IS NULL`);
    if (options.visitId !== undefined) filters.push(sql<boolean>`visit_id = ${options.visitId}::uuid`);
    if (date && options.from !== undefined) filters.push(sql<boolean>`${date} >= ${options.from}::date`);
    if (date && options.to !== undefined) filters.push(sql<boolean>`${date} <= ${options.to}::date`);
    const where = sql.join(filters, sql` AND `);
    const total = await sql<{ n: string | number }>`SELECT count(*) AS n FROM ${sql.table(spec.table)} WHERE ${where}`
      .execute(trx)
      .then((r) => Number(r.rows[0]?.n ?? 0));
    let keyset = sql<boolean>`TRUE`;
    if (options.after) {
      const [d, at, id] = options.after;
      const later = sql<boolean>`(recorded_at, id) > (${at}::timestamptz, ${id}::uuid)`;
      if (!date) keyset = later;
      else if (d === null) keyset = sql<boolean>`(${date} IS NULL AND ${later})`;
      else keyset = sql<boolean>`(${date} > ${d}::date OR (${date} = ${d}::date AND ${later}) OR ${date} IS NULL)`;
    }
    const order = date ? sql`${date} ASC NULLS LAST, recorded_at ASC, id ASC` : sql`recorded_at ASC, id ASC`;
    const dateText = date ? sql<string | null>`${date}::text` : sql<null>`NULL`;
    const { rows } = await sql<Plain>`
      SELECT *, recorded_at::text AS place_recorded_at, ${dateText} AS place_date
      FROM ${sql.table(spec.table)}
      WHERE ${where} AND ${keyset}
      ORDER BY ${order}
      LIMIT ${options.limit + 1}`.execute(trx);
    const page = rows.slice(0, options.limit);
    const last = page.at(-1);
    const next: FactPlace | null =
      rows.length > options.limit && last
        ? [(last.place_date as string | null) ?? null, last.place_recorded_at as string, last.id as string]
        : null;
    const children = await loadChildren(fdb, spec, page);
    await appendAudit(trx, actor, {
      action: 'read',
      resourceType: spec.kind,
      patientId,
      detail: {
        count: page.length,
        includeRetracted: Boolean(options.includeRetracted),
        ...(options.visitId !== undefined ? { visitId: options.visitId } : {}),
        ...(options.from !== undefined ? { from: options.from } : {}),
        ...(options.to !== undefined ? { to: options.to } : {}),
        ...(options.after ? { paged: true } : {}),
      },
    });
    return {
      records: page.map((r) => toRecord(spec, r, children.get(r.id as string) ?? {})),
      total,
      next,
    };
  });
}

/** One fact, with the versions it replaced (oldest first). */
export async function getFact(
  db: Kysely<Database>,
  actor: Actor,
  kind: FactKind,
  patientId: string,
  factId: string,
): Promise<{ record: FactRecord; revisions: FactRevision[] }> {
  const spec = factKind(kind);
  return db.transaction().execute(async (trx) => {
    const fdb = asFactDb(trx);
    const record = await recordOf(fdb, spec, await loadOne(fdb, spec, patientId, factId));
    const revisions = await trx
      .selectFrom('fact_revision')
      .selectAll()
      .where('kind', '=', spec.kind)
      .where('fact_id', '=', factId)
      .orderBy('version')
      .execute();
    await appendAudit(trx, actor, { action: 'read', resourceType: spec.kind, resourceId: factId, patientId });
    return {
      record,
      revisions: revisions.map((r) => {
        const snapshot = r.snapshot as { row: Plain; children: Record<string, Plain[]> };
        return {
          version: r.version,
          replacedAt: isoTimestamp(r.replaced_at),
          replacedBy: r.replaced_by,
          record: toRecord(spec, snapshot.row, snapshot.children),
        };
      }),
    };
  });
}

/** Lock the live row and check the writer's version; keep the version being replaced. */
async function replaceable(
  trx: Kysely<Database>,
  spec: FactKindSpec,
  patientId: string,
  factId: string,
  version: number,
  userId: string,
) {
  const fdb = asFactDb(trx);
  const row = await loadOne(fdb, spec, patientId, factId, true);
  if (row.retracted_at !== null) {
    throw new StoreError('conflict', `this ${spec.kind} was retracted; record a new one instead`, {
      currentVersion: row.version,
    });
  }
  if (row.version !== version) throw new VersionConflictError(row.version as number, `this ${spec.kind}`);
  const children = await loadChildren(fdb, spec, [row]);
  await keepRevision(trx, spec.kind, factId, patientId, version, { row, children: children.get(factId) ?? {} }, userId);
  return { fdb, row };
}

/** Replace a fact's content (a correction, with its reason). */
export async function correctFact(
  db: Kysely<Database>,
  actor: Actor,
  kind: FactKind,
  patientId: string,
  factId: string,
  change: FactChange,
): Promise<FactRecord> {
  const spec = factKind(kind);
  const userId = actor.userId;
  if (!userId) throw new Error('a signed-in user is required to write patient data');
  try {
    return await db.transaction().execute((trx) => correctFactIn(trx, actor, spec, patientId, factId, change, userId));
  } catch (error) {
    translate(spec, error);
  }
}

/** A correction inside the caller's transaction: the new version, its children and its audit event. */
async function correctFactIn(
  trx: Kysely<Database>,
  actor: Actor,
  spec: FactKindSpec,
  patientId: string,
  factId: string,
  change: FactChange,
  userId: string,
): Promise<FactRecord> {
  const { fdb } = await replaceable(trx, spec, patientId, factId, change.version, userId);
  const next = change.version + 1;
  await fdb
    .updateTable(spec.table)
    .set({
      ...factToRow(spec.fields, change.data),
      ...(hasVisitLink(spec) && change.visitId !== undefined ? { visit_id: change.visitId } : {}),
      version: next,
      updated_at: sql`now()`,
      updated_by: userId,
      change_reason: change.reason,
    })
    .where('id', '=', factId)
    .execute();
  await insertChildren(fdb, spec, factId, next, change.data);
  await appendAudit(trx, actor, {
    action: 'update',
    resourceType: spec.kind,
    resourceId: factId,
    patientId,
    detail: { version: next },
  });
  return recordOf(fdb, spec, await loadOne(fdb, spec, patientId, factId));
}

/** Withdraw a fact recorded in error (kept, marked retracted with the reason). */
export async function retractFact(
  db: Kysely<Database>,
  actor: Actor,
  kind: FactKind,
  patientId: string,
  factId: string,
  change: { version: number; reason: string },
): Promise<FactRecord> {
  const spec = factKind(kind);
  const userId = actor.userId;
  if (!userId) throw new Error('a signed-in user is required to write patient data');
  try {
    return await db.transaction().execute(async (trx) => {
      const { fdb, row } = await replaceable(trx, spec, patientId, factId, change.version, userId);
      const next = change.version + 1;
      await fdb
        .updateTable(spec.table)
        .set({
          version: next,
          updated_at: sql`now()`,
          updated_by: userId,
          retracted_at: sql`now()`,
          retracted_by: userId,
          retract_reason: change.reason,
        })
        .where('id', '=', factId)
        .execute();
      // Children stay under the retracted version, so the record still reads whole.
      if (spec.children?.length) {
        const children = await loadChildren(fdb, spec, [row]);
        await insertChildren(fdb, spec, factId, next, children.get(factId) ?? {});
      }
      await appendAudit(trx, actor, {
        action: 'retract',
        resourceType: spec.kind,
        resourceId: factId,
        patientId,
        detail: { version: next },
      });
      return recordOf(fdb, spec, await loadOne(fdb, spec, patientId, factId));
    });
  } catch (error) {
    translate(spec, error);
  }
}
