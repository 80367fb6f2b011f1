/**
 * Bench: generate a 100,000-patient synthetic cohort (about a million ALSFRS-R records), then
 * score, stage and predict all of it in one process through the engine's batch entry point
 * (`evaluateCohort`: validation, ALSFRS-R totals and domains, ΔFS, least-squares slope, King's
 * and MiToS per record and per patient, ENCALS prediction per patient). Generation and
 * evaluation are timed separately, on one core. Aim: the whole cohort evaluated in under 5 s.
 */
import { ENCALS_STATUS, evaluateCohort, type PatientCase } from '@betz/engine';
import { generateCohortWithTruth } from '@betz/synth';

const PATIENTS = 100_000;
const SEED = 20_250_630;
const AIM_SECONDS = 5;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Each patient is assessed at their last ALSFRS-R visit, so every record is scored. */
function lastVisit(c: PatientCase): string {
  const a = c.alsfrsr ?? [];
  let last = c.history?.diagnosisDate ?? c.history?.onsetDate ?? '2025-06-30';
  for (const r of a) if (r.date > last) last = r.date;
  return last;
}

export async function run(log: (line: string) => void): Promise<void> {
  log(`function/staging/prognosis: ${fmt(PATIENTS)} synthetic patients (seed ${SEED}), one process, one core`);

  let t0 = performance.now();
  const { cases, truth } = generateCohortWithTruth({ seed: SEED, size: PATIENTS });
  const genMs = performance.now() - t0;
  let records = 0;
  for (const c of cases) records += c.alsfrsr?.length ?? 0;
  log(
    `generate: ${fmt(PATIENTS)} patients, ${fmt(records)} ALSFRS-R records in ${seconds(genMs)} ` +
      `(${fmt(PATIENTS / (genMs / 1000))} patients/s, ${fmt(records / (genMs / 1000))} records/s); ` +
      `heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );

  const opts = {
    asOf: lastVisit,
    // The El Escorial input comes from the generator's diagnosis exam (the diagnosis bench times the engine's own).
    definiteElEscorial: (_c: PatientCase, i: number) => truth[i]!.definiteElEscorialAtDiagnosis,
  };
  evaluateCohort(cases.slice(0, 5_000), opts); // warm-up (JIT), not timed

  t0 = performance.now();
  const r = evaluateCohort(cases, opts);
  const evalMs = performance.now() - t0;
  log(
    `evaluate: ${fmt(r.patients)} patients, ${fmt(r.records)} records scored and staged ` +
      `(${fmt(r.invalidRecords)} invalid) in ${seconds(evalMs)}: ` +
      `${fmt(r.records / (evalMs / 1000))} records/s, ${fmt(r.patients / (evalMs / 1000))} patients/s`,
  );

  const kings = [0, 0, 0, 0, 0, 0];
  for (const k of r.kingsStage) kings[k]!++;
  const encals = [0, 0, 0, 0];
  for (const s of r.encalsStatus) encals[s]!++;
  const medians = [...r.medianMonthsFromOnset].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  log(`  King's stage 1-5 at last visit: ${kings.slice(1).map(fmt).join(' / ')} (not staged ${fmt(kings[0]!)})`);
  log(
    `  ENCALS: ${fmt(encals[ENCALS_STATUS.encals8]!)} with 8 predictors, ${fmt(encals[ENCALS_STATUS.tricals7]!)} with 7 (C9orf72 unknown), ` +
      `${fmt(encals[ENCALS_STATUS.declined]!)} declined, ${fmt(encals[ENCALS_STATUS.insufficient]!)} insufficient; ` +
      `median predicted median ${medians.length ? medians[Math.floor(medians.length / 2)]!.toFixed(1) : '-'} months from onset`,
  );
  log(
    `total: generation ${seconds(genMs)} + evaluation ${seconds(evalMs)} = ${seconds(genMs + evalMs)}; ` +
      `aim: evaluation under ${AIM_SECONDS} s: ${evalMs / 1000 < AIM_SECONDS ? 'met' : 'NOT met'}`,
  );
}
