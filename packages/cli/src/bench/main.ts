/**
 * `npm run bench`: runs every bench module in this folder in turn (each `<name>.js` exporting
 * `run(log)`, the contract of ids.md), after a header with the machine it ran on.
 * `npm run bench -- diagnosis care` (or `node packages/cli/dist/bench/main.js diagnosis`) runs only
 * the named benches, in the usual order; an unknown name is an error.
 */
import { readdirSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, platform, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The order benches run in; any other bench module present runs after these, by name. */
const PREFERRED_ORDER = ['diagnosis', 'function', 'staging', 'prognosis', 'care', 'batch', 'stage', 'assess'];

interface BenchModule {
  run(log: (line: string) => void): Promise<void>;
}

const log = (line: string) => console.log(line);

function machineHeader(): string[] {
  const cpu = cpus()[0];
  return [
    'Betz benchmarks',
    `node ${process.version} on ${platform()} ${arch()}`,
    `CPU: ${cpu?.model ?? 'unknown'} (${cpus().length} logical cores, ${availableParallelism()} available to this process)`,
    `memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average at start ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other work on the machine slows the figures)`,
    'The benches run one after another in this one process; each says what it measured and how (threads, cores, timing).',
  ];
}

function benchNames(dir: string): string[] {
  const present = readdirSync(dir)
    .filter((f) => f.endsWith('.js') && f !== 'main.js')
    .map((f) => f.slice(0, -'.js'.length));
  const rank = (name: string) => {
    const i = PREFERRED_ORDER.indexOf(name);
    return i === -1 ? PREFERRED_ORDER.length : i;
  };
  return present.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

async function main(): Promise<number> {
  for (const line of machineHeader()) log(line);
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const present = benchNames(dir);
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !present.includes(a));
  if (unknown.length > 0) {
    log(`\nunknown bench ${unknown.join(', ')}; present: ${present.join(', ')}`);
    return 2;
  }
  const names = asked.length === 0 ? present : present.filter((n) => asked.includes(n));
  if (names.length === 0) {
    log('\nno bench modules found');
    return 0;
  }
  let failed = 0;
  for (const name of names) {
    log(`\n== ${name} ==`);
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(`${dir}${name}.js`).href)) as Partial<BenchModule>;
      if (typeof mod.run !== 'function') throw new Error(`${name}.js does not export run(log)`);
      await mod.run(log);
      log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
    } catch (error) {
      failed++;
      log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
