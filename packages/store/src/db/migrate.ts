/**
 * Plain SQL migrations (`packages/store/migrations/NNNN_name.sql`), applied in name order at start,
 * each recorded in `schema_migration` with its checksum. All pending files are applied in one
 * transaction under an advisory lock, so two servers starting on one PostgreSQL database do not
 * race. A database that has a migration this build does not know, or whose recorded checksum
 * differs from the file, is refused: the code and the database disagree and guessing would harm.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { StoreError } from './errors.js';
import { splitSqlStatements } from './sql-script.js';
import type { Database } from './tables.js';

/** The folder beside `src/` and `dist/`, so the same path works from sources and from the build. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const MIGRATION_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;
/** Any 64-bit number naming Betz's migration lock. */
const MIGRATION_LOCK_KEY = 7_202_511_240_001;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => MIGRATION_NAME.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/** The newest migration this build knows: recorded in backups to check they fit the schema. */
export function latestMigration(migrations: Migration[] = loadMigrations()): string {
  return migrations.at(-1)?.name ?? '';
}

/** Apply every pending migration; returns the names applied. */
export async function migrate(db: Kysely<Database>, migrations: Migration[] = loadMigrations()): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    const applied = await trx.selectFrom('schema_migration').select(['name', 'checksum']).execute();
    const known = new Map(migrations.map((m) => [m.name, m]));
    for (const row of applied) {
      const file = known.get(row.name);
      if (!file) {
        throw new StoreError(
          'migration_mismatch',
          `The database has migration ${row.name}, which this version of Betz does not know: it was ` +
            'written by a newer Betz. Upgrade Betz, or restore a backup made by this version.',
        );
      }
      if (file.checksum !== row.checksum) {
        throw new StoreError(
          'migration_mismatch',
          `Migration ${row.name} was changed after it was applied to this database (checksum differs). ` +
            'Migrations are never edited once released; add a new one instead.',
        );
      }
    }
    const done = new Set(applied.map((r) => r.name));
    const pending = migrations.filter((m) => !done.has(m.name));
    for (const m of pending) {
      for (const statement of splitSqlStatements(m.sql)) await sql.raw(statement).execute(trx);
      await trx.insertInto('schema_migration').values({ name: m.name, checksum: m.checksum }).execute();
    }
    return pending.map((m) => m.name);
  });
}
