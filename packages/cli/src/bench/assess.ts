/**
 * Bench: the whole path of `betz evaluate` after the file is read, on one core, over the example
 * cases: case files validated per second (`parseCaseJson`: JSON text to a checked `PatientCase`),
 * full assessments per second (`assess`: diagnosis, function, staging, prognosis and care), and
 * full assessments rendered as the text report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCaseJson } from '@betz/contracts';
import { assess, latestFactDate, type PatientCase, renderAssessmentText } from '@betz/engine';

const EXAMPLES_DIR = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const WARMUP_MS = 500;
const MEASURE_MS = 2000;

/** Runs `step(i)` round-robin until `ms` have passed; returns the count and the time taken. */
function timed(ms: number, step: (i: number) => number): { n: number; ms: number; checksum: number } {
  let n = 0;
  let checksum = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let k = 0; k < 64; k++) checksum = (checksum + step(n++)) | 0;
    now = performance.now();
  }
  return { n, ms: now - start, checksum };
}

const perSecond = (r: { n: number; ms: number }) => Math.round((r.n / r.ms) * 1000).toLocaleString('en-US');
const micros = (r: { n: number; ms: number }) => ((r.ms * 1000) / r.n).toFixed(1);

export async function run(log: (line: string) => void): Promise<void> {
  const files = readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const texts = files.map((f) => readFileSync(EXAMPLES_DIR + f, 'utf8'));
  const cases: { c: PatientCase; asOf: string }[] = texts.map((text, i) => {
    const parsed = parseCaseJson(text);
    if (!parsed.ok) throw new Error(`examples/${files[i]} is not a valid case`);
    return { c: parsed.case, asOf: latestFactDate(parsed.case)! };
  });
  const kb = texts.reduce((s, t) => s + t.length, 0) / texts.length / 1024;
  log(
    `cases: the ${files.length} example files (mean ${kb.toFixed(1)} KiB of JSON each), in turn, as of their latest fact`,
  );

  const parse = (i: number) => (parseCaseJson(texts[i % texts.length]!).ok ? 1 : 0);
  const full = (i: number) => {
    const { c, asOf } = cases[i % cases.length]!;
    return assess(c, asOf).care.recommendations.length;
  };
  const report = (i: number) => {
    const { c, asOf } = cases[i % cases.length]!;
    return renderAssessmentText(assess(c, asOf)).length;
  };
  for (const [name, what, step] of [
    ['parseCaseJson', 'case files validated (JSON.parse + zod schema + date-order checks)', parse],
    ['assess', 'full assessments (diagnosis, function, staging, prognosis, care)', full],
    ['assess + renderAssessmentText', 'full text reports', report],
  ] as const) {
    timed(WARMUP_MS, step);
    const r = timed(MEASURE_MS, step);
    log(
      `${name}: ${r.n.toLocaleString('en-US')} ${what} in ${Math.round(r.ms)} ms: ${perSecond(r)}/s (${micros(r)} µs each)`,
    );
  }
  log(`(warm-up ${WARMUP_MS} ms before each measurement of ${MEASURE_MS} ms; wall time, one core)`);
}
