/** Every care rule Betz knows, in one table the interpreter runs (order is only for reading). */
import type { CareRule } from '../types.js';
import { BREATHING_RULES } from './breathing.js';
import { GENETICS_RULES } from './genetics.js';
import { MONITORING_RULES } from './monitoring.js';
import { NUTRITION_RULES } from './nutrition.js';
import { OTHER_DMT_RULES } from './other-dmt.js';
import { PLANNING_RULES } from './planning.js';
import { RILUZOLE_RULES } from './riluzole.js';
import { SYMPTOM_RULES } from './symptoms.js';
import { TEAM_RULES } from './team.js';

export const CARE_RULES: readonly CareRule[] = Object.freeze([
  ...RILUZOLE_RULES,
  ...OTHER_DMT_RULES,
  ...BREATHING_RULES,
  ...NUTRITION_RULES,
  ...SYMPTOM_RULES,
  ...GENETICS_RULES,
  ...TEAM_RULES,
  ...PLANNING_RULES,
  ...MONITORING_RULES,
]);
