/**
 * Score, stage and predict a whole cohort in one pass (registries, research, benchmarks). The
 * rules are the engine's own (validation, scoring, King's, MiToS, ΔFS, slope meaningfulness,
 * ENCALS); only the presentation is left out (no text, no curves, no per-record reasons).
 * Results are columns (typed arrays), one entry per ALSFRS-R record and per patient.
 */
import { DAYS_PER_MONTH, daysBetween, type IsoDate } from '../common/dates.js';
import type { AlsfrsrRecord, PatientCase } from '../facts/index.js';
import { deltaFsValue } from '../function/progression.js';
import { type FunctionSettings, resolveFunctionSettings } from '../function/settings.js';
import { leastSquaresLine } from '../function/stats.js';
import { slopeIsMeaningful } from '../function/trend.js';
import { item5Score } from '../instruments/score.js';
import { encalsCore } from '../prognosis/core.js';
import { encalsSurvival } from '../prognosis/encals.js';
import { ENCALS_LISTS } from '../prognosis/predictors.js';
import { type PrognosisSettings, resolvePrognosisSettings } from '../prognosis/settings.js';
import { KINGS_CLINICAL_LISTS, kingsClinicalFacts } from '../staging/clinical.js';
import { stageKings, stageMitos } from '../staging/evaluate.js';
import { kingsCodeFromAlsfrsr } from '../staging/kings.js';
import { mitosStageFromAlsfrsr } from '../staging/mitos.js';
import { caseAsOf } from '../view/asOf.js';

export interface CohortOptions {
  /** The assessment date: one for all, or per patient (e.g. each patient's last visit). */
  asOf: IsoDate | ((c: PatientCase, index: number) => IsoDate);
  /** Revised El Escorial definite per patient (from the diagnosis engine); absent → ENCALS insufficient. */
  definiteElEscorial?: (c: PatientCase, index: number) => boolean | undefined;
  functionSettings?: Partial<FunctionSettings>;
  prognosisSettings?: Partial<PrognosisSettings>;
}

/** ENCALS status codes in `CohortResult.encalsStatus`. */
export const ENCALS_STATUS = { encals8: 0, tricals7: 1, declined: 2, insufficient: 3 } as const;

export interface CohortResult {
  patients: number;
  /** Valid ALSFRS-R records on or before each patient's assessment date, scored and staged. */
  records: number;
  /** Records on or before the assessment date that failed validation (left out). */
  invalidRecords: number;
  ids: string[];
  // Per record, in patient order then date order (same-day records in the case's order).
  recordPatient: Int32Array;
  recordTotal: Uint8Array;
  recordBulbar: Uint8Array;
  recordFineMotor: Uint8Array;
  recordGrossMotor: Uint8Array;
  recordRespiratory: Uint8Array;
  /** Months from onset (NaN without onset). */
  recordMonthsFromOnset: Float64Array;
  /** ΔFS at the record (NaN when not computable). */
  recordDeltaFs: Float64Array;
  /** King's stage (1-4) estimated from the record alone (Balendra 2014, `kingsFromAlsfrsr`). */
  recordKingsStage: Uint8Array;
  /** 1 when the record's item 5 is on the gastrostomy form (King's 4A), else 0. */
  recordKingsGastrostomy: Uint8Array;
  /** 1 when the record shows King's 4B (NIV) from items 10 and 12, else 0. */
  recordKingsNiv: Uint8Array;
  /** 1 when no region was involved and stage 1 was assumed, else 0. */
  recordKingsEstimatedNoRegion: Uint8Array;
  recordMitos: Uint8Array;
  // Per patient.
  /** Latest ALSFRS-R total, -1 when none. */
  latestTotal: Int16Array;
  /** ΔFS at the latest record, NaN when not computable. */
  progressionRate: Float64Array;
  /** Least-squares ALSFRS-R slope (points/month), NaN when not meaningful. */
  slopePerMonth: Float64Array;
  slopeStandardError: Float64Array;
  /** Combined King's stage (ALSFRS-R + clinical facts), 0 when not staged. */
  kingsStage: Uint8Array;
  /** 1 when the combined King's stage has the gastrostomy marker (4A), else 0. */
  kingsGastrostomy: Uint8Array;
  /** 1 when it has the NIV marker (4B), else 0. */
  kingsNiv: Uint8Array;
  /** 1 when no region was involved and stage 1 was assumed, else 0. */
  kingsEstimatedNoRegion: Uint8Array;
  /** MiToS stage, 255 when not staged or undetermined. */
  mitosStage: Uint8Array;
  encalsStatus: Uint8Array;
  linearPredictor: Float64Array;
  /** Median from onset conditional on being event-free at the assessment, NaN unless predicted. */
  medianMonthsFromOnset: Float64Array;
  /** Conditional survival at each horizon (patients × horizons, row-major), NaN unless predicted. */
  survivalAtHorizons: Float64Array;
  horizonsMonths: number[];
}

