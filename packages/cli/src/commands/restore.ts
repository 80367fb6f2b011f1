/** `betz restore <file>`: load a backup into a new data folder or an empty PostgreSQL database. */
import { restoreBackup, type Store, StoreError, verifyBackup } from '@betz/store';
import { openCommandStore, parseStoreArgs } from './backup.js';
import { EXIT, type Io, type LoadedCommand, UsageError } from './command.js';

const usage = `Usage: betz restore <file> [--data DIR]

Check a backup made by \`betz backup\` (format, schema version, row counts, checksum), then load
it into an empty database in one transaction: a new data folder, or (with DATABASE_URL) an empty
PostgreSQL database. A database that holds anything is refused, never overwritten. The same Betz
version that made the backup restores it.

Options:
  --data DIR   the new data folder (default: $BETZ_DATA_DIR, else ./betz-data)
  -h, --help   show this help
`;

export async function restore(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseStoreArgs(args);
  if (values.help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('give the backup file to restore');
  const file = positionals[0] as string;
  let store: Store | undefined;
  try {
    await verifyBackup(file);
    store = await openCommandStore(values.data, io);
    const rows = await restoreBackup(store, file);
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    io.stdout(`Restored ${total} rows (${rows.patient ?? 0} patients) from ${file} into ${store.location}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof StoreError) {
      io.stderr(`betz restore: ${error.message}\n`);
      return EXIT.badInput;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.stderr(`betz restore: no such file: ${file}\n`);
      return EXIT.badInput;
    }
    throw error;
  } finally {
    await store?.close();
  }
}

export const restoreCommand: LoadedCommand = {
  usage,
  run: restore,
};
