/**
 * Clinic settings of the care engine: the jurisdiction and every threshold, with its source.
 * A clinic may change any of them (`evaluateCare(c, asOf, ctx, { jurisdiction: 'UK' })`); the
 * settings used are returned with every assessment.
 *
 * Verification tags follow the clinical reference: [V] read in the named source, [S] from a
 * secondary summary, [M] from the trial publication or background knowledge, to be checked.
 */
import type { Jurisdiction } from './types.js';

export interface CareSettings {
  /** Where the clinic practises (drug licences, Medicare hospice, the FDA quinine warning). */
  jurisdiction: Jurisdiction;

  // --- due dates and cadence -------------------------------------------------------------
  /** Days to act on an urgent recommendation. Product default. */
  dueDaysUrgent: number;
  /** Days to act on a 'soon' recommendation. Product default. */
  dueDaysSoon: number;
  /** Months between clinic visits: ~3 (AAN 2009a nutrition/respiratory algorithms [V]; NICE QS126 "every 2 to 3 months" [V]). */
  visitIntervalMonths: number;
  /** Shorter interval for fast progressors (AAN 2009a; NICE QS126 lower bound of 2 months [V]). */
  fastProgressorVisitIntervalMonths: number;
  /** ΔFS (points/month) above which a person counts as a fast progressor [M] (Kimura 2006 stratification). */
  fastProgressionRatePerMonth: number;
  /** Symptoms reported within this many days count as current (one visit interval). Product default. */
  symptomLookbackDays: number;
  /** Scheduled checks (liver tests, screens) are listed once due within this many days. Product default. */
  upcomingWindowDays: number;

  // --- monitoring intervals (missing data is a recommendation) -------------------------------
  /** Respiratory function at diagnosis, then every 2-3 months (NICE QS126 statement 2 [V]; AAN quality measure: at least every 3 months [V]). */
  respiratoryTestIntervalMonths: number;
  /** Respiratory testing interval for fast progressors (NICE QS126: 2 months, the short end) [V]. */
  fastProgressorRespiratoryTestIntervalMonths: number;
  /** Weight at every ~3-monthly visit (AAN 2009a nutrition algorithm [V]). */
  weightIntervalMonths: number;
  /** ALSFRS-R at every visit (clinic monitoring schedule, care reference §7) [M]. */
  alsfrsrIntervalMonths: number;
  /** Cognitive/behavioural screen (ECAS) at diagnosis, then every 6-12 months (AAN 2009b screening Level B [V]; interval [M]). */
  cognitiveScreenIntervalMonths: number;
  /** Mood screen (PHQ-9/HADS) at least every 6 months (care reference §7) [M]. */
  moodScreenIntervalMonths: number;
  /** Advance care planning revisited at least yearly (neuro-plans, secondary [V]). */
  advanceCarePlanReviewMonths: number;
  /** Riluzole discussed at least yearly (AAN ALS quality measure set, Miller 2013 [V]). */
  riluzoleDiscussionMonths: number;

  // --- breathing --------------------------------------------------------------------------
  /** NIV when FVC < 50 % predicted (CMS respiratory assist device criteria, used by AAN 2009a [V]). */
  nivFvcPercentBelow: number;
  /** NIV when MIP is weaker than 60 cmH2O (CMS criteria: MIP < 60 cmH2O [V]). */
  nivMipCmH2OBelow: number;
  /** NIV when SNIP < 40 cmH2O (AAN 2009a [V]). */
  nivSnipCmH2OBelow: number;
  /** NIV when nocturnal SpO2 <= 88 % for at least this many minutes (CMS criteria [V]). */
  nivNocturnalDesaturationMinutesAtLeast: number;
  /** NIV when awake PaCO2 >= 45 mmHg (CMS criteria [V]). */
  nivPaco2MmHgAtLeast: number;
  /** ALSFRS-R orthopnoea item at or below this counts as orthopnoea (item 3: some difficulty sleeping from breathlessness) (AAN 2009a: orthopnoea is an NIV indication [V]). */
  orthopnoeaItemAtMost: number;
  /** European composite (Leigh 2003 [V]): FVC at or below this percent... */
  compositeFvcPercentAtMost: number;
  /** ...or SNIP at or below this (cmH2O)... */
  compositeSnipCmH2OAtMost: number;
  /** ...and morning PaCO2 >= 6.5 kPa (49 mmHg). */
  compositeMorningPaco2MmHgAtLeast: number;
  /** NIV adherence: at least 4 hours a day (CMS continued-coverage criterion [V]). */
  nivMinHoursPerDay: number;
  /** Revisit tracheostomy ventilation when NIV use reaches this many hours a day (common practice 16-20 h) [M]. */
  tracheostomyDiscussionNivHoursPerDay: number;
  /** Cough assistance (MI-E) when peak cough flow < 270 L/min [M threshold; AAN 2009a MI-E Level C [V]]. */
  peakCoughFlowAssistBelowLPerMin: number;
  /** Cough ineffective for clearance when peak cough flow < 160 L/min (2.7 L/s) [V]. */
  peakCoughFlowIneffectiveBelowLPerMin: number;

