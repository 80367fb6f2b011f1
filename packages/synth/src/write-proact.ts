/**
 * `node packages/synth/dist/write-proact.js FILE [ROWS] [SEED]`: write a synthetic PRO-ACT-style
 * alsfrs CSV (synthetic only; `proactAlsfrsCsv`), streamed, for `betz stage` and its bench.
 */
import { createWriteStream } from 'node:fs';
import { proactAlsfrsCsv } from './proact.js';

export async function writeProactFile(path: string, rows: number, seed: number): Promise<void> {
  const out = createWriteStream(path);
  for (const text of proactAlsfrsCsv({ seed, rows })) {
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(resolve);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, rows = '1000000', seed = '20251130'] = process.argv.slice(2);
  if (!path) {
    console.error('usage: node packages/synth/dist/write-proact.js FILE [ROWS] [SEED]');
    process.exitCode = 2;
  } else {
    await writeProactFile(path, Number(rows), Number(seed));
  }
}
