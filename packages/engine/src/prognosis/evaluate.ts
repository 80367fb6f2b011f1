/**
 * evaluatePrognosis: the ENCALS prediction (Westeneng 2018) for a patient event-free at the
 * assessment date: linear predictor, survival curve from onset, the median found by solving,
 * survival at 12/24/36/60 months from the assessment conditioned on being event-free then.
 */
import { addMonths, type Insufficient, type IsoDate, type Source } from '../common/index.js';
import type { PatientCase } from '../facts/index.js';
import { type CaseView, caseAsOf } from '../view/asOf.js';
import { encalsCore } from './core.js';
import {
  ENCALS_MODELS,
  type EncalsModelId,
  type EncalsPredictors,
  type EncalsTerms,
  encalsSurvival,
  encalsTerms,
} from './encals.js';
import type { DeclineCode } from './population.js';
import type { PrognosisInput } from './predictors.js';
import {
  type PrognosisSettings,
  type RiskGroupLabel,
  resolvePrognosisSettings,
  riskGroupOfMedian,
} from './settings.js';
import { PROGNOSIS_SOURCES } from './sources.js';

/** One point of the curve; its calendar date is `onsetDate` + `monthsFromOnset` (365.25/12-day months). */
export interface SurvivalPoint {
  monthsFromOnset: number;
  /** S(t): event-free probability from onset (the model's curve). */
  survival: number;
  /** S(t) / S(assessment) for t at or after the assessment; null before it. */
  conditionalSurvival: number | null;
}

export interface HorizonSurvival {
  horizonMonths: number;
  date: IsoDate;
  /** P(event-free at the horizon | event-free at the assessment). */
  probability: number;
}

export type EncalsPrediction =
  | {
      kind: 'predicted';
      model: EncalsModelId;
      modelName: string;
      linearPredictor: number;
      predictors: EncalsPredictors;
      terms: EncalsTerms;
      /** Months from onset to the assessment date (the conditioning time). */
      assessmentMonthsFromOnset: number;
      survivalAtAssessment: number;
      /**
       * Months from onset at which half of the patients like this one, event-free at the assessment
       * date, have had the event: S(t) / S(assessment) = 0.5, i.e. S(t) = S(assessment) / 2. The
       * figure for the person in the room; never earlier than the assessment.
       */
      medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf: number;
      /**
       * Months from onset at which S(t) = 0.5, for the whole population at onset (the median the
       * paper reports, Westeneng 2018); ignores that this patient is event-free at the assessment,
       * so it can lie before the assessment date. The risk groups are read from it.
       */
      medianSurvivalMonthsFromOnsetUnconditional: number;
      /** The date of the conditional median (onset + medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf). */
      medianSurvivalDate: IsoDate;
      /** Months from the assessment to the conditional median. */
      medianRemainingMonths: number;
      /**
       * @deprecated since 0.2: the conditional median under an ambiguous name; read
       * `medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf`. Same value; removed in the next version.
       */
      medianSurvivalMonthsFromOnset: number;
      /**
       * @deprecated since 0.2: read `medianSurvivalMonthsFromOnsetUnconditional`. Same value;
       * removed in the next version.
       */
      unconditionalMedianMonthsFromOnset: number;
      survivalAtHorizons: HorizonSurvival[];
      /** Symptom onset: time zero of the curve. */
      onsetDate: IsoDate;
      survival: SurvivalPoint[];
      riskGroup: { label: RiskGroupLabel; approximation: true; source: Source } | null;
      outcome: string;
      notes: string[];
      cautions: string[];
      sources: Source[];
    }
  | { kind: 'declined'; code: DeclineCode; date: IsoDate | null; reason: string; source: Source }
  | (Insufficient & { refusals: string[] });

export interface PrognosisAssessment {
  asOf: IsoDate;
  encals: EncalsPrediction;
  settings: PrognosisSettings;
}

const OUTCOME = 'composite survival: death, tracheostomy or NIV over 23 hours a day';

