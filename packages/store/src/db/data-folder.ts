/**
 * The embedded database's data folder: `betz-data.json` (what the folder is), `pgdata/` (the
 * PGlite cluster) and `betz.lock` (the owning process). A folder that is not recognisably a
 * healthy Betz folder is refused with an explanation; nothing is ever wiped or recreated over it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from './errors.js';
import { LOCK_FILE } from './lock.js';

export const MARKER_FILE = 'betz-data.json';
export const PGDATA_DIR = 'pgdata';

export type DataFolderState = { state: 'new' } | { state: 'existing'; pgdata: string };

const MARKER = { format: 'betz-data', version: 1 } as const;

/** Decide what the folder holds. Call with the folder's lock held. */
export function inspectDataFolder(dataDir: string): DataFolderState {
  const entries = readdirSync(dataDir).filter((e) => e !== LOCK_FILE && !e.startsWith(`${LOCK_FILE}.`));
  const pgdata = join(dataDir, PGDATA_DIR);
  if (entries.length === 0) return { state: 'new' };
  if (!entries.includes(MARKER_FILE)) {
    throw new StoreError(
      'data_folder_foreign',
      `${dataDir} is not empty and is not a Betz data folder (no ${MARKER_FILE}). ` +
        'Choose an empty or new folder with --data (or BETZ_DATA_DIR).',
    );
  }
  let marker: unknown;
  try {
    marker = JSON.parse(readFileSync(join(dataDir, MARKER_FILE), 'utf8'));
  } catch {
    marker = undefined;
  }
  if (
    typeof marker !== 'object' ||
    marker === null ||
    (marker as { format?: unknown }).format !== MARKER.format ||
    (marker as { version?: unknown }).version !== MARKER.version
  ) {
    throw damaged(dataDir, `${MARKER_FILE} is unreadable or of an unknown format`);
  }
  if (!existsSync(pgdata)) throw damaged(dataDir, `the database directory ${PGDATA_DIR}/ is missing`);
  if (!existsSync(join(pgdata, 'PG_VERSION'))) {
    throw damaged(dataDir, `${PGDATA_DIR}/PG_VERSION is missing (an interrupted first start, or files were removed)`);
  }
  return { state: 'existing', pgdata };
}

/** Mark a new folder as Betz's before the cluster is created in it. */
export function initialiseDataFolder(dataDir: string): string {
  writeFileSync(
    join(dataDir, MARKER_FILE),
    `${JSON.stringify({ ...MARKER, createdAt: new Date().toISOString() }, null, 2)}\n`,
    { flag: 'wx' },
  );
  const pgdata = join(dataDir, PGDATA_DIR);
  mkdirSync(pgdata);
  return pgdata;
}

export function damaged(dataDir: string, why: string): StoreError {
  return new StoreError(
    'data_folder_damaged',
    `The data folder ${dataDir} looks damaged: ${why}. Betz has not changed it. Restore it from a ` +
      'backup (betz restore) into a new folder, or move it aside to start afresh.',
  );
}
