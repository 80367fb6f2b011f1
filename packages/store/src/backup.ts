/**
 * Logical backups through the application, the same for PGlite and PostgreSQL: every table as JSON
 * lines (`.gz` compressed when the name says so), written to a temporary file and renamed when
 * complete, closed by a line with the row counts and a SHA-256 of everything before it. Restore
 * checks the whole file first, then loads it into an empty database in one transaction.
 *
 * Sessions and unused setup tokens are not kept: after a restore, everyone signs in again.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { StoreError } from './db/errors.js';
import { latestMigration } from './db/migrate.js';
import type { Store } from './db/open.js';
import type { Database, FactTables } from './db/tables.js';
import { appendAudit } from './repo/audit.js';
import { FACT_KINDS, type FactKindSpec } from './schema/facts.js';

const FORMAT = 'betz-backup';
const VERSION = 1;

const KINDS: readonly FactKindSpec[] = FACT_KINDS;

/** Tables in an order that satisfies every foreign key, with the key that pages through each. */
const TABLES: readonly { table: string; key: readonly string[] }[] = [
  { table: 'app_user', key: ['id'] },
  { table: 'api_token', key: ['id'] },
  { table: 'patient', key: ['id'] },
  { table: 'visit', key: ['id'] },
  ...KINDS.filter((k) => k.table !== 'visit').flatMap((k) => [
    { table: k.table, key: ['id'] },
    ...(k.children ?? []).map((c) => ({
      table: c.table,
      key: [c.parentColumn, c.parentColumn.replace(/_id$/, '_version'), 'ordinal'],
    })),
  ]),
  { table: 'fact_revision', key: ['id'] },
  { table: 'audit_event', key: ['id'] },
];

export const BACKUP_TABLES: readonly string[] = TABLES.map((t) => t.table);

const JSON_COLUMNS: Record<string, readonly string[]> = { audit_event: ['detail'], fact_revision: ['snapshot'] };
const SERIAL_TABLES = ['audit_event', 'fact_revision'];
const ROWS_PER_INSERT = 500;
const PAGE = 2000;

interface Header {
  format: typeof FORMAT;
  version: number;
  migration: string;
  createdAt: string;
  backend: string;
  tables: string[];
}

export interface BackupSummary {
  file: string;
  rows: Record<string, number>;
  migration: string;
}

