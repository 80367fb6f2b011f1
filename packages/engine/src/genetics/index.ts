export type { IndexedResult } from './panel.js';
export {
  BROAD_ALS_PANEL,
  isPositive,
  MINIMUM_ALS_PANEL,
  positiveInGene,
  positiveResults,
  resultsForGene,
  unresolvedVus,
  untestedMinimumGenes,
} from './panel.js';
export { GENETICS_RULES } from './rules.js';
export { TOFERSEN_INDICATION, type TofersenEligibility, tofersenEligibility } from './tofersen.js';
