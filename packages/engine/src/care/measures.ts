/**
 * The clinical measures a declinable care rule's trigger is read in. A recorded decision stores
 * one of them with its value (`CareDecision.triggerMeasure`, `triggerValue`), so "worse" is a
 * change in clinical units (FVC points, % weight loss, ALSFRS-R item points…), not a count.
 */
import type { TriggerMeasure } from '../facts/index.js';

export type { TriggerMeasure };

export const TRIGGER_MEASURES = {
  fvcPercentPredicted: { unit: '% predicted', label: 'FVC or VC' },
  snipCmH2O: { unit: 'cmH2O', label: 'SNIP' },
  mipCmH2O: { unit: 'cmH2O', label: 'MIP (magnitude)' },
  paco2MmHg: { unit: 'mmHg', label: 'PaCO2' },
  nocturnalSpo2At88Minutes: { unit: 'min', label: 'continuous minutes of nocturnal SpO2 <= 88 %' },
  orthopnoeaItem: { unit: 'ALSFRS-R points', label: 'ALSFRS-R orthopnoea (R2)' },
  nivCriteriaMet: { unit: 'criteria', label: 'NIV criteria met' },
  peakCoughFlowLPerMin: { unit: 'L/min', label: 'peak cough flow' },
  nivHoursPerDay: { unit: 'h/day', label: 'NIV use' },
  weightLossPercent: { unit: '% weight loss', label: 'weight loss from the reference weight' },
  bmiKgM2: { unit: 'kg/m2', label: 'BMI' },
  swallowingItem: { unit: 'ALSFRS-R points', label: 'ALSFRS-R swallowing (item 3)' },
  alsfrsrLowestItem: { unit: 'ALSFRS-R points', label: "lowest of the rule's ALSFRS-R items" },
  aminotransferaseTimesUln: { unit: 'x ULN', label: 'ALT or AST' },
  zaritScore: { unit: 'Zarit points', label: 'Zarit burden interview' },
} as const satisfies Record<TriggerMeasure, { unit: string; label: string }>;

/**
 * How a stored trigger value compares with today's: the measure, which direction is worse, and
 * the smallest change that counts (smaller changes are measurement noise), with its basis: a
 * source, or a product decision said as such.
 */
export interface Worsening {
  measure: TriggerMeasure;
  direction: 'lower' | 'higher';
  minChange: number;
  basis: string;
}

const PRODUCT = 'Betz product decision (no guideline sets a step)';
const ITEM_STEP = 'one point, the smallest change the ALSFRS-R can record (Cedarbaum 1999)';

/** The worsening steps of the declinable care rules, one per measure and direction. */
export const WORSENING = {
  fvcFall: {
    measure: 'fvcPercentPredicted',
    direction: 'lower',
    minChange: 5,
    basis: `${PRODUCT}: a fall under 5 points of % predicted is within the session-to-session variation of vital capacity`,
  },
  snipFall: { measure: 'snipCmH2O', direction: 'lower', minChange: 10, basis: PRODUCT },
  mipFall: { measure: 'mipCmH2O', direction: 'lower', minChange: 10, basis: PRODUCT },
  paco2Rise: { measure: 'paco2MmHg', direction: 'higher', minChange: 3, basis: PRODUCT },
  desaturationRise: {
    measure: 'nocturnalSpo2At88Minutes',
    direction: 'higher',
    minChange: 5,
    basis: 'the size of the CMS criterion itself (SpO2 <= 88 % for 5 minutes)',
  },
  orthopnoeaFall: { measure: 'orthopnoeaItem', direction: 'lower', minChange: 1, basis: ITEM_STEP },
  nivCriterionAdded: {
    measure: 'nivCriteriaMet',
    direction: 'higher',
    minChange: 1,
    basis: 'each further NIV criterion met (how decisions were read before measures were stored)',
  },
  peakCoughFlowFall: { measure: 'peakCoughFlowLPerMin', direction: 'lower', minChange: 20, basis: PRODUCT },
  nivHoursRise: { measure: 'nivHoursPerDay', direction: 'higher', minChange: 4, basis: PRODUCT },
  nivHoursFall: { measure: 'nivHoursPerDay', direction: 'lower', minChange: 1, basis: PRODUCT },
  weightLossRise: {
    measure: 'weightLossPercent',
    direction: 'higher',
    minChange: 2.5,
    basis: `${PRODUCT}: half the distance between the 5 % and 10 % weight-loss thresholds (care reference G4, G5)`,
  },
  bmiFall: { measure: 'bmiKgM2', direction: 'lower', minChange: 0.5, basis: PRODUCT },
  swallowingFall: { measure: 'swallowingItem', direction: 'lower', minChange: 1, basis: ITEM_STEP },
  itemFall: { measure: 'alsfrsrLowestItem', direction: 'lower', minChange: 1, basis: ITEM_STEP },
  aminotransferaseRise: { measure: 'aminotransferaseTimesUln', direction: 'higher', minChange: 1, basis: PRODUCT },
  zaritRise: { measure: 'zaritScore', direction: 'higher', minChange: 5, basis: PRODUCT },
} as const satisfies Record<string, Worsening>;
