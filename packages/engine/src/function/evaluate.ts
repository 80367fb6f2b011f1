/**
 * evaluateFunction: a patient's ALSFRS-R (and original ALSFRS, kept apart), progression rate,
 * slope, weight, vital capacity and the per-visit timeline, as of a date.
 */
import { type Insufficient, type IsoDate, insufficient, type Source } from '../common/index.js';
import type { Administration, PatientCase } from '../facts/index.js';
import type { AlsfrsOriginalScore, AlsfrsrScore } from '../instruments/score.js';
import { type CaseView, caseAsOf } from '../view/asOf.js';
import { type DeltaFsResult, deltaFs, type ProgressionBand, progressionBand } from './progression.js';
import type { RecordProblem } from './records.js';
import { type FunctionSettings, resolveFunctionSettings } from './settings.js';
import { FUNCTION_SOURCES } from './sources.js';
import { type FunctionTimelinePoint, functionTimeline } from './timeline.js';
import { type TrendResult, trendAcrossVisits } from './trend.js';
import { assessVitalCapacity, type VitalCapacityAssessment } from './vitalCapacity.js';
import { assessWeight, type WeightAssessment } from './weight.js';

export type AlsfrsrCurrent = AlsfrsrScore & {
  kind: 'scored';
  administeredBy: Administration | null;
  respondedBy: 'patient' | 'caregiver' | null;
  source: Source;
};

export type AlsfrsOriginalCurrent = AlsfrsOriginalScore & { kind: 'scored'; source: Source };

export interface FunctionAssessment {
  asOf: IsoDate;
  /** The latest valid ALSFRS-R on or before `asOf`. */
  alsfrsr: AlsfrsrCurrent | Insufficient;
  /** The latest original ALSFRS (0-40), reported separately; null when none was recorded. */
  alsfrsOriginal: AlsfrsOriginalCurrent | null;
  /** ΔFS in points/month (>= 0 = decline), or null; `progressionRateReason` says why. */
  progressionRate: number | null;
  progressionRateReason: string;
  progression: DeltaFsResult | Insufficient;
  /** ALSFRS-R total slope across visits (points/month, negative = decline). */
  slope: TrendResult;
  /** Band of the slope's decline rate; null unless the slope is meaningful. */
  slopeBand: ProgressionBand | null;
  weight: WeightAssessment;
  vitalCapacity: VitalCapacityAssessment;
  timeline: FunctionTimelinePoint[];
  /** Records left out because they fail validation, with their path in the case. */
  problems: RecordProblem[];
  settings: FunctionSettings;
}

/**
 * Function measures as of `asOf` (no clock: records after `asOf` are ignored).
 *
 * @example evaluateFunction(c, '2025-06-01').alsfrsr // { kind: 'scored', total: 38, domains: {…}, … }
 */
export function evaluateFunction(
  c: PatientCase,
  asOf: IsoDate,
  settings?: Partial<FunctionSettings>,
): FunctionAssessment {
  return evaluateFunctionView(caseAsOf(c, asOf), settings);
}

/** Function measures from the case as known on its date (`caseAsOf`): records validated and scored there. */
export function evaluateFunctionView(v: CaseView, settings?: Partial<FunctionSettings>): FunctionAssessment {
  const s = resolveFunctionSettings(settings);
  const c = v.case;
  const latest = v.alsfrsr.at(-1);
  const latestOriginal = v.alsfrsOriginal.at(-1);

  const alsfrsr: AlsfrsrCurrent | Insufficient = latest
    ? {
        kind: 'scored',
        ...latest.score,
        administeredBy: latest.record.administeredBy ?? null,
        respondedBy: latest.record.respondedBy ?? null,
        source: FUNCTION_SOURCES.alsfrsr,
      }
    : insufficient(
        ['alsfrsr'],
        v.alsfrsrRejected.length > 0 ? 'no valid ALSFRS-R record on or before the assessment date' : undefined,
      );

  const progression: DeltaFsResult | Insufficient =
    alsfrsr.kind === 'scored'
      ? deltaFs(alsfrsr.total, c.history?.onsetDate, alsfrsr.date, s.deltaFsMinMonthsFromOnset, s.progressionBands)
      : alsfrsr;
  const progressionRate = progression.kind === 'computed' ? progression.pointsPerMonth : null;

  const onset = c.history?.onsetDate;
  const slope = trendAcrossVisits(
    v.alsfrsr.map((r) => ({ date: r.record.date, value: r.score.total })),
    {
      rules: s.slope,
      path: 'alsfrsr',
      ...(s.slope.anchorAtOnset && onset ? { anchor: { date: onset, value: 48 } } : {}),
    },
  );

  return {
    asOf: v.asOf,
    alsfrsr,
    alsfrsOriginal: latestOriginal
      ? { kind: 'scored', ...latestOriginal.score, source: FUNCTION_SOURCES.alsfrsOriginal }
      : null,
    progressionRate,
    progressionRateReason: progression.reason,
    progression,
    slope,
    slopeBand: slope.kind === 'meaningful' ? progressionBand(-slope.fit.slopePerMonth, s.progressionBands) : null,
    weight: assessWeight(v, s.diagnosisWeightWindowDays),
    vitalCapacity: assessVitalCapacity(v, s.vitalCapacitySlope),
    timeline: functionTimeline(v, s),
    problems: [...v.alsfrsrRejected, ...v.alsfrsOriginalRejected].flatMap((r) => r.problems),
    settings: s,
  };
}