  // --- nutrition --------------------------------------------------------------------------
  /** Weight loss >= 5 % from premorbid weight: dietitian and gastrostomy discussion (Marin 2011: each 5 % loss raises mortality [V abstract]). */
  weightLossModeratePercent: number;
  /** Weight loss >= 10 %: strong gastrostomy indication (EFNS 2012 [V]). */
  weightLossSeverePercent: number;
  /** BMI below 18.5 kg/m2: malnutrition (Desport 2000 [V abstract]). */
  bmiUnderweightBelow: number;
  /** Dietitian when BMI < 20 (malnutrition range 18.5-20, Desport 2000; referral matrix [M]). */
  dietitianBmiBelow: number;
  /** Gastrostomy urgent while FVC is still above 50 % but below this (care reference G6) [M]. */
  gastrostomyFvcWarnBelowPercent: number;
  /** Gastrostomy lowest risk with FVC > 50 % (AAN 2009a nutrition algorithm [V]). */
  gastrostomyFvcLowRiskAtLeastPercent: number;
  /** FVC < 30 %: high procedural risk, palliative feeding options (AAN 2009a algorithm [V]). */
  gastrostomyFvcHighRiskBelowPercent: number;
  /** Up to this many recent upright FVC values form the trend (care reference §9.4) [M]. */
  fvcTrendPoints: number;
  /** Only FVC values within this many months before asOf enter the trend. Product default. */
  fvcTrendSpanMonths: number;

  // --- symptoms and screening -------------------------------------------------------------
  /** ALSFRS-R salivation item at or below this = sialorrhoea (care reference S1) [M]. */
  salivationItemAtMost: number;
  /** ALSFRS-R speech item at or below this = communication decline: SLT and AAC (S16) [M]. */
  speechItemAtMost: number;
  /** Voice banking while speech is still intelligible: speech item at least this (2 = intelligible with repeating). */
  voiceBankingSpeechItemAtLeast: number;
  /** ALSFRS-R swallowing item at or below this = dysphagia (G2) [M]. */
  swallowingItemAtMost: number;
  /** ALSFRS-R walking or stairs item at or below this = mobility decline (S17) [M]. */
  mobilityItemAtMost: number;
  /** ALSFRS-R handwriting, cutting or dressing item at or below this = upper-limb OT (S19) [M]. */
  upperLimbItemAtMost: number;
  /** PHQ-9 >= 10: moderate depression (Kroenke 2001) [M]. */
  phq9AtLeast: number;
  /** GAD-7 >= 10: moderate anxiety (Spitzer 2006) [M]. */
  gad7AtLeast: number;
  /** CNS-LS >= 13: pseudobulbar affect (care reference S5) [M]. */
  cnslsAtLeast: number;
  /** ECAS total <= 105 abnormal; education-adjusted cut-offs exist (care reference S15) [M]. */
  ecasTotalAtMost: number;
  /** Epworth Sleepiness Scale above 9: daytime sleepiness (NICE NG42 1.14 symptom list, via care reference) [V]. */
  essAbove: number;
  /** Zarit Burden Interview (22 items) >= 21: at least mild-moderate burden [M]. */
  zaritAtLeast: number;

  // --- riluzole safety (US label [V]) ------------------------------------------------------
  /** Riluzole not recommended when ALT or AST > 5 x ULN. */
  riluzoleStopAboveUlnMultiple: number;
  /** Warning band: ALT or AST > 3 x ULN (older Rilutek label: check more often) [V]. */
  riluzoleWarnAboveUlnMultiple: number;
  /** Liver tests monthly for the first 3 months of riluzole. */
  riluzoleMonthlyLftMonths: number;
  /** Then "periodically": every 3 months is local practice [M]. */
  riluzolePeriodicLftMonths: number;
  /** Baseline liver tests count when taken within this many days before the start. Product default. */
  riluzoleBaselineLftWindowDays: number;
  /** Severe neutropenia reported within the first 2 months of riluzole. */
  riluzoleNeutropeniaWindowDays: number;
  /** Severe neutropenia: ANC < 500 per mm3. */
  riluzoleAncSevereBelowPerMm3: number;

