/**
 * Bench: `betz stage` on a synthetic PRO-ACT-style alsfrs CSV of 1,000,000 rows (and 100,000, for
 * the memory check), CSV in to CSV out, each run as its own process the way a user runs it; then,
 * when R with dplyr and readr is installed (`Rscript`), the R peer (packages/cli/bench/stage-peer.R,
 * staged the way the yoonhohong/proact pipeline stages) on the same file in the same run, its
 * time, the ratio, and the stages compared row for row. Wall time and CPU time (user + system, from
 * /usr/bin/time when present) are both printed: on a shared machine the CPU time is the steadier.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeProactFile } from '@betz/synth';

const SEED = 20_251_130;
const ROWS = 1_000_000;
const SMALL = 100_000;
const AIM_RATIO = 4;
const TIME = '/usr/bin/time';

const main = fileURLToPath(new URL('../main.js', import.meta.url));
const peer = fileURLToPath(new URL('../../bench/stage-peer.R', import.meta.url));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Run {
  wall: number;
  /** user + system seconds, NaN without /usr/bin/time. */
  cpu: number;
  /** Peak resident set in MiB, NaN without /usr/bin/time. */
  rssMiB: number;
  status: number;
  stderr: string;
}

function timed(command: string, args: string[]): Promise<Run> {
  const timed = existsSync(TIME);
  const timeFile = join(tmpdir(), `betz-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [cmd, argv] = timed ? [TIME, ['-o', timeFile, '-f', '%U %S %M', command, ...args]] : [command, args];
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(cmd, argv, { maxBuffer: 64 << 20 }, (error, _stdout, stderr) => {
      const wall = (performance.now() - started) / 1000;
      let cpu = Number.NaN;
      let rssMiB = Number.NaN;
      if (timed && existsSync(timeFile)) {
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
        const [u, s, m] = last.split(' ').map(Number);
        cpu = u! + s!;
        rssMiB = m! / 1024;
        rmSync(timeFile, { force: true });
      }
      const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ wall, cpu, rssMiB, status, stderr });
    });
  });
}

const describe = (r: Run) =>
  `${r.wall.toFixed(2)} s wall` +
  (Number.isNaN(r.cpu) ? '' : `, ${r.cpu.toFixed(2)} s CPU (user + system), peak RSS ${r.rssMiB.toFixed(0)} MiB`);

async function hasRPeer(): Promise<boolean> {
  const r = await timed('Rscript', ['-e', 'suppressPackageStartupMessages({library(dplyr); library(readr)})']).catch(
    () => null,
  );
  return r !== null && r.status === 0;
}

/** Compare Betz's ALSFRS-R rows with the R peer's, keyed by subject and day. */
function compare(betzFile: string, rFile: string, log: (line: string) => void): number {
  const peerRows = new Map<string, string[]>();
  const rLines = readFileSync(rFile, 'utf8').split('\n');
  // R: subject_id,ALSFRS_Delta,total,kings,mitos,delta_fs
  for (let i = 1; i < rLines.length; i++) {
    const line = rLines[i]!;
    if (!line) continue;
    const f = line.split(',');
    peerRows.set(`${f[0]},${f[1]}`, f);
  }
  const b = readFileSync(betzFile, 'utf8').split('\n');
  const diffs = { total: 0, kings: 0, mitos: 0, deltaFs: 0, onlyBetz: 0 };
  const examples: string[] = [];
  let compared = 0;
  // Betz: subject_id,ALSFRS_Delta,instrument,total,months_from_onset,delta_fs,kings,kings_no_region,mitos,note
  for (let i = 1; i < b.length; i++) {
    const line = b[i]!;
    if (!line) continue;
    const f = line.split(',');
    if (f[2] !== 'ALSFRS-R') continue;
    const key = `${f[0]},${f[1]}`;
    const p = peerRows.get(key);
    if (!p) {
      diffs.onlyBetz++;
      continue;
    }
    peerRows.delete(key);
    compared++;
    const differ = (what: keyof typeof diffs, ours: string, theirs: string) => {
      diffs[what]++;
      if (examples.length < 5) examples.push(`${key}: ${what} Betz ${ours}, R ${theirs}`);
    };
    if (f[3] !== p[2]) differ('total', f[3]!, p[2]!);
    if (f[6] !== p[3]) differ('kings', f[6]!, p[3]!);
    if (f[8] !== p[4]) differ('mitos', f[8]!, p[4]!);
    const ours = f[5] === '' ? Number.NaN : Number(f[5]);
    const theirs = p[5] === '' ? Number.NaN : Number(p[5]);
    const same = Number.isNaN(ours) ? Number.isNaN(theirs) : Math.abs(ours - theirs) <= 0.00005 + 1e-9;
    if (!same) differ('deltaFs', f[5]!, p[5]!);
  }
  const onlyR = peerRows.size;
  const disagreements = diffs.total + diffs.kings + diffs.mitos + diffs.deltaFs + diffs.onlyBetz + onlyR;
  log(
    `  row for row: ${fmt(compared)} ALSFRS-R rows staged by both; disagreements ${fmt(disagreements)} ` +
      `(King's ${diffs.kings}, MiToS ${diffs.mitos}, total ${diffs.total}, ΔFS ${diffs.deltaFs}, ` +
      `rows staged by Betz only ${diffs.onlyBetz}, by R only ${onlyR})`,
  );
  for (const e of examples) log(`    ${e}`);
  return disagreements;
}

export async function run(log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'betz-bench-stage-'));
  try {
    const big = join(dir, 'alsfrs-1m.csv');
    const small = join(dir, 'alsfrs-100k.csv');
    let t0 = performance.now();
    await writeProactFile(big, ROWS, SEED);
    await writeProactFile(small, SMALL, SEED);
    log(
      `stage: synthetic PRO-ACT-style alsfrs CSV, ${fmt(ROWS)} rows (${(statSync(big).size / 2 ** 20).toFixed(0)} MiB, seed ${SEED}), ` +
        `written in ${((performance.now() - t0) / 1000).toFixed(1)} s; each run below is its own process, CSV file in, CSV file out`,
    );

    const betzOut = join(dir, 'betz.csv');
    const betzSmall = await timed(process.execPath, [
      main,
      'stage',
      small,
      '-o',
      join(dir, 'small.csv'),
      '--errors',
      join(dir, 'small-errors.txt'),
    ]);
    const betz = await timed(process.execPath, [
      main,
      'stage',
      big,
      '-o',
      betzOut,
      '--errors',
      join(dir, 'errors.txt'),
    ]);
    if (betz.status !== 0 && betz.status !== 3) throw new Error(`betz stage exited ${betz.status}: ${betz.stderr}`);
    log(`  betz stage ${fmt(SMALL)} rows: ${describe(betzSmall)}`);
    log(`  betz stage ${fmt(ROWS)} rows: ${describe(betz)}: ${fmt(ROWS / betz.wall)} rows/s`);
    log(`  ${betz.stderr.trim().replaceAll(dir, '<tmp>')}`);
    if (!Number.isNaN(betz.rssMiB)) {
      log(
        `  memory: peak RSS ${betzSmall.rssMiB.toFixed(0)} MiB on ${fmt(SMALL)} rows, ${betz.rssMiB.toFixed(0)} MiB on ${fmt(ROWS)} ` +
          `(${(betz.rssMiB / betzSmall.rssMiB).toFixed(2)}x for 10x the rows)`,
      );
    }

    if (!(await hasRPeer())) {
      log(
        '  R peer: not run (Rscript with dplyr and readr not found; Debian: apt-get install r-base-core r-cran-dplyr r-cran-readr)',
      );
      return;
    }
    const rOut = join(dir, 'r.csv');
    t0 = performance.now();
    const r = await timed('Rscript', [peer, big, rOut]);
    if (r.status !== 0) throw new Error(`the R peer exited ${r.status}: ${r.stderr}`);
    log(`  R peer (dplyr + readr, packages/cli/bench/stage-peer.R): ${describe(r)}: ${fmt(ROWS / r.wall)} rows/s`);
    const wallRatio = r.wall / betz.wall;
    const cpuRatio = r.cpu / betz.cpu;
    log(
      `  Betz is ${wallRatio.toFixed(1)}x faster in wall time` +
        (Number.isNaN(cpuRatio) ? '' : `, ${cpuRatio.toFixed(1)}x in CPU time`) +
        `; aim ${AIM_RATIO}x: ${wallRatio >= AIM_RATIO ? 'met' : 'NOT met'} (wall)` +
        (Number.isNaN(cpuRatio) ? '' : `, ${cpuRatio >= AIM_RATIO ? 'met' : 'NOT met'} (CPU)`),
    );
    compare(betzOut, rOut, log);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