function curve(tau: number, lp: number, s: PrognosisSettings): SurvivalPoint[] {
  const end = Math.max(s.curveMinEndMonthsFromOnset, Math.ceil(tau) + 60);
  const sTau = encalsSurvival(tau, lp);
  const points: SurvivalPoint[] = [];
  const step = s.curveStepMonths > 0 ? s.curveStepMonths : 1;
  const push = (t: number) => {
    const st = encalsSurvival(t, lp);
    points.push({
      monthsFromOnset: t,
      survival: st,
      conditionalSurvival: t >= tau ? st / sTau : null,
    });
  };
  let tauAdded = false;
  for (let t = step; t <= end + 1e-9; t += step) {
    if (!tauAdded && tau < t) {
      if (tau > 0) push(tau);
      tauAdded = true;
    }
    push(t);
  }
  return points;
}

/**
 * The ENCALS prediction as of `asOf`. `input.definiteElEscorial` comes from the diagnosis engine.
 *
 * @example evaluatePrognosis(c, '2025-06-01', { definiteElEscorial: false }).encals.medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf
 */
export function evaluatePrognosis(
  c: PatientCase,
  asOf: IsoDate,
  input: PrognosisInput,
  settings?: Partial<PrognosisSettings>,
): PrognosisAssessment {
  return evaluatePrognosisView(caseAsOf(c, asOf), input, settings);
}

/** The ENCALS prediction from the case as known on its date (`caseAsOf`). */
export function evaluatePrognosisView(
  v: CaseView,
  input: PrognosisInput,
  settings?: Partial<PrognosisSettings>,
): PrognosisAssessment {
  const s = resolvePrognosisSettings(settings);
  const asOf = v.asOf;
  const core = encalsCore(v, input, s);
  if (core.kind === 'declined') {
    const { kind: _, ...outside } = core;
    return { asOf, settings: s, encals: { kind: 'declined', ...outside, source: PROGNOSIS_SOURCES.population } };
  }
  if (core.kind === 'insufficient') return { asOf, settings: s, encals: core };
  const { model, linearPredictor: lp, tauMonths: tau, survivalAtTau: sTau, gathered: g, onsetDate: onset } = core;
  const median = core.conditionalMedianMonthsFromOnset;
  const unconditional = core.unconditionalMedianMonthsFromOnset;
  const notes = [
    `predictors from the ALSFRS-R of ${g.alsfrsrDate} and the ${g.vitalCapacity?.kind} (${g.vitalCapacity?.posture}) of ${g.vitalCapacity?.date}`,
    `conditioned on being event-free at ${asOf} (${tau.toFixed(1)} months from onset, S = ${sTau.toFixed(3)})`,
  ];
  if (!g.c9orf72Known) {
    notes.unshift(
      'C9orf72 status unknown: the 7-predictor TRICALS risk profile is used instead of the 8-predictor model',
    );
  }
  const sources: Source[] = [ENCALS_MODELS[model].source, PROGNOSIS_SOURCES.roystonParmar];
  if (model === 'tricals7') sources.unshift(PROGNOSIS_SOURCES.encals);
  return {
    asOf,
    settings: s,
    encals: {
      kind: 'predicted',
      model,
      modelName: ENCALS_MODELS[model].name,
      linearPredictor: lp,
      predictors: core.predictors,
      terms: encalsTerms(core.predictors),
      assessmentMonthsFromOnset: tau,
      survivalAtAssessment: sTau,
      medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf: median,
      medianSurvivalMonthsFromOnsetUnconditional: unconditional,
      medianSurvivalDate: addMonths(onset, median),
      medianRemainingMonths: median - tau,
      medianSurvivalMonthsFromOnset: median,
      unconditionalMedianMonthsFromOnset: unconditional,
      survivalAtHorizons: s.horizonsMonths.map((h) => ({
        horizonMonths: h,
        date: addMonths(asOf, h),
        probability: encalsSurvival(tau + h, lp) / sTau,
      })),
      onsetDate: onset,
      survival: curve(tau, lp, s),
      riskGroup: s.riskGroups.show
        ? {
            label: riskGroupOfMedian(unconditional, s.riskGroups.medianCutoffsMonths),
            approximation: true,
            source: PROGNOSIS_SOURCES.riskGroups,
          }
        : null,
      outcome: OUTCOME,
      notes,
      cautions: g.cautions,
      sources,
    },
  };
}
