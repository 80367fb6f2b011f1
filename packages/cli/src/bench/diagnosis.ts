/**
 * Bench: full diagnostic evaluations per second (`evaluateDiagnosis`: findings, region evidence,
 * revised El Escorial, Awaji-Shima, Gold Coast with traces and what would change them, red flags,
 * workup) on one core, over many varied realistic cases built from the example case files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCaseJson } from '@betz/contracts';
import {
  type DiagnosisAssessment,
  type EmgMuscle,
  evaluateDiagnosis,
  MUSCLE_IDS,
  type PatientCase,
  type RegionExam,
  renderDiagnosisText,
  UMN_SIGNS_BY_REGION,
} from '@betz/engine';

const EXAMPLES_DIR = fileURLToPath(new URL('../../../../examples/', import.meta.url));
/** Number of cases benched (the examples plus seeded variants); BETZ_BENCH_VARIANTS overrides it. */
const VARIANTS = Math.max(14, Number(process.env.BETZ_BENCH_VARIANTS ?? 2000) || 2000);
const WARMUP_MS = 1000;
const MEASURE_MS = 3000;

/** Deterministic pseudo-random numbers (mulberry32), so every run benches the same cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parseValid(text: string, what: string): PatientCase {
  const parsed = parseCaseJson(text);
  if (!parsed.ok) {
    throw new Error(`${what} is not a valid case: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  return parsed.case;
}

function loadExamples(): PatientCase[] {
  const files = readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((f) => parseValid(readFileSync(EXAMPLES_DIR + f, 'utf8'), `examples/${f}`));
}

/** A variant of an example: findings added, dropped or changed the way another visit might record them. */
function vary(base: PatientCase, rnd: () => number, n: number): PatientCase {
  const c = structuredClone(base);
  c.patient.id = `bench-${n}`;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  for (const exam of c.exams ?? []) {
    exam.regions = exam.regions.filter(() => rnd() > 0.1);
    for (const r of exam.regions) {
      if (rnd() < 0.2) r.wasting = !r.wasting;
      if (rnd() < 0.15) r.umnSigns = [...(r.umnSigns ?? []), pick(UMN_SIGNS_BY_REGION[r.region])];
    }
    if (rnd() < 0.3) {
      const region = pick(['bulbar', 'cervical', 'thoracic', 'lumbosacral'] as const);
      const extra: RegionExam = { region, side: region === 'bulbar' ? 'midline' : pick(['left', 'right'] as const) };
      if (rnd() < 0.5) extra.umnSigns = [pick(UMN_SIGNS_BY_REGION[region])];
      if (rnd() < 0.5) extra.wasting = true;
      if (rnd() < 0.5) extra.fasciculations = true;
      exam.regions.push(extra);
    }
  }
  for (const study of c.emg ?? []) {
    for (const m of study.muscles) {
      if (rnd() < 0.15) m.fibrillations = !m.fibrillations;
      if (rnd() < 0.1) m.chronicNeurogenicMups = !m.chronicNeurogenicMups;
    }
    const added = Math.floor(rnd() * 3);
    for (let i = 0; i < added; i++) {
      const m: EmgMuscle = {
        muscle: pick(MUSCLE_IDS),
        side: pick(['left', 'right'] as const),
        chronicNeurogenicMups: rnd() < 0.6,
      };
      if (rnd() < 0.5) m.fibrillations = true;
      if (rnd() < 0.4) m.fasciculationPotentials = pick(['simple', 'complex'] as const);
      if (m.muscle === 'thoracicParaspinals') m.thoracicLevel = 3 + Math.floor(rnd() * 10);
      study.muscles.push(m);
    }
  }
  c.investigations = (c.investigations ?? []).filter(() => rnd() > 0.05);
  if (c.history?.progression && rnd() < 0.05) c.history.progression.documented = false;
  return c;
}

