export type { CohortOptions, CohortResult } from './cohort.js';
export { ENCALS_STATUS, evaluateCohort } from './cohort.js';
export type { StagedColumns, StageItem, StagingColumns } from './columns.js';
export {
  allocateStagedColumns,
  allocateStagingColumns,
  ITEM_MISSING,
  NOT_STAGED,
  problemItemNames,
  ROW_STATUS,
  STAGE_ITEMS,
  stageColumns,
} from './columns.js';
