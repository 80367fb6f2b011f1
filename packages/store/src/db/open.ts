/**
 * Opening the store: PGlite (PostgreSQL in WASM) in a data folder by default, a PostgreSQL server
 * when a connection string is given. One schema and one set of queries serve both.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { damaged, initialiseDataFolder, inspectDataFolder } from './data-folder.js';
import { DURABLE_START_PARAMS, DurableNodeFS } from './durable-fs.js';
import { StoreError } from './errors.js';
import { acquireDataFolderLock, type DataFolderLock, type StaleLock } from './lock.js';
import { migrate } from './migrate.js';
import type { Database } from './tables.js';

export type StoreOptions =
  | {
      backend: 'pglite';
      /** The data folder; created if missing. Omit for an in-memory database (tests). */
      dataDir?: string;
    }
  | {
      backend: 'postgres';
      /** `postgres://user@host:5432/db` */
      connectionString: string;
      /** Use (and create) this schema instead of `public`: one per test file keeps files apart. */
      schema?: string;
      poolSize?: number;
    };

export interface Store {
  readonly db: Kysely<Database>;
  readonly backend: 'pglite' | 'postgres';
  /** Where the data lives, without credentials (for logs). */
  readonly location: string;
  /** Migrations applied by this open. */
  readonly migrationsApplied: readonly string[];
  /**
   * The data folder's lock left by a process that no longer runs (it crashed or was killed), which
   * this open took over; null when the folder was closed cleanly (or for PostgreSQL). Log it.
   */
  readonly staleLock: StaleLock | null;
  /** Close the database and release the data folder. Safe to call twice. */
  close(): Promise<void>;
}

/** Dates and timestamps stay the text PostgreSQL prints; counts and serials become numbers. */
const TEXT = (value: string) => value;
const PARSERS: Record<number, (value: string) => unknown> = {
  1082: TEXT, // date
  1114: TEXT, // timestamp
  1184: TEXT, // timestamptz
  20: Number, // int8: serials and counts, far below 2^53
};

/**
 * Open (creating if needed) the store and apply pending migrations.
 *
 * @example
 * const store = await openStore({ backend: 'pglite', dataDir: './betz-data' });
 * try { ... } finally { await store.close(); }
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  return options.backend === 'pglite' ? openPglite(options.dataDir) : openPostgres(options);
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  let lock: DataFolderLock | undefined;
  let pgdata: string | undefined;
  let location = 'memory';
  if (dataDir !== undefined) {
    const dir = resolve(dataDir);
    location = dir;
    mkdirSync(dir, { recursive: true });
    lock = acquireDataFolderLock(dir);
    try {
      const state = inspectDataFolder(dir);
      pgdata = state.state === 'new' ? initialiseDataFolder(dir) : state.pgdata;
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  let pglite: PGlite;
  const fs = pgdata ? new DurableNodeFS(pgdata) : undefined;
  try {
    pglite = new PGlite(fs ? { fs, parsers: PARSERS, startParams: DURABLE_START_PARAMS } : { parsers: PARSERS });
    await pglite.waitReady;
    if (fs && !fs.fsyncInstalled) {
      // A PGlite whose file layer cannot sync cannot promise that a commit survives a power cut.
      throw new Error('this PGlite build offers no way to sync files to disk');
    }
    await pglite.exec(`SET TIME ZONE 'UTC'`);
  } catch (error) {
    lock?.release();
    if (dataDir === undefined) throw error;
    throw damaged(resolve(dataDir), `the database would not open (${describe(error)})`);
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return finishOpen(db, 'pglite', location, lock?.takenOver ?? null, async () => {
    await db.destroy();
    lock?.release();
  });
}

async function openPostgres(options: Extract<StoreOptions, { backend: 'postgres' }>): Promise<Store> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError('invalid', `not a plain schema name: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    options: `-c TimeZone=UTC${schema ? ` -c search_path=${schema}` : ''}`,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const location = redact(options.connectionString) + (schema ? ` (schema ${schema})` : '');
  try {
    await pool.query('SELECT 1');
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError('database_unavailable', `Cannot reach PostgreSQL at ${location}: ${describe(error)}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return finishOpen(db, 'postgres', location, null, () => db.destroy());
}

async function finishOpen(
  db: Kysely<Database>,
  backend: Store['backend'],
  location: string,
  staleLock: StaleLock | null,
  closeOnce: () => Promise<void>,
): Promise<Store> {
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= closeOnce();
    return closing;
  };
  let migrationsApplied: string[];
  try {
    migrationsApplied = await migrate(db);
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
  return { db, backend, location, migrationsApplied, staleLock, close };
}

/** `postgres://user:secret@host/db` -> `postgres://user@host/db`. */
export function redact(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.password = '';
    return url.toString();
  } catch {
    return 'postgres (unparsable connection string)';
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
