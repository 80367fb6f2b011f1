/**
 * Every care rule code, as data: the stable names a recommendation carries and a recorded decision
 * (`careDecisions[].code`) refers to. A rule's `code` is typed by this table, so a rule cannot
 * invent a code; catalogue.test.ts checks that every code here has its rule.
 */

/** The team disciplines with a referral rule, `team.refer.<discipline>` (care reference M4). */
export const REFERRAL_DISCIPLINES = [
  'speechAndLanguage',
  'dietitian',
  'physiotherapy',
  'occupationalTherapy',
  'respiratory',
  'socialWork',
  'psychology',
  'palliativeCare',
  'gastrostomyService',
] as const;

export type ReferralDiscipline = (typeof REFERRAL_DISCIPLINES)[number];

export const CARE_RULE_CODES = [
  'dmt.riluzole.offer',
  'dmt.riluzole.baselineLiverTests',
  'dmt.riluzole.liverTestSchedule',
  'dmt.riluzole.aminotransferasesAbove5xUln',
  'dmt.riluzole.aminotransferases3to5xUln',
  'dmt.riluzole.liverDysfunction',
  'dmt.riluzole.baselineBilirubin',
  'dmt.riluzole.feverCheckBloodCount',
  'dmt.riluzole.severeNeutropenia',
  'dmt.riluzole.interstitialLungDisease',
  'dmt.riluzole.cyp1a2Interaction',
  'dmt.riluzole.contraindicated',
  'dmt.riluzole.yearlyDiscussion',
  'dmt.edaravone.discuss',
  'dmt.edaravone.outsideTrialPopulation',
  'dmt.edaravone.sulfiteAllergy',
  'dmt.tofersen.offer',
  'dmt.tofersen.myelitisRadiculitis',
  'dmt.tofersen.papilloedema',
  'dmt.tofersen.asepticMeningitis',
  'dmt.pbTurso.discuss',
  'dmt.pbTurso.discussWithdrawal',
  'dmt.mecobalamin.discuss',
  'breathing.niv.offer',
  'breathing.fvcUnreliable',
  'breathing.coughAssist',
  'breathing.coughIneffective',
  'breathing.tracheostomyDiscussion',
  'breathing.nivAdherence',
  'breathing.oxygenWithoutNiv',
  'nutrition.weightLossModerate',
  'nutrition.weightLossSevere',
  'nutrition.lowBmi',
  'nutrition.dysphagia',
  'nutrition.gastrostomy.discuss',
  'nutrition.gastrostomy.beforeFvcBelow50',
  'nutrition.gastrostomy.radiological',
  'nutrition.gastrostomy.palliativeOptions',
  'symptoms.sialorrhoea',
  'symptoms.thickSecretions',
  'symptoms.pseudobulbarAffect',
  'symptoms.spasticity',
  'symptoms.cramps',
  'symptoms.quinineWarning',
  'symptoms.pain',
  'symptoms.mood',
  'symptoms.sleep',
  'symptoms.fatigue',
  'symptoms.cognitiveBehaviouralChange',
  'symptoms.communication',
  'symptoms.voiceBanking',
  'symptoms.mobility',
  'symptoms.upperLimb',
  'symptoms.headDrop',
  'symptoms.constipation',
  'symptoms.laryngospasm',
  'genetics.offerTesting',
  'genetics.cascadeCounselling',
  'genetics.c9orf72',
  'genetics.fus',
  'genetics.variantOfUncertainSignificance',
  'genetics.presymptomaticSod1Carrier',
  'team.multidisciplinaryClinic',
  ...REFERRAL_DISCIPLINES.map((d) => `team.refer.${d}` as const),
  'team.visitCadence',
  'planning.advanceCarePlan.offer',
  'planning.advanceCarePlan.revisit',
  'planning.caregiverSupport',
  'planning.hospiceEligibility',
  'monitoring.measureFvc',
  'monitoring.measureWeight',
  'monitoring.alsfrsr',
  'monitoring.premorbidWeight',
  'monitoring.height',
  'monitoring.cognitiveScreen',
  'monitoring.moodScreen',
] as const;

/** The code of a care rule, e.g. 'breathing.niv.offer'. */
export type CareRuleCode = (typeof CARE_RULE_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(CARE_RULE_CODES);

/** Whether `code` names a care rule (a recorded decision's code is input text until checked). */
export function isCareRuleCode(code: string): code is CareRuleCode {
  return KNOWN.has(code);
}

/** Recommendations that propose a gastrostomy: accepting one sends the referral; declining one opens palliative options. */
export const GASTROSTOMY_CODES = [
  'nutrition.gastrostomy.discuss',
  'nutrition.gastrostomy.beforeFvcBelow50',
  'nutrition.gastrostomy.radiological',
  'nutrition.weightLossSevere',
  'nutrition.lowBmi',
] as const satisfies readonly CareRuleCode[];

/** Recommendations that propose ventilation: declining one counts as declining ventilation (Medicare hospice). */
export const VENTILATION_CODES = [
  'breathing.niv.offer',
  'breathing.tracheostomyDiscussion',
] as const satisfies readonly CareRuleCode[];
