export type {
  AwajiCategory,
  AwajiResult,
  DiagnosisAssessment,
  ElEscorialCategory,
  ElEscorialResult,
  FamilialLabSupported,
  GoldCoastCondition,
  GoldCoastConditionState,
  GoldCoastResult,
  TraceStep,
} from './assessment.js';
export type { CatalogueEntry, InvestigationCode, WorkupGroup } from './catalogue.js';
export { CATALOGUE, CORE_TESTS, INVESTIGATION_CODES, isInvestigationCode } from './catalogue.js';
export type {
  ChangeCode,
  ChangeExamplesKey,
  ChangeParams,
  ChangeParamValue,
  ChangeTemplates,
  DenervationKey,
  EmgPhrasing,
} from './changeText.js';
export {
  CHANGE_CODES,
  CHANGE_EXAMPLES,
  CHANGE_TEMPLATES,
  DENERVATION_TEXT,
  renderChangeAction,
} from './changeText.js';
export type { Classification, Clause, GoldCoastDistribution, RegionSets } from './classify.js';
export {
  AWAJI_ORDER,
  classifyAwaji,
  classifyElEscorial,
  classifyGoldCoastDistribution,
  EL_ESCORIAL_ORDER,
} from './classify.js';
export type { MuscleEvidence, RegionEmgEvidence } from './emg.js';
export type { StudyEmgEvaluation, StudyRegionEmg } from './emgStudy.js';
export { evaluateEmgStudyRegions } from './emgStudy.js';
export type { DiagnosisEngine } from './evaluate.js';
export { createDiagnosisEngine, evaluateDiagnosis, evaluateDiagnosisView } from './evaluate.js';
export { GOLD_COAST_WORDING } from './goldCoast.js';
export { MIMICS, type Mimic, type MimicCode } from './mimics.js';
export type { ChangeAction, ChangeAlternative, WhatWouldChange } from './phrase.js';
export type { PrerequisiteStatus } from './prerequisites.js';
export { PREREQUISITE_TEXT } from './prerequisites.js';
export { isRedFlagCode, RED_FLAG_CODES, type RedFlagCode } from './redFlagCodes.js';
export type { PictureClause, RedFlag, RedFlagNotJudged, RedFlagRule, RedFlagTest } from './redFlags.js';
export { CK_RED_FLAG_IU_PER_L, RED_FLAG_RULES, YOUNG_ONSET_AGE_YEARS } from './redFlags.js';
export type { RegionEvidence, RegionSetEvidence } from './regionEvidence.js';
export { CATEGORY_LABEL, renderDiagnosisText } from './render.js';
export type { DiagnosisSettings, SettingUsed } from './settings.js';
export {
  DEFAULT_DIAGNOSIS_SETTINGS,
  resolveSettings,
  SETTING_MEANINGS,
  SETTING_NAMES,
  settingsUsed,
} from './settings.js';
export type { CriteriaSet } from './signs.js';
export { UMN_SIGN_LABEL, UMN_SIGNS_BY_REGION } from './signs.js';
export type { SignOnSide, TraceCode, TraceParams, TraceParamValue, TraceTemplates } from './traceText.js';
export { PROGRESSION_TEXT, renderTraceDetail, TRACE_CODES, TRACE_TEMPLATES } from './traceText.js';
export type { ExclusionStatus, NamedTest, WorkupItem, WorkupStatus } from './workup.js';
export { ALSO_SATISFIED_BY, renderWorkupTables, WORKUP_PHENOTYPES, workupFor } from './workup-table.js';