/** Write a backup of the whole store to `file` (atomically: a temporary file renamed at the end). */
export async function writeBackup(store: Store, file: string): Promise<BackupSummary> {
  const temp = `${file}.partial-${process.pid}`;
  const raw = createWriteStream(temp, { mode: 0o600 });
  const gzip = file.endsWith('.gz') ? createGzip() : undefined;
  if (gzip) gzip.pipe(raw);
  const out = gzip ?? raw;
  const hash = createHash('sha256');
  const write = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    hash.update(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  const rows: Record<string, number> = {};
  const migration = latestMigration();
  try {
    // One snapshot of every table (REPEATABLE READ on PostgreSQL; PGlite has one connection).
    await store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const header: Header = {
          format: FORMAT,
          version: VERSION,
          migration,
          createdAt: new Date().toISOString(),
          backend: store.backend,
          tables: [...BACKUP_TABLES],
        };
        await write(header);
        const db = trx as unknown as Kysely<FactTables>;
        for (const { table, key } of TABLES) {
          rows[table] = 0;
          // Keyset paging on the primary key: each page is an index range, however large the table.
          let after: unknown[] | undefined;
          for (;;) {
            const keys = sql.join(key.map((k) => sql.ref(k)));
            const from = after ? sql`WHERE (${keys}) > (${sql.join(after)})` : sql``;
            const page = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} ${from}
              ORDER BY ${keys} LIMIT ${PAGE}`.execute(db);
            for (const row of page.rows) await write({ t: table, r: row });
            rows[table] += page.rows.length;
            const last = page.rows.at(-1);
            if (!last || page.rows.length < PAGE) break;
            after = key.map((k) => last[k]);
          }
        }
      });
    const end = `${JSON.stringify({ end: true, rows, sha256: hash.digest('hex') })}\n`;
    out.end(end);
    await once(raw, 'close');
    renameSync(temp, file);
    return { file, rows, migration };
  } catch (error) {
    out.destroy();
    rmSync(temp, { force: true });
    throw error;
  }
}

async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const stream = file.endsWith('.gz') ? input.pipe(createGunzip()) : input;
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) if (line.length > 0) yield line;
}

const invalid = (why: string) => new StoreError('backup_invalid', `not a usable Betz backup: ${why}`);

/** Check a backup whole (format, schema, every row's table, counts, checksum) without loading it. */
export async function verifyBackup(file: string): Promise<{ header: Header; rows: Record<string, number> }> {
  const hash = createHash('sha256');
  let header: Header | undefined;
  let end: { rows: Record<string, number>; sha256: string } | undefined;
  const counts: Record<string, number> = {};
  try {
    for await (const line of lines(file)) {
      if (end) throw invalid('there is data after the end line');
      const value = JSON.parse(line) as Record<string, unknown>;
      if (!header) {
        if (value.format !== FORMAT || value.version !== VERSION) throw invalid('unknown format or version');
        header = value as unknown as Header;
      } else if (value.end === true) {
        end = value as unknown as { rows: Record<string, number>; sha256: string };
        continue;
      } else {
        const table = value.t;
        if (
          typeof table !== 'string' ||
          !header.tables.includes(table) ||
          typeof value.r !== 'object' ||
          value.r === null
        ) {
          throw invalid(`a row of an unknown table (${String(table)})`);
        }
        counts[table] = (counts[table] ?? 0) + 1;
      }
      hash.update(`${line}\n`);
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw invalid(
      error instanceof SyntaxError ? 'a line is not JSON (damaged or truncated)' : (error as Error).message,
    );
  }
  if (!header) throw invalid('the file is empty');
  if (!end) throw invalid('the end line is missing (the backup is incomplete)');
  if (hash.digest('hex') !== end.sha256) throw invalid('the checksum does not match (the file was changed or damaged)');
  for (const table of header.tables) {
    if ((counts[table] ?? 0) !== (end.rows[table] ?? 0)) throw invalid(`the row count of ${table} does not match`);
  }
  if (header.migration !== latestMigration()) {
    throw invalid(
      `it was made with database schema ${header.migration}, this Betz has ${latestMigration()}; restore it with the Betz version that made it`,
    );
  }
  return { header, rows: end.rows };
}

async function assertEmpty(db: Kysely<Database>): Promise<void> {
  const fdb = db as unknown as Kysely<FactTables>;
  for (const table of BACKUP_TABLES) {
    const row = await fdb.selectFrom(table).select(sql`1`.as('one')).limit(1).executeTakeFirst();
    if (row) {
      throw new StoreError(
        'restore_target_not_empty',
        `the target database is not empty (${table} has rows); restore into a new data folder or an empty database`,
      );
    }
  }
}

/** Load a verified backup into an empty store, in one transaction. */
export async function restoreBackup(store: Store, file: string): Promise<Record<string, number>> {
  const { header, rows } = await verifyBackup(file);
  await assertEmpty(store.db);
  await store.db.transaction().execute(async (trx) => {
    const db = trx as unknown as Kysely<FactTables>;
    let table: string | undefined;
    let batch: Record<string, unknown>[] = [];
    const flush = async () => {
      if (table && batch.length > 0) await db.insertInto(table).values(batch).execute();
      batch = [];
    };
    // Fact rows bump their patient's facts_version as they go in (migration 0010): each patient's
    // counter is set back to the backed-up value at the end, so the restore is exact.
    const factsVersions = new Map<string, number>();
    let first = true;
    for await (const line of lines(file)) {
      if (first) {
        first = false;
        continue;
      }
      const value = JSON.parse(line) as { t?: string; r?: Record<string, unknown>; end?: boolean };
      if (value.end) break;
      if (value.t !== table || batch.length >= ROWS_PER_INSERT) {
        await flush();
        table = value.t;
      }
      const row = { ...(value.r as Record<string, unknown>) };
      for (const column of JSON_COLUMNS[value.t as string] ?? []) row[column] = JSON.stringify(row[column]);
      if (value.t === 'patient') factsVersions.set(row.id as string, Number(row.facts_version ?? 0));
      batch.push(row);
    }
    await flush();
    const versions = [...factsVersions];
    for (let i = 0; i < versions.length; i += ROWS_PER_INSERT) {
      const values = versions.slice(i, i + ROWS_PER_INSERT).map(([id, v]) => sql`(${id}::uuid, ${v}::bigint)`);
      await sql`UPDATE patient SET facts_version = v.facts_version FROM (VALUES ${sql.join(values)}) AS v(id, facts_version)
        WHERE patient.id = v.id`.execute(trx);
    }
    for (const serial of SERIAL_TABLES) {
      await sql`SELECT setval(pg_get_serial_sequence(${serial}, 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM ${sql.table(serial)}`.execute(
        trx,
      );
    }
    await appendAudit(
      trx,
      { userId: null, roles: [] },
      {
        action: 'restore',
        resourceType: 'database',
        detail: { backupCreatedAt: header.createdAt, rows },
      },
    );
  });
  return rows;
}