/**
 * Day numbers of ISO dates, memoised per run: a cohort has a few thousand distinct dates and a
 * million records, so each date string is parsed once (months = days / 365.25 * 12, as in
 * `monthsBetween`).
 */
class DayNumbers {
  private readonly memo = new Map<IsoDate, number>();
  of(date: IsoDate): number {
    let d = this.memo.get(date);
    if (d === undefined) {
      d = daysBetween('2000-01-01', date);
      this.memo.set(date, d);
    }
    return d;
  }
  months(from: IsoDate, to: IsoDate): number {
    return (this.of(to) - this.of(from)) / DAYS_PER_MONTH;
  }
}

/**
 * The lists the batch's readers open (its own ALSFRS-R loop, King's clinical facts, ENCALS): its view
 * cuts these only. The readers' types name their lists, so one that read another would not compile.
 */
const COHORT_LISTS = [...new Set(['alsfrsr', ...KINGS_CLINICAL_LISTS, ...ENCALS_LISTS] as const)];

function countRecords(cases: readonly PatientCase[]): number {
  let n = 0;
  for (const c of cases) n += c.alsfrsr?.length ?? 0;
  return n;
}

/**
 * Evaluate every patient of a cohort.
 *
 * @example const r = evaluateCohort(cases, { asOf: '2025-01-01', definiteElEscorial: () => false });
 *          r.kingsStage[0] // 1..5 (0 = not staged)
 */
