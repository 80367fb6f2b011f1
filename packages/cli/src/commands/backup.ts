/** `betz backup <file>`: a logical backup of the whole database (embedded or PostgreSQL). */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { openStore, type Store, StoreError, verifyBackup, writeBackup } from '@betz/store';
import { EXIT, type Io, type LoadedCommand, UsageError } from './command.js';

const usage = `Usage: betz backup <file> [--data DIR | --server URL]

Write every table (accounts, patients, facts with their history, the audit log) to <file> as
JSON lines, gzip-compressed when the name ends in .gz. The file is written whole or not at all,
and ends with row counts and a checksum that \`betz restore\` verifies. It holds patient data and
password hashes: keep it as safe as the database. Sessions are not kept.

The embedded database can be backed up while the server is stopped (the data folder has one
owner), or from the running server with --server; with DATABASE_URL set, the PostgreSQL
database is read in one consistent snapshot.

Options:
  --data DIR     data folder (default: $BETZ_DATA_DIR, else ./betz-data)
  --server URL   ask the running server at URL (e.g. http://127.0.0.1:8080) for the backup, as
                 an admin: the admin's API token in $BETZ_TOKEN and password in $BETZ_PASSWORD
  -h, --help     show this help
`;

export function parseStoreArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { data: { type: 'string' }, server: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  if (values.server !== undefined) return backupFromServer(values.server, file, io);
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

export const backupCommand: LoadedCommand = {
  usage,
  run: backup,
};

/** Download a backup from a running server, write it whole or not at all, and check it. */
async function backupFromServer(server: string, file: string, io: Io): Promise<number> {
  const token = process.env.BETZ_TOKEN;
  const password = process.env.BETZ_PASSWORD;
  if (!token || !password) {
    throw new UsageError('--server needs an admin API token in BETZ_TOKEN and the admin password in BETZ_PASSWORD');
  }
  let url: URL;
  try {
    url = new URL('/api/v1/admin/backup', server);
  } catch {
    throw new UsageError(`not a URL: ${server}`);
  }
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ password }),
  });
  if (res.status !== 200) {
    const error = (await res.json().catch(() => ({}))) as { message?: string };
    io.stderr(`betz backup: the server answered ${res.status}: ${error.message ?? res.statusText}\n`);
    return EXIT.badInput;
  }
  // The server sends gzip; a file name without .gz gets the plain text, as a local backup would.
  const gzip = file.endsWith('.gz');
  const temp = `${file}.partial-${process.pid}${gzip ? '.gz' : ''}`;
  const received = Buffer.from(await res.arrayBuffer());
  writeFileSync(temp, gzip ? received : gunzipSync(received), { mode: 0o600 });
  try {
    const { rows } = await verifyBackup(temp);
    renameSync(temp, file);
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    io.stdout(`Backed up ${total} rows (${rows.patient ?? 0} patients) from ${url.origin} to ${file}\n`);
    return EXIT.ok;
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof StoreError) {
      io.stderr(`betz backup: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}
