/** Codes several rule files refer to (decisions recorded against them change other rules). */

/** Recommendations that propose a gastrostomy: accepting one sends the referral; declining one opens palliative options. */
export const GASTROSTOMY_CODES: readonly string[] = [
  'nutrition.gastrostomy.discuss',
  'nutrition.gastrostomy.beforeFvcBelow50',
  'nutrition.gastrostomy.radiological',
  'nutrition.weightLossSevere',
  'nutrition.lowBmi',
];

/** Recommendations that propose ventilation: declining one counts as declining ventilation (Medicare hospice). */
export const VENTILATION_CODES: readonly string[] = ['breathing.niv.offer', 'breathing.tracheostomyDiscussion'];