export function evaluateCohort(cases: readonly PatientCase[], opts: CohortOptions): CohortResult {
  const fs = resolveFunctionSettings(opts.functionSettings);
  const ps = resolvePrognosisSettings(opts.prognosisSettings);
  const n = cases.length;
  const cap = countRecords(cases);
  const horizons = ps.horizonsMonths;
  const r: CohortResult = {
    patients: n,
    records: 0,
    invalidRecords: 0,
    ids: new Array<string>(n),
    recordPatient: new Int32Array(cap),
    recordTotal: new Uint8Array(cap),
    recordBulbar: new Uint8Array(cap),
    recordFineMotor: new Uint8Array(cap),
    recordGrossMotor: new Uint8Array(cap),
    recordRespiratory: new Uint8Array(cap),
    recordMonthsFromOnset: new Float64Array(cap),
    recordDeltaFs: new Float64Array(cap),
    recordKingsStage: new Uint8Array(cap),
    recordKingsGastrostomy: new Uint8Array(cap),
    recordKingsNiv: new Uint8Array(cap),
    recordKingsEstimatedNoRegion: new Uint8Array(cap),
    recordMitos: new Uint8Array(cap),
    latestTotal: new Int16Array(n),
    progressionRate: new Float64Array(n),
    slopePerMonth: new Float64Array(n),
    slopeStandardError: new Float64Array(n),
    kingsStage: new Uint8Array(n),
    kingsGastrostomy: new Uint8Array(n),
    kingsNiv: new Uint8Array(n),
    kingsEstimatedNoRegion: new Uint8Array(n),
    mitosStage: new Uint8Array(n),
    encalsStatus: new Uint8Array(n),
    linearPredictor: new Float64Array(n),
    medianMonthsFromOnset: new Float64Array(n),
    survivalAtHorizons: new Float64Array(n * horizons.length),
    horizonsMonths: [...horizons],
  };
  const days = new DayNumbers();
  const xs: number[] = [];
  const ys: number[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = cases[i]!;
    const asOf = typeof opts.asOf === 'function' ? opts.asOf(c, i) : opts.asOf;
    r.ids[i] = c.patient.id;
    // The case as known on asOf, the lists read here only: records validated once there, in date order.
    const view = caseAsOf(c, asOf, COHORT_LISTS);
    const onset = view.case.history?.onsetDate;
    let latest: AlsfrsrRecord | undefined;
    let latestMonths = Number.NaN;
    let latestTotal = -1;
    xs.length = 0;
    ys.length = 0;
    let firstDate: IsoDate | undefined;
    let lastDate: IsoDate | undefined;
    let refDate: IsoDate | undefined;
    r.invalidRecords += view.alsfrsrRejected.length;
    for (const { record: rec } of view.alsfrsr) {
      // The domain sums of scoreAlsfrsr, without its objects (hot loop over a million records).
      const bulbar = rec.speech + rec.salivation + rec.swallowing;
      const fine = rec.handwriting + item5Score(rec) + rec.dressing;
      const gross = rec.turningInBed + rec.walking + rec.climbingStairs;
      const resp = rec.dyspnoea + rec.orthopnoea + rec.respiratoryInsufficiency;
      const total = bulbar + fine + gross + resp;
      const months = onset ? days.months(onset, rec.date) : Number.NaN;
      r.recordPatient[k] = i;
      r.recordTotal[k] = total;
      r.recordBulbar[k] = bulbar;
      r.recordFineMotor[k] = fine;
      r.recordGrossMotor[k] = gross;
      r.recordRespiratory[k] = resp;
      r.recordMonthsFromOnset[k] = months;
      r.recordDeltaFs[k] = deltaFsValue(total, months, fs.deltaFsMinMonthsFromOnset) ?? Number.NaN;
      // The packed code stays in this loop; the columns carry its named parts.
      const code = kingsCodeFromAlsfrsr(rec);
      r.recordKingsStage[k] = code & 7;
      r.recordKingsGastrostomy[k] = (code >> 3) & 1;
      r.recordKingsNiv[k] = (code >> 4) & 1;
      r.recordKingsEstimatedNoRegion[k] = (code >> 5) & 1;
      r.recordMitos[k] = mitosStageFromAlsfrsr(rec);
      k++;
      if (firstDate === undefined || rec.date < firstDate) firstDate = rec.date;
      if (lastDate === undefined || rec.date > lastDate) lastDate = rec.date;
      if (!latest || rec.date >= latest.date) {
        latest = rec;
        latestMonths = months;
        latestTotal = total;
      }
      // A least-squares slope does not depend on the time origin: months from onset when known,
      // else from the first record.
      refDate ??= rec.date;
      xs.push(onset ? months : days.months(refDate, rec.date));
      ys.push(total);
    }
    const visits = k - r.records;
    r.records = k;
    r.latestTotal[i] = latestTotal;
    r.progressionRate[i] = latest
      ? (deltaFsValue(latestTotal, latestMonths, fs.deltaFsMinMonthsFromOnset) ?? Number.NaN)
      : Number.NaN;
    const span = firstDate !== undefined && lastDate !== undefined ? days.months(firstDate, lastDate) : 0;
    // The slope and its standard error only: the batch keeps no confidence interval to solve a t quantile for.
    const fit = slopeIsMeaningful(visits, span, fs.slope) ? leastSquaresLine(xs, ys) : null;
    r.slopePerMonth[i] = fit ? fit.slope : Number.NaN;
    r.slopeStandardError[i] = fit?.standardError ?? Number.NaN;

    const clin = kingsClinicalFacts(view);
    const kings = stageKings(latest, undefined, clin);
    if (kings.kind === 'staged') {
      r.kingsStage[i] = kings.stage;
      r.kingsGastrostomy[i] = kings.gastrostomy ? 1 : 0;
      r.kingsNiv[i] = kings.niv ? 1 : 0;
      r.kingsEstimatedNoRegion[i] = kings.estimatedNoRegion ? 1 : 0;
    }
    const mitos = stageMitos(latest, undefined, clin.deathDate);
    r.mitosStage[i] = mitos.kind === 'staged' ? mitos.stage : 255;

    const def = opts.definiteElEscorial?.(c, i);
    const e = encalsCore(view, def === undefined ? {} : { definiteElEscorial: def }, ps);
    const h0 = i * horizons.length;
    if (e.kind === 'predicted') {
      r.encalsStatus[i] = ENCALS_STATUS[e.model];
      r.linearPredictor[i] = e.linearPredictor;
      r.medianMonthsFromOnset[i] = e.conditionalMedianMonthsFromOnset;
      for (let h = 0; h < horizons.length; h++) {
        r.survivalAtHorizons[h0 + h] = encalsSurvival(e.tauMonths + horizons[h]!, e.linearPredictor) / e.survivalAtTau;
      }
    } else {
      r.encalsStatus[i] = e.kind === 'declined' ? ENCALS_STATUS.declined : ENCALS_STATUS.insufficient;
      r.linearPredictor[i] = Number.NaN;
      r.medianMonthsFromOnset[i] = Number.NaN;
      for (let h = 0; h < horizons.length; h++) r.survivalAtHorizons[h0 + h] = Number.NaN;
    }
  }
  // Columns were sized for every record; keep views of the ones scored.
  r.recordPatient = r.recordPatient.subarray(0, k);
  r.recordTotal = r.recordTotal.subarray(0, k);
  r.recordBulbar = r.recordBulbar.subarray(0, k);
  r.recordFineMotor = r.recordFineMotor.subarray(0, k);
  r.recordGrossMotor = r.recordGrossMotor.subarray(0, k);
  r.recordRespiratory = r.recordRespiratory.subarray(0, k);
  r.recordMonthsFromOnset = r.recordMonthsFromOnset.subarray(0, k);
  r.recordDeltaFs = r.recordDeltaFs.subarray(0, k);
  r.recordKingsStage = r.recordKingsStage.subarray(0, k);
  r.recordKingsGastrostomy = r.recordKingsGastrostomy.subarray(0, k);
  r.recordKingsNiv = r.recordKingsNiv.subarray(0, k);
  r.recordKingsEstimatedNoRegion = r.recordKingsEstimatedNoRegion.subarray(0, k);
  r.recordMitos = r.recordMitos.subarray(0, k);
  return r;
}
