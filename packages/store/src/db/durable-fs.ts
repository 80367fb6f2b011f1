/**
 * PGlite on Node keeps its files on the real file system (Emscripten's NODEFS), but that layer has
 * no fsync, and PGlite starts PostgreSQL with fsync off (`-F`). Acknowledged writes then survive a
 * killed process (the OS has them) but not a power cut. Betz turns fsync on, makes the WAL sync
 * with fsync() at every commit (`wal_sync_method=fsync`), and gives NODEFS the fsync it lacks, before
 * PostgreSQL starts: a commit returns only when its WAL is on the disk, and checkpoints sync the
 * data files, as on a PostgreSQL server.
 */
import { fsyncSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type EmscriptenModule = { NODEFS?: { stream_ops?: Record<string, unknown> } };
type InitResult = Awaited<ReturnType<NodeFS['init']>>;

/** PostgreSQL's start parameters for PGlite with fsync on and the WAL synced by fsync(). */
export const DURABLE_START_PARAMS: string[] = [
  ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
  '-c',
  'wal_sync_method=fsync',
];

export class DurableNodeFS extends NodeFS {
  /** How many fsync calls reached the disk (for tests). */
  syncs = 0;
  /** False when this PGlite build's NODEFS could not be given fsync. */
  fsyncInstalled = false;

  override async init(pg: Parameters<NodeFS['init']>[0], opts: Parameters<NodeFS['init']>[1]): Promise<InitResult> {
    const result = await super.init(pg, opts);
    const install = (mod: EmscriptenModule) => {
      const ops = mod.NODEFS?.stream_ops;
      if (!ops) return;
      ops.fsync = (stream: { nfd?: number }) => {
        if (stream.nfd !== undefined) {
          fsyncSync(stream.nfd);
          this.syncs++;
        }
        return 0;
      };
      this.fsyncInstalled = true;
    };
    const preRun = result.emscriptenOpts.preRun;
    const rest = Array.isArray(preRun) ? preRun : preRun ? [preRun] : [];
    result.emscriptenOpts.preRun = [install as (mod: unknown) => void, ...rest] as typeof preRun;
    return result;
  }
}
