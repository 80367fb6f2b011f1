/**
 * A/B throughput of two builds of the engine in one process, alternating short slices so that the
 * machine's load falls on both alike (separate `npm run bench` runs on a shared 2-core machine differ
 * by more than the changes they compare).
 *
 *   node scripts/bench-ab.mjs <base-checkout> <new-checkout> [diag|render|assess|cohort]
 *
 * Each checkout must be built (`npm run build`). Diagnosis, render and assess run over the base
 * checkout's examples with 100 deterministic variants each; cohort evaluates a 30,000-patient synthetic
 * cohort (the new checkout's generator, seed 20250630) at each patient's last ALSFRS-R visit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [baseRoot, newRoot, mode = 'diag'] = process.argv.slice(2);
if (!baseRoot || !newRoot) {
  console.error('usage: node scripts/bench-ab.mjs <base-checkout> <new-checkout> [diag|render|assess|cohort]');
  process.exit(2);
}
const load = (root, pkg) => import(pathToFileURL(resolve(root, `packages/${pkg}/dist/index.js`)).href);
const A = await load(baseRoot, 'engine');
const B = await load(newRoot, 'engine');
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];

if (mode === 'cohort') {
  const { generateCohortWithTruth } = await load(newRoot, 'synth');
  const { cases } = generateCohortWithTruth({ seed: 20250630, size: 30_000 });
  const lastVisit = (c) => (c.alsfrsr ?? []).reduce((d, r) => (d === undefined || r.date > d ? r.date : d), undefined);
  const opts = { asOf: (c) => lastVisit(c) ?? '2025-01-01' };
  const time = (m) => {
    const started = performance.now();
    m.evaluateCohort(cases, opts);
    return performance.now() - started;
  };
  for (let i = 0; i < 2; i++) {
    time(A);
    time(B);
  }
  const a = [];
  const b = [];
  for (let i = 0; i < 7; i++) {
    a.push(time(A));
    b.push(time(B));
  }
  const [ma, mb] = [median(a), median(b)];
  console.log(`cohort of 30,000: base ${ma.toFixed(0)} ms, new ${mb.toFixed(0)} ms, new/base ${(mb / ma).toFixed(3)}`);
} else {
  const dir = resolve(baseRoot, 'examples');
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')));
  const cases = [];
  for (let k = 0; k < 100; k++) {
    for (const c of examples) {
      const v = structuredClone(c);
      v.patient.id = `${c.patient.id}-${k}`;
      for (const e of v.exams ?? []) e.regions = e.regions.filter((_, i) => (i * 7 + k) % 5 !== 0);
      cases.push(v);
    }
  }
  const dates = cases.map((c) => A.latestFactDate(c));
  const once = {
    diag: (m, i) => m.evaluateDiagnosis(cases[i], dates[i]),
    render: (m, i) => m.renderDiagnosisText(m.evaluateDiagnosis(cases[i], dates[i])),
    assess: (m, i) => m.assess(cases[i], dates[i]),
  }[mode];
  if (!once) throw new Error(`unknown mode ${mode}`);
  const rate = (m, ms) => {
    const end = performance.now() + ms;
    let n = 0;
    for (let i = 0; performance.now() < end; i = (i + 1) % cases.length, n++) once(m, i);
    return n / (ms / 1000);
  };
  rate(A, 1000);
  rate(B, 1000);
  const a = [];
  const b = [];
  for (let r = 0; r < 10; r++) {
    a.push(rate(A, 400));
    b.push(rate(B, 400));
  }
  const [ma, mb] = [median(a), median(b)];
  console.log(`${mode}: base ${ma.toFixed(0)}/s, new ${mb.toFixed(0)}/s, new/base ${(mb / ma).toFixed(3)}`);
}
