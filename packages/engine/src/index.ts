/**
 * @betz/engine: the clinical knowledge of Betz, as pure functions of plain data.
 * No I/O, no clock, no runtime dependencies.
 */
export * from './anatomy/index.js';
export type { Assessment, AssessmentSettings } from './assess.js';
export { assess, careContext, latestFactDate, prognosisInput, renderAssessmentText } from './assess.js';
export * from './attention/index.js';
export * from './batch/index.js';
export * from './care/index.js';
export type { ClinicSettings, ClinicSettingsInput } from './clinicSettings.js';
export {
  assessmentSettingsOf,
  clinicSettingsUsed,
  DEFAULT_CLINIC_SETTINGS,
  DIAGNOSIS_SETTING_VALUES,
  renderClinicSettingsText,
  resolveClinicSettings,
} from './clinicSettings.js';
export * from './cohort/index.js';
export type {
  CohortSurvival,
  CohortSurvivalOptions,
  ExcludedPatient,
  SurvivalGroup,
  SurvivalGrouping,
  SurvivalOrigin,
  SurvivalSubject,
} from './cohortSurvival.js';
export {
  cohortSurvival,
  firstVisitDate,
  geneticsGroup,
  SURVIVAL_CENSORING,
  SURVIVAL_ENDPOINT,
  SURVIVAL_GROUPINGS,
} from './cohortSurvival.js';
export * from './common/index.js';
export * from './diagnosis/index.js';
export type { Engine } from './engine.js';
export { createEngine } from './engine.js';
export { describeCasePath, describeNeeds, indefiniteArticle, kindWithArticle } from './facts/describe.js';
export * from './facts/drugs.js';
export type * from './facts/index.js';
export { CASE_FACT_KINDS, FACT_KIND_CATALOGUE, factApiPath, factKindEntry, kebabCase } from './facts/kinds.js';
export { VOCABULARY } from './facts/vocabulary.js';
export * from './function/index.js';
export * from './genetics/index.js';
export * from './prognosis/index.js';
export * from './staging/index.js';
export * from './view/index.js';
