export type { EncalsCore } from './core.js';
export { encalsCore } from './core.js';
export type { EncalsBetas, EncalsModel, EncalsModelId, EncalsPredictors, EncalsTerms } from './encals.js';
export {
  ENCALS_MODELS,
  encalsBaselineLogOdds,
  encalsConditionalMedianMonthsFromOnset,
  encalsConditionalSurvival,
  encalsLinearPredictor,
  encalsMedianMonthsFromOnset,
  encalsSurvival,
  encalsTerms,
  encalsTimeAtSurvival,
} from './encals.js';
export type { EncalsPrediction, HorizonSurvival, PrognosisAssessment, SurvivalPoint } from './evaluate.js';
export { evaluatePrognosis, evaluatePrognosisView } from './evaluate.js';
export type { CompositeEndpoint, DeclineCode, OutsidePopulation } from './population.js';
export { compositeEndpoint, outsideEncalsPopulation } from './population.js';
export type { GatheredPredictors, PrognosisInput } from './predictors.js';
export { c9orf72Status, gatherEncalsPredictors } from './predictors.js';
export { renderPrognosisText } from './render.js';
export type { PrognosisSettings, RiskGroupLabel } from './settings.js';
export { DEFAULT_PROGNOSIS_SETTINGS, resolvePrognosisSettings, riskGroupOfMedian } from './settings.js';
export { PROGNOSIS_SOURCES } from './sources.js';