  // --- edaravone and mecobalamin trial populations (flag, never block) --------------------
  /** Edaravone MCI186-19 enrolled disease duration <= 2 years (Writing Group 2017) [V secondary]. */
  edaravoneTrialMaxDiseaseMonths: number;
  /** ...FVC >= 80 %. */
  edaravoneTrialMinFvcPercent: number;
  /** ...every ALSFRS-R item >= 2. */
  edaravoneTrialMinItemScore: number;
  /** JETALS (mecobalamin) enrolled within about 1 year of onset (Oki 2022) [V secondary]. */
  mecobalaminTrialMaxMonthsFromOnset: number;

  // --- hospice (US Medicare LCD) -----------------------------------------------------------
  /** Critically impaired breathing: vital capacity < 30 % of normal (Medicare LCD summaries [S]). */
  hospiceVcPercentBelow: number;
}

export const DEFAULT_CARE_SETTINGS: Readonly<CareSettings> = Object.freeze({
  jurisdiction: 'US',
  dueDaysUrgent: 7,
  dueDaysSoon: 28,
  visitIntervalMonths: 3,
  fastProgressorVisitIntervalMonths: 2,
  fastProgressionRatePerMonth: 1.0,
  symptomLookbackDays: 90,
  upcomingWindowDays: 28,
  respiratoryTestIntervalMonths: 3,
  fastProgressorRespiratoryTestIntervalMonths: 2,
  weightIntervalMonths: 3,
  alsfrsrIntervalMonths: 3,
  cognitiveScreenIntervalMonths: 12,
  moodScreenIntervalMonths: 6,
  advanceCarePlanReviewMonths: 12,
  riluzoleDiscussionMonths: 12,
  nivFvcPercentBelow: 50,
  nivMipCmH2OBelow: 60,
  nivSnipCmH2OBelow: 40,
  nivNocturnalDesaturationMinutesAtLeast: 5,
  nivPaco2MmHgAtLeast: 45,
  orthopnoeaItemAtMost: 3,
  compositeFvcPercentAtMost: 80,
  compositeSnipCmH2OAtMost: 40,
  compositeMorningPaco2MmHgAtLeast: 49,
  nivMinHoursPerDay: 4,
  tracheostomyDiscussionNivHoursPerDay: 16,
  peakCoughFlowAssistBelowLPerMin: 270,
  peakCoughFlowIneffectiveBelowLPerMin: 160,
  weightLossModeratePercent: 5,
  weightLossSeverePercent: 10,
  bmiUnderweightBelow: 18.5,
  dietitianBmiBelow: 20,
  gastrostomyFvcWarnBelowPercent: 60,
  gastrostomyFvcLowRiskAtLeastPercent: 50,
  gastrostomyFvcHighRiskBelowPercent: 30,
  fvcTrendPoints: 3,
  fvcTrendSpanMonths: 12,
  salivationItemAtMost: 2,
  speechItemAtMost: 3,
  voiceBankingSpeechItemAtLeast: 2,
  swallowingItemAtMost: 3,
  mobilityItemAtMost: 2,
  upperLimbItemAtMost: 2,
  phq9AtLeast: 10,
  gad7AtLeast: 10,
  cnslsAtLeast: 13,
  ecasTotalAtMost: 105,
  essAbove: 9,
  zaritAtLeast: 21,
  riluzoleStopAboveUlnMultiple: 5,
  riluzoleWarnAboveUlnMultiple: 3,
  riluzoleMonthlyLftMonths: 3,
  riluzolePeriodicLftMonths: 3,
  riluzoleBaselineLftWindowDays: 90,
  riluzoleNeutropeniaWindowDays: 61,
  riluzoleAncSevereBelowPerMm3: 500,
  edaravoneTrialMaxDiseaseMonths: 24,
  edaravoneTrialMinFvcPercent: 80,
  edaravoneTrialMinItemScore: 2,
  mecobalaminTrialMaxMonthsFromOnset: 12,
  hospiceVcPercentBelow: 30,
});

/** The defaults with a clinic's overrides applied. */
export function resolveCareSettings(overrides?: Partial<CareSettings>): CareSettings {
  const defined = Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined);
  return { ...DEFAULT_CARE_SETTINGS, ...Object.fromEntries(defined) };
}
