/** `betz backup <file>`: a logical backup of the whole database (embedded or PostgreSQL). */
import { parseArgs } from 'node:util';
import { openStore, type Store, StoreError, writeBackup } from '@betz/store';
import { type Command, EXIT, type Io, UsageError } from './command.js';

const usage = `Usage: betz backup <file> [--data DIR]

Write every table (accounts, patients, facts with their history, the audit log) to <file> as
JSON lines, gzip-compressed when the name ends in .gz. The file is written whole or not at all,
and ends with row counts and a checksum that \`betz restore\` verifies. It holds patient data and
password hashes: keep it as safe as the database. Sessions are not kept.

The embedded database can be backed up while the server is stopped (the data folder has one
owner); with DATABASE_URL set, the PostgreSQL database is read in one consistent snapshot.

Options:
  --data DIR   data folder (default: $BETZ_DATA_DIR, else ./betz-data)
  -h, --help   show this help
`;

export function parseStoreArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The store the command works on: DATABASE_URL, else the data folder. */
export async function openCommandStore(dataDir: string | undefined): Promise<Store> {
  const url = process.env.DATABASE_URL;
  return url
    ? openStore({ backend: 'postgres', connectionString: url })
    : openStore({ backend: 'pglite', dataDir: dataDir ?? process.env.BETZ_DATA_DIR ?? './betz-data' });
}

export async function backup(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseStoreArgs(args);
  if (values.help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('give the backup file to write');
  const file = positionals[0] as string;
  let store: Store;
  try {
    store = await openCommandStore(values.data);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr(`betz backup: ${error.message}\n`);
    return EXIT.badInput;
  }
  try {
    const summary = await writeBackup(store, file);
    const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    io.stdout(
      `Backed up ${total} rows (${summary.rows.patient ?? 0} patients, ${summary.rows.audit_event ?? 0} audit events) from ${store.location} to ${file}\n`,
    );
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'write a backup of the whole database to a file',
  usage,
  run: backup,
};
