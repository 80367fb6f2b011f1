/**
 * The ENCALS prediction without its presentation (no curve, no dates): population check,
 * predictors, model choice, linear predictor, medians. Shared by evaluatePrognosis and the batch.
 */
import { type IsoDate, insufficient, monthsBetween } from '../common/index.js';
import {
  type EncalsModelId,
  type EncalsPredictors,
  encalsConditionalMedianMonthsFromOnset,
  encalsLinearPredictor,
  encalsMedianMonthsFromOnset,
  encalsSurvival,
} from './encals.js';
import { type OutsidePopulation, outsideEncalsPopulation } from './population.js';
import { type EncalsView, type GatheredPredictors, gatherEncalsPredictors, type PrognosisInput } from './predictors.js';
import type { PrognosisSettings } from './settings.js';

export type EncalsCore =
  | {
      kind: 'predicted';
      model: EncalsModelId;
      predictors: EncalsPredictors;
      gathered: GatheredPredictors;
      linearPredictor: number;
      /** Months from onset to the assessment. */
      tauMonths: number;
      survivalAtTau: number;
      /** Median from onset, conditional on being event-free at the assessment. */
      conditionalMedianMonthsFromOnset: number;
      unconditionalMedianMonthsFromOnset: number;
      onsetDate: IsoDate;
    }
  | ({ kind: 'declined' } & OutsidePopulation)
  | { kind: 'insufficient'; needs: string[]; reason: string; refusals: string[] };

/** The prediction from the case as known on its date (`caseAsOf`: the ALSFRS-R already validated). */
export function encalsCore(v: EncalsView, input: PrognosisInput, s: PrognosisSettings): EncalsCore {
  const asOf = v.asOf;
  const outside = outsideEncalsPopulation(v);
  if (outside) return { kind: 'declined', ...outside };
  const g = gatherEncalsPredictors(v, input, s);
  const onsetDate = v.case.history?.onsetDate;
  if (!g.predictors || !onsetDate) {
    if (g.needs.length > 0)
      return { ...insufficient(g.needs, g.refusals.join('; ') || undefined), refusals: g.refusals };
    return { kind: 'insufficient', needs: [], reason: `not computed: ${g.refusals.join('; ')}`, refusals: g.refusals };
  }
  const model: EncalsModelId = g.c9orf72Known ? 'encals8' : 'tricals7';
  const lp = encalsLinearPredictor(g.predictors, model);
  const tau = Math.max(0, monthsBetween(onsetDate, asOf));
  return {
    kind: 'predicted',
    model,
    predictors: g.predictors,
    gathered: g,
    linearPredictor: lp,
    tauMonths: tau,
    survivalAtTau: encalsSurvival(tau, lp),
    conditionalMedianMonthsFromOnset: encalsConditionalMedianMonthsFromOnset(tau, lp),
    unconditionalMedianMonthsFromOnset: encalsMedianMonthsFromOnset(lp),
    onsetDate,
  };
}
