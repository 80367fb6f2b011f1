/**
 * Care engine: guideline rules as data (rules/*) run by a small interpreter (evaluate.ts) over the
 * patient facts (facts.ts readers) and the context from other layers (types.ts CareContext);
 * recorded decisions (decisions.ts), drug approvals by jurisdiction and formulation (approvals.ts,
 * approvals-table.ts) with their label restrictions (label-restrictions.ts), clinic
 * settings (settings.ts), sources (sources.ts), text rendering (render.ts).
 */
export type {
  ApprovalEvent,
  ApprovalStatus,
  DatePrecision,
  DmtDrug,
  Formulation,
  LineStatus,
  PartialDate,
} from './approvals.js';
export {
  APPROVAL_EVENTS,
  approvalStatus,
  approvalsFor,
  DMT_DRUGS,
  datePrecision,
  eventWindow,
  FORMULATIONS,
  formulationStatuses,
  isOfferable,
  isWithdrawn,
  licensedFormulations,
  OFFERABLE_STATUSES,
} from './approvals.js';
export { isFastProgressor, respiratoryTestIntervalMonths, visitIntervalMonths } from './cadence.js';
export type { DecisionOutcome } from './decisions.js';
export { applyDecision, currentMeasures, decisionWorsening, isWorse, latestDecision } from './decisions.js';
export { evaluateCare, evaluateCareView, evaluateCareWith } from './evaluate.js';
export {
  LABEL_RESTRICTIONS,
  type LabelAdvice,
  type LabelCaution,
  type LabelRestriction,
  type LabelRestrictionCode,
  labelCautions,
} from './label-restrictions.js';
export { TRIGGER_MEASURES, WORSENING } from './measures.js';
export { CARE_REASON_TEMPLATES, type CareReasonTemplates, renderCareReason } from './reasons.js';
export { formatSource, renderCareText } from './render.js';
export { NIV_CRITERIA, type NivCriterion } from './rules/breathing.js';
export { CARE_RULES } from './rules/catalogue.js';
export { CARE_RULE_CODES, type CareRuleCode, isCareRuleCode } from './rules/codes.js';
export { type CareSettings, DEFAULT_CARE_SETTINGS, resolveCareSettings } from './settings.js';
export * as CARE_SOURCES from './sources.js';
export type {
  CareAssessment,
  CareContext,
  CareDataNote,
  CareDomain,
  CareEnv,
  CareInsufficient,
  CareReason,
  CareReasonParams,
  CareRecommendation,
  CareRule,
  Jurisdiction,
  Priority,
  RecommendationStatus,
  RuleHit,
  SuppressedRecommendation,
  TriggerFact,
  TriggerResult,
  Worsening,
} from './types.js';
export { JURISDICTIONS, PRIORITY_ORDER } from './types.js';
export { renderWorseningTable } from './worsening-table.js';