function latestDate(c: PatientCase): string {
  let latest = '2000-01-01';
  for (const list of [c.exams, c.emg, c.alsfrsr, c.vitalCapacity, c.weights]) {
    for (const r of list ?? []) if (r.date > latest) latest = r.date;
  }
  return latest;
}

export interface Job {
  c: PatientCase;
  asOf: string;
}

function measure(
  jobs: readonly Job[],
  ms: number,
  work: (j: Job) => number,
): { iterations: number; wallMs: number; sink: number } {
  let iterations = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  // Check the clock every 256 evaluations so timing costs nothing measurable.
  while (now - start < ms) {
    for (let k = 0; k < 256; k++) {
      sink += work(jobs[iterations % jobs.length]!);
      iterations++;
    }
    now = performance.now();
  }
  return { iterations, wallMs: now - start, sink };
}

const score = (d: DiagnosisAssessment): number =>
  d.elEscorial.category.length + (d.goldCoast.met ? 1 : 0) + d.redFlags.length;

/** The benched cases: the example files, then seeded variants of them, each with its "as of" date. */
export function benchCases(count = VARIANTS): { examples: number; jobs: Job[] } {
  const examples = loadExamples();
  const rnd = prng(20240601);
  const jobs: Job[] = [];
  for (let i = 0; i < count; i++) {
    const base = examples[i % examples.length]!;
    // Variants go through the same edge as a case file (JSON text, then the contracts parser), as real input does.
    const c = i < examples.length ? base : parseValid(JSON.stringify(vary(base, rnd, i)), `variant ${i}`);
    jobs.push({ c, asOf: latestDate(c) });
  }
  return { examples: examples.length, jobs };
}

export async function run(log: (line: string) => void): Promise<void> {
  const { examples: exampleCount, jobs } = benchCases();
  const tally = new Map<string, number>();
  for (const j of jobs) {
    const k = evaluateDiagnosis(j.c, j.asOf).elEscorial.category;
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }
  log(
    `cases: ${exampleCount} example files from examples/ and ${jobs.length - exampleCount} seeded variants of them (findings added, dropped, changed)`,
  );
  log(`revised El Escorial categories across the cases: ${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')}`);

  const evaluate = (j: Job) => score(evaluateDiagnosis(j.c, j.asOf));
  const warm = measure(jobs, WARMUP_MS, evaluate);
  log(`warm-up: ${warm.iterations} evaluations in ${warm.wallMs.toFixed(0)} ms (JIT and memo tables settle)`);
  const rate = (iterations: number, wallMs: number): string =>
    `${Math.round(iterations / (wallMs / 1000)).toLocaleString('en-US')}/s (${((wallMs * 1000) / iterations).toFixed(2)} µs each)`;
  const m = measure(jobs, MEASURE_MS, evaluate);
  log(
    `evaluateDiagnosis over all ${jobs.length} cases in turn: ${m.iterations} evaluations in ${m.wallMs.toFixed(0)} ms wall time on one core: ${rate(m.iterations, m.wallMs)}; aim ≥100,000/s`,
  );
  const hot = jobs.slice(0, exampleCount);
  const h = measure(hot, MEASURE_MS / 3, evaluate);
  log(
    `evaluateDiagnosis over the ${hot.length} example files only (a small, cache-resident working set): ${h.iterations} in ${h.wallMs.toFixed(0)} ms: ${rate(h.iterations, h.wallMs)}`,
  );
  const r = measure(jobs, MEASURE_MS / 3, (j) => renderDiagnosisText(evaluateDiagnosis(j.c, j.asOf)).length);
  log(
    `evaluateDiagnosis + renderDiagnosisText over all cases: ${r.iterations} in ${r.wallMs.toFixed(0)} ms: ${rate(r.iterations, r.wallMs)}`,
  );
  log(
    `(checksum ${(m.sink + h.sink + r.sink) % 1_000_003}; every case is parsed and validated by the contracts parser once beforehand, as a case file is; timing reads performance.now() every 256 evaluations; one thread, no workers)`,
  );
}
