/** `betz backup <file>`: a logical backup of the whole database (embedded or PostgreSQL). */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { describeStaleLock, openStore, type Store, StoreError, verifyBackup, writeBackup } from '@betz/store';
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

/**
 * The store the command works on: DATABASE_URL, else the data folder. A lock left by a server that
 * crashed is taken over, and `io` is told so.
 */
export async function openCommandStore(dataDir: string | undefined, io: Io): Promise<Store> {
  const url = process.env.DATABASE_URL;
  const store = await (url
    ? openStore({ backend: 'postgres', connectionString: url })
    : openStore({ backend: 'pglite', dataDir: dataDir ?? process.env.BETZ_DATA_DIR ?? './betz-data' }));
  if (store.staleLock) io.stderr(`betz: ${describeStaleLock(store.staleLock)}\n`);
  return store;
}

export async function backup(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseStoreArgs(args);
  if (values.help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('give the backup file to write');
  const file = positionals[0] as string;
  // Checked first, so that a typo in the folder fails before the database or the server is asked.
  const unwritable = outputFolderProblem(file);
  if (unwritable) {
    io.stderr(`betz backup: cannot write ${file}: ${unwritable}\n`);
    return EXIT.badInput;
  }
  if (values.server !== undefined) return backupFromServer(values.server, file, io);
  let store: Store;
  try {
    store = await openCommandStore(values.data, io);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    const hint =
      error.code === 'data_folder_locked'
        ? '\nA running server holds the data folder: back up through it instead, with --server URL (e.g. --server http://127.0.0.1:8080).'
        : '';
    io.stderr(`betz backup: ${error.message}${hint}\n`);
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

/** Why the backup file cannot be written where it is asked for (its folder is missing or not a folder), if so. */
export function outputFolderProblem(file: string): string | undefined {
  const folder = dirname(resolve(file));
  try {
    if (!statSync(folder).isDirectory()) return `${folder} is not a folder`;
  } catch {
    return `the folder ${folder} does not exist`;
  }
  return undefined;
}

/** A failed fetch in words: the server's address and why it could not be reached. */
function unreachable(url: URL, error: unknown): string {
  const cause = (error as { cause?: NodeJS.ErrnoException } | undefined)?.cause;
  const why =
    cause?.code === 'ECONNREFUSED'
      ? 'connection refused'
      : cause?.code === 'ENOTFOUND'
        ? 'no such host'
        : (cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error));
  return `cannot reach the server at ${url.origin} (${why}): is \`betz serve\` running there?`;
}

/** The server's error answer in one line: its message and every invalid field with its reason. */
async function describeRefusal(res: Response): Promise<string> {
  const error = (await res.json().catch(() => ({}))) as {
    message?: string;
    issues?: { path?: string; message?: string }[];
  };
  const issues = (error.issues ?? []).map((i) =>
    i.path === 'password' ? `BETZ_PASSWORD ${i.message}` : `${i.path || '(body)'} ${i.message}`,
  );
  const message = issues.length > 0 ? issues.join('; ') : (error.message ?? res.statusText);
  const hint =
    res.status === 401
      ? ' (check the API token in BETZ_TOKEN)'
      : res.status === 403
        ? ' (the token must belong to an admin)'
        : '';
  return `the server answered ${res.status}: ${message}${hint}`;
}

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
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--server wants an http:// or https:// address, not ${server}`);
  }
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ password }),
    });
  } catch (error) {
    io.stderr(`betz backup: ${unreachable(url, error)}\n`);
    return EXIT.badInput;
  }
  if (res.status !== 200) {
    io.stderr(`betz backup: ${await describeRefusal(res)}\n`);
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
