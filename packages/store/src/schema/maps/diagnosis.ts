/** Field maps of the diagnostic facts: examination by region and side, EMG per muscle with nerve conduction, history, investigations, red-flag judgements, genetic results. */
import type {
  EmgMuscle,
  EmgStudy,
  Exam,
  GeneticResult,
  History,
  Investigation,
  RedFlagJudgement,
  RegionExam,
} from '@betz/engine';
import { bool, code, date, type FieldsOf, int, list, num, obj, oneOf, text } from '../fields.js';
import {
  FAMILY_HISTORY_DISEASES,
  FASCICULATION_POTENTIALS,
  INVESTIGATION_RESULTS,
  ONSET_SITES,
  PROGRESSION_BY,
  RED_FLAG_JUDGEMENTS,
  REGIONS,
  SIDES,
  UMN_SIGNS,
  VARIANT_CLASSIFICATIONS,
  WEAKNESS_TEMPOS,
} from '../vocab.js';

export const regionExam: FieldsOf<RegionExam> = {
  region: oneOf(REGIONS, { required: true }),
  side: oneOf(SIDES, { required: true }),
  umnSigns: list(UMN_SIGNS),
  weakness: bool(),
  weaknessLmnType: bool(),
  wasting: bool(),
  fasciculations: bool(),
  note: text({ freeText: true }),
  normal: bool(),
};

export const exam: FieldsOf<Exam, 'regions'> = {
  date: date({ required: true }),
  examiner: text({ freeText: true }),
  other: obj({
    objectiveSensoryLoss: bool(),
    sensoryLevel: bool(),
    ocularMotilityAbnormal: bool(),
    ptosis: bool(),
    fatigableWeakness: bool(),
    sphincterDysfunction: bool(),
    cerebellarSigns: bool(),
    extrapyramidalSigns: bool(),
    autonomicFeatures: bool(),
    gynaecomastia: bool(),
    perioralFasciculations: bool(),
    posturalTremor: bool(),
    fingerFlexorQuadricepsWeakness: bool(),
    headDrop: bool(),
    splitHand: bool(),
    isolatedDysphagia: bool(),
    hemiparesis: bool(),
    neckOrRadicularPain: bool(),
    lumbarRadicularPain: bool(),
    cognitiveOrBehaviouralChange: bool(),
    dissociatedSensoryLoss: bool(),
    unilateralTongueWasting: bool(),
    symmetricWeakness: bool(),
    proximalPredominantWeakness: bool(),
  }),
};

export const emgMuscle: FieldsOf<EmgMuscle> = {
  muscle: code({ required: true }),
  side: oneOf(SIDES, { required: true }),
  fibrillations: bool(),
  positiveSharpWaves: bool(),
  fasciculationPotentials: oneOf(FASCICULATION_POTENTIALS),
  fasciculationsUnstable: bool(),
  chronicNeurogenicMups: bool(),
  reducedRecruitment: bool(),
  unstableMups: bool(),
  myopathicMups: bool(),
  thoracicLevel: int(1, 12),
  normal: bool(),
};

export const emgStudy: FieldsOf<EmgStudy, 'muscles'> = {
  date: date({ required: true }),
  ncs: obj({
    sensoryAbnormal: bool(),
    sensoryAbnormalExplained: bool(),
    motorConductionBlock: bool(),
    demyelinatingSlowing: bool(),
    lowCmap: bool(),
    rnsDecrement: bool(),
    rnsIncrement: bool(),
    normal: bool(),
  }),
  note: text({ freeText: true }),
};

export const history: FieldsOf<History> = {
  onsetDate: date(),
  onsetSite: oneOf(ONSET_SITES),
  onsetSide: oneOf(SIDES),
  diagnosisDate: date(),
  progression: obj({
    documented: bool({ required: true }),
    by: oneOf(PROGRESSION_BY),
    precededByNormalFunction: bool(),
    note: text({ freeText: true }),
  }),
  familyHistory: obj({
    als: bool(),
    ftd: bool(),
    diseases: list(FAMILY_HISTORY_DISEASES),
    relatives: text({ freeText: true }),
  }),
  weaknessTempo: oneOf(WEAKNESS_TEMPOS),
  ftd: bool(),
  priorPolio: bool(),
  priorRadiotherapy: bool(),
  bariatricSurgery: bool(),
  heavyMetalExposure: bool(),
  zincExposure: bool(),
  adrenalInsufficiency: bool(),
  htlv1EndemicOrigin: bool(),
  bloodTransfusion: bool(),
  ancestry: text({ freeText: true }),
};

export const investigation: FieldsOf<Investigation> = {
  code: code({ required: true }),
  date: date(),
  result: oneOf(INVESTIGATION_RESULTS, { required: true }),
  value: num(undefined, undefined),
  unit: text(),
  note: text({ freeText: true }),
  explainsPresentation: bool(),
};

export const redFlagJudgement: FieldsOf<RedFlagJudgement> = {
  date: date({ required: true }),
  code: code({ required: true }),
  judgement: oneOf(RED_FLAG_JUDGEMENTS, { required: true }),
  // A clinician's name: free text. `by` is an SQL keyword, hence the column name.
  by: text({ required: true, freeText: true, column: 'judged_by' }),
  note: text({ freeText: true }),
};

export const geneticResult: FieldsOf<GeneticResult> = {
  gene: code({ required: true }),
  classification: oneOf(VARIANT_CLASSIFICATIONS, { required: true }),
  // A rare variant can identify a family (Safe Harbor §5.5): treated as free text.
  variant: text({ freeText: true }),
  date: date(),
  repeatCount: int(0, 10_000),
};
