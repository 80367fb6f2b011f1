export {
  ALS_CAUSATIVE_GENES,
  BROAD_ALS_PANEL,
  canonicalGeneSymbol,
  GENES,
  type GeneEntry,
  type GenePanel,
  type GeneRole,
  type GeneSymbol,
  MINIMUM_ALS_PANEL,
  normaliseGeneSymbol,
} from './genes.js';
export type { IndexedResult } from './panel.js';
export {
  isPositive,
  positiveInGene,
  positiveResults,
  resultsForGene,
  unresolvedVus,
  untestedMinimumGenes,
} from './panel.js';
export { TOFERSEN_INDICATION, type TofersenEligibility, tofersenEligibility } from './tofersen.js';
