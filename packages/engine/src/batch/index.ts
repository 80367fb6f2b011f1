export type { CohortOptions, CohortResult } from './cohort.js';
export { ENCALS_STATUS, evaluateCohort } from './cohort.js';
