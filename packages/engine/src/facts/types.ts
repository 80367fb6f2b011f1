/**
 * The patient facts model: everything Betz knows about one patient, as plain data.
 *
 * This is the engine's input (a "case"), the shape of a case file (`betz evaluate case.json`)
 * and what the store persists. Derived things (criteria categories, scores, stages,
 * recommendations) are never part of it: they are computed from these facts.
 *
 * Conventions: dates are ISO `YYYY-MM-DD`; units are in the field names; every list is optional
 * and an absent list means "nothing recorded", never "normal".
 */
import type { IsoDate } from '../common/dates.js';
import type { MedicationRoute } from './drugs.js';

export type Region = 'bulbar' | 'cervical' | 'thoracic' | 'lumbosacral';
/** Side of a finding; bulbar and thoracic findings are often 'midline' (or not lateralised). */
export type Side = 'left' | 'right' | 'midline';
export type Sex = 'male' | 'female' | 'other' | 'unknown';

// ---------------------------------------------------------------------------------------------
// Neurological examination

/** Clinical upper motor neuron signs (Brooks 2000 / EEC 1994; Shefner 2020 footnote *). */
export type UmnSign =
  | 'hyperreflexia' // brisk or clonic deep tendon reflexes
  | 'reflexPreservedInWastedMuscle' // a reflex kept in a weak, wasted muscle
  | 'reflexSpread' // pathological spread to adjacent muscles
  | 'hoffmann'
  | 'babinski'
  | 'crossedAdductor'
  | 'clonus'
  | 'spasticity' // increased velocity-dependent tone
  | 'slowedMovement' // slowed, poorly coordinated voluntary movement not explained by weakness
  | 'jawJerk' // brisk or clonic jaw jerk
  | 'snout'
  | 'exaggeratedGag'
  | 'spasticDysarthria'
  | 'slowTongueMovement'
  | 'pseudobulbarAffect'
  | 'lostAbdominalReflexes'
  | 'pathologicalTrunkReflexes';

/** Clinical findings in one region on one side at one examination. */
export interface RegionExam {
  region: Region;
  side: Side;
  /**
   * `true`: examined and found normal (no UMN sign, no weakness, wasting or fasciculation). The entry
   * itself says the region was examined; a region with no entry was not examined.
   */
  normal?: boolean;
  umnSigns?: UmnSign[];
  /** Weakness, with whether the examiner judges it to be of LMN type (flaccid, with wasting or fasciculation). */
  weakness?: boolean;
  weaknessLmnType?: boolean;
  wasting?: boolean;
  fasciculations?: boolean;
  note?: string;
}

/** Findings outside the motor regions that matter for red flags and mimics (Turner & Talbot 2013). */
export interface OtherExamFindings {
  objectiveSensoryLoss?: boolean;
  sensoryLevel?: boolean;
  ocularMotilityAbnormal?: boolean;
  ptosis?: boolean;
  fatigableWeakness?: boolean;
  sphincterDysfunction?: boolean;
  cerebellarSigns?: boolean;
  extrapyramidalSigns?: boolean;
  autonomicFeatures?: boolean;
  gynaecomastia?: boolean;
  perioralFasciculations?: boolean;
  posturalTremor?: boolean;
  /** Weakness pattern of finger flexors and quadriceps (inclusion body myositis pattern). */
  fingerFlexorQuadricepsWeakness?: boolean;
  headDrop?: boolean;
  splitHand?: boolean;
  /** Dysphagia with little or no dysarthria (brainstem lesion pattern; Practical Neurology 2013 table). */
  isolatedDysphagia?: boolean;
  /** Hemiparesis (hemispheric or brainstem lesion pattern). */
  hemiparesis?: boolean;
  neckOrRadicularPain?: boolean;
  /** Low back pain radiating into a leg (lumbosacral root pattern: lumbar canal stenosis, radiculopathy). */
  lumbarRadicularPain?: boolean;
  cognitiveOrBehaviouralChange?: boolean;
  /**
   * Loss of pain and temperature with touch and joint position kept (cape or segmental): the
   * central cord pattern of syringomyelia (JNNP 2003 mimic table, after Kato 2003).
   */
  dissociatedSensoryLoss?: boolean;
  /** Tongue wasting on one side only: a hypoglossal or skull-base lesion (bilateral wasting supports ALS). */
  unilateralTongueWasting?: boolean;
  /** Weakness symmetrical on both sides (adult SMA, SBMA, CIDP); ALS is usually asymmetric at onset. */
  symmetricWeakness?: boolean;
  /** Weakness predominantly proximal (shoulder and hip girdles): adult SMA, SBMA, myopathy. */
  proximalPredominantWeakness?: boolean;
}

export interface Exam {
  date: IsoDate;
  examiner?: string;
  regions: RegionExam[];
  other?: OtherExamFindings;
}

// ---------------------------------------------------------------------------------------------
// Electrodiagnosis

export type FasciculationPotentials = 'none' | 'simple' | 'complex';

/** Needle EMG of one muscle (de Carvalho 2008; Shefner 2020 footnote †). */
export interface EmgMuscle {
  /** Muscle id from the engine's muscle table, e.g. 'firstDorsalInterosseous'. */
  muscle: string;
  side: Side;
  fibrillations?: boolean;
  positiveSharpWaves?: boolean;
  fasciculationPotentials?: FasciculationPotentials;
  /** Unstable (complex or varying) fasciculation potentials. */
  fasciculationsUnstable?: boolean;
  /** Chronic neurogenic change: large MUPs of increased duration and/or amplitude, often polyphasic. */
  chronicNeurogenicMups?: boolean;
  reducedRecruitment?: boolean;
  unstableMups?: boolean;
  /** Small, short, polyphasic (myopathic) units. */
  myopathicMups?: boolean;
  /** For thoracic paraspinals: the level sampled, 1-12 (counts only at or below T6). */
  thoracicLevel?: number;
  /**
   * `true`: sampled and normal (no spontaneous activity, normal motor units and recruitment). A
   * muscle not listed was not sampled.
   */
  normal?: boolean;
}

/**
 * Nerve conduction study, summarised per study (Awaji; BMJ Best Practice). `ncs` present means the
 * nerves were studied; absent, not recorded.
 */
export interface NerveConduction {
  /** `true`: studied and normal (nothing below flagged). */
  normal?: boolean;
  sensoryAbnormal?: boolean;
  /** Sensory abnormality explained by entrapment or a known coexisting neuropathy. */
  sensoryAbnormalExplained?: boolean;
  motorConductionBlock?: boolean;
  demyelinatingSlowing?: boolean;
  lowCmap?: boolean;
  /** Decrement on repetitive nerve stimulation (can occur in ALS; not a myasthenia diagnosis alone). */
  rnsDecrement?: boolean;
  rnsIncrement?: boolean;
}

export interface EmgStudy {
  date: IsoDate;
  /** Muscles sampled by needle EMG; empty when only nerve conduction was recorded. */
  muscles: EmgMuscle[];
  ncs?: NerveConduction;
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// History, investigations, genetics

export type OnsetSite =
  | 'bulbar'
  | 'cervical'
  | 'thoracic'
  | 'lumbosacral'
  | 'respiratory'
  | 'generalised'
  | 'cognitive';

/**
 * How the weakness has evolved: `progressive` over months is the ALS course; the others point away
 * from it (Turner & Talbot 2013 table 2: arrest of progression, very slow progression, fluctuation).
 */
export type WeaknessTempo = 'acute' | 'progressive' | 'slowOverYears' | 'arrested' | 'relapsingOrFluctuating';

/** Heritable diseases in the family that imitate ALS, as codes a rule can read (not free text). */
export type FamilyHistoryDisease =
  | 'hereditarySpasticParaplegia'
  | 'spinalMuscularAtrophy'
  | 'spinobulbarMuscularAtrophy'
  | 'adrenoleukodystrophy'
  | 'hereditaryNeuropathy'
  | 'spinocerebellarAtaxia'
  | 'gm2Gangliosidosis';

export interface History {
  onsetDate?: IsoDate;
  onsetSite?: OnsetSite;
  onsetSide?: Side;
  diagnosisDate?: IsoDate;
  /** Progressive spread documented (Brooks 2000 A3; Shefner 2020 condition 1). */
  progression?: {
    documented: boolean;
    by?: 'history' | 'examination' | 'electrophysiology';
    /** Motor function was normal before the impairment began (Shefner 2020 condition 1). */
    precededByNormalFunction?: boolean;
    note?: string;
  };
  familyHistory?: {
    als?: boolean;
    ftd?: boolean;
    /** Other heritable diseases in the family that imitate ALS (coded). */
    diseases?: FamilyHistoryDisease[];
    relatives?: string;
  };
  /** How the weakness has evolved (acute, progressive, slow over years, arrested, relapsing). */
  weaknessTempo?: WeaknessTempo;
  /** ALS-FTD diagnosed (Strong 2017 criteria). */
  ftd?: boolean;
  priorPolio?: boolean;
  priorRadiotherapy?: boolean;
  bariatricSurgery?: boolean;
  heavyMetalExposure?: boolean;
  /** Excess zinc intake (supplements, zinc-containing denture cream): copper deficiency myeloneuropathy. */
  zincExposure?: boolean;
  /** Adrenal insufficiency (Addison disease): with a myelopathy, adrenomyeloneuropathy. */
  adrenalInsufficiency?: boolean;
  /** Born in or long resident in an HTLV-1 endemic area (Japan, Caribbean, South America, Africa, Iran). */
  htlv1EndemicOrigin?: boolean;
  /** Blood transfusion received (an HTLV-1 route). */
  bloodTransfusion?: boolean;
  /** Free-text ancestry where it changes the differential (e.g. Ashkenazi: hexosaminidase A deficiency). */
  ancestry?: string;
}

export type InvestigationResult = 'normal' | 'abnormal' | 'pending' | 'notDone';

/**
 * One investigation with its result. `code` is an id from the engine's workup catalogue
 * (e.g. 'b12', 'spep', 'mriCervicalSpine', 'antiGm1', 'ck').
 */
export interface Investigation {
  code: string;
  date?: IsoDate;
  result: InvestigationResult;
  value?: number;
  unit?: string;
  note?: string;
  /**
   * The clinician's judgement of an abnormal result: true when it explains the motor signs (another
   * disease), false when it does not (e.g. incidental spondylosis, mildly raised CK). Unset = not yet reviewed.
   */
  explainsPresentation?: boolean;
}

export type RedFlagJudgementValue = 'explained' | 'notExplained';

/**
 * A clinician's judgement of a red flag (Turner & Talbot 2013: a finding that argues against ALS).
 * A red flag keeps "other diseases excluded" open until it is judged, or until its separating test
 * settles it where the rule allows; the latest judgement on or before the assessment date counts.
 */
export interface RedFlagJudgement {
  /** When it was judged. */
  date: IsoDate;
  /** The red-flag code the engine reports, e.g. 'motorConductionBlock'. */
  code: string;
  /**
   * 'explained': the finding is accounted for without another disease (the mimic it points to is
   * judged excluded), so the red flag closes; 'notExplained': it is not, and the red flag stays open.
   */
  judgement: RedFlagJudgementValue;
  /** Who judged (a name or role). */
  by: string;
  note?: string;
}

export type VariantClassification = 'pathogenic' | 'likelyPathogenic' | 'vus' | 'likelyBenign' | 'benign' | 'negative';

export interface GeneticResult {
  /** HGNC symbol: 'C9orf72', 'SOD1', 'FUS', 'TARDBP', 'AR', 'SMN1', … */
  gene: string;
  classification: VariantClassification;
  variant?: string;
  date?: IsoDate;
  /** Repeat count where relevant (AR CAG, ATXN2 CAG). */
  repeatCount?: number;
}

// ---------------------------------------------------------------------------------------------
// Function and measurements

export type AlsfrsrItem = 0 | 1 | 2 | 3 | 4;
export type Administration = 'clinician' | 'self' | 'phone' | 'app';

/** ALSFRS-R (Cedarbaum 1999): 12 items, item 5 as 5a (no gastrostomy) or 5b (gastrostomy), never both. */
export interface AlsfrsrRecord {
  date: IsoDate;
  speech: AlsfrsrItem;
  salivation: AlsfrsrItem;
  swallowing: AlsfrsrItem;
  handwriting: AlsfrsrItem;
  cuttingWithoutGastrostomy?: AlsfrsrItem; // 5a
  cuttingWithGastrostomy?: AlsfrsrItem; // 5b
  dressing: AlsfrsrItem;
  turningInBed: AlsfrsrItem;
  walking: AlsfrsrItem;
  climbingStairs: AlsfrsrItem;
  dyspnoea: AlsfrsrItem; // R1
  orthopnoea: AlsfrsrItem; // R2
  respiratoryInsufficiency: AlsfrsrItem; // R3
  administeredBy?: Administration;
  respondedBy?: 'patient' | 'caregiver';
}

/** Original 10-item ALSFRS (1996), for imported research data; never mixed into ALSFRS-R. */
export interface AlsfrsOriginalRecord {
  date: IsoDate;
  speech: AlsfrsrItem;
  salivation: AlsfrsrItem;
  swallowing: AlsfrsrItem;
  handwriting: AlsfrsrItem;
  cuttingWithoutGastrostomy?: AlsfrsrItem;
  cuttingWithGastrostomy?: AlsfrsrItem;
  dressing: AlsfrsrItem;
  turningInBed: AlsfrsrItem;
  walking: AlsfrsrItem;
  climbingStairs: AlsfrsrItem;
  respiratory: AlsfrsrItem;
  administeredBy?: Administration;
}

export interface VitalCapacity {
  date: IsoDate;
  kind: 'FVC' | 'SVC';
  posture: 'sitting' | 'supine' | 'standing';
  percentPredicted: number;
  litres?: number;
  /** False when the test is unreliable (e.g. poor mouth seal in bulbar weakness). */
  reliable?: boolean;
}

export interface RespiratoryTest {
  date: IsoDate;
  /** Sniff nasal inspiratory pressure, cmH2O (positive number). */
  snipCmH2O?: number;
  /** Maximal inspiratory pressure magnitude, cmH2O (positive number: 60 means -60 cmH2O). */
  mipCmH2O?: number;
  mepCmH2O?: number;
  peakCoughFlowLPerMin?: number;
  /** Overnight oximetry: longest continuous minutes with SpO2 <= 88 %. */
  nocturnalSpo2At88MinutesContinuous?: number;
  /** Arterial (or capillary) PaCO2 awake, mmHg. */
  paco2MmHg?: number;
  spo2Percent?: number;
}

export interface WeightRecord {
  date: IsoDate;
  weightKg: number;
}

/** A dated symptom or screening result (PHQ-9, CNS-LS, ECAS, Zarit…). */
export interface Screening {
  date: IsoDate;
  /** 'phq9', 'gad7', 'cnsls', 'ecas', 'alsCbs', 'zarit', 'ess', … */
  instrument: string;
  score: number;
  abnormal?: boolean;
}

export type SymptomCode =
  | 'sialorrhoea'
  | 'thickSecretions'
  | 'pseudobulbarAffect'
  | 'spasticity'
  | 'cramps'
  | 'fasciculations'
  | 'pain'
  | 'depression'
  | 'anxiety'
  | 'insomnia'
  | 'fatigue'
  | 'constipation'
  | 'laryngospasm'
  | 'falls'
  | 'orthopnoea'
  | 'dyspnoea'
  | 'morningHeadache'
  | 'daytimeSleepiness'
  | 'weakCough'
  | 'recurrentChestInfections'
  | 'dysphagia'
  | 'choking'
  | 'longMeals'
  | 'caregiverStrain'
  | 'fever'
  | 'cough'
  | 'backPain'
  | 'headache'
  | 'visualBlurring'
  | 'numbness'
  | 'bladderOrBowelChange';

export interface SymptomReport {
  date: IsoDate;
  symptom: SymptomCode;
  severity?: 'mild' | 'moderate' | 'severe';
  note?: string;
}

export interface LabResult {
  date: IsoDate;
  /** 'alt', 'ast', 'bilirubin', 'anc', 'ck', 'nfl', … */
  test: string;
  value: number;
  unit?: string;
  /** Upper limit of normal, in the same unit, for ×ULN rules. */
  upperLimitOfNormal?: number;
}

export interface Medication {
  /**
   * The drug as written: a generic or brand name, possibly with its strength ('riluzole 50 mg',
   * 'Rilutek'). Kept as written; the rules read `code`, or the code this text is recognised as.
   */
  drug: string;
  /** The Betz drug code picked from the drug table (`DRUGS` in facts/drugs.ts): 'riluzole', 'baclofen', … */
  code?: string;
  startDate?: IsoDate;
  stopDate?: IsoDate;
  /** Strength, form and schedule as written: '50 mg twice daily'. */
  dose?: string;
  route?: MedicationRoute;
  /** Reason stopped, or an allergy/intolerance note. */
  note?: string;
}

export interface Allergy {
  substance: string;
  reaction?: 'anaphylaxis' | 'hypersensitivity' | 'intolerance';
}

export type InterventionKind =
  | 'niv'
  | 'gastrostomy'
  | 'tracheostomy'
  | 'coughAssist'
  | 'invasiveVentilation'
  | 'aac'
  | 'wheelchair';

export interface Intervention {
  kind: InterventionKind;
  startDate: IsoDate;
  stopDate?: IsoDate;
  /** Hours per day of use (NIV). */
  hoursPerDay?: number;
  note?: string;
}

export type DecisionStatus = 'accepted' | 'declined' | 'deferred' | 'contraindicated' | 'done';

/** A clinician's recorded decision about a recommendation code (care engine). */
export interface CareDecision {
  code: string;
  status: DecisionStatus;
  date: IsoDate;
  reason?: string;
  /** For 'deferred': revisit on this date. */
  until?: IsoDate;
  /** Snapshot of the trigger value at decision time, so a worsening trigger can re-raise. */
  triggerValue?: number;
  /**
   * The clinical measure `triggerValue` is in (e.g. 'fvcPercentPredicted'); absent in files
   * written before measures were named: the rule's default measure is assumed.
   */
  triggerMeasure?: TriggerMeasure;
}

/** The clinical measures a care decision's trigger value can be in (units: care/measures.ts). */
export type TriggerMeasure =
  | 'fvcPercentPredicted'
  | 'snipCmH2O'
  | 'mipCmH2O'
  | 'paco2MmHg'
  | 'nocturnalSpo2At88Minutes'
  | 'orthopnoeaItem'
  | 'nivCriteriaMet'
  | 'peakCoughFlowLPerMin'
  | 'nivHoursPerDay'
  | 'weightLossPercent'
  | 'bmiKgM2'
  | 'swallowingItem'
  | 'alsfrsrLowestItem'
  | 'aminotransferaseTimesUln'
  | 'zaritScore';

export interface AdvanceCarePlan {
  date: IsoDate;
  /** What was documented: 'niv', 'tracheostomy', 'gastrostomy', 'resuscitation', 'placeOfDeath', 'proxy'. */
  topics?: string[];
}

export interface Endpoints {
  deathDate?: IsoDate;
  tracheostomyDate?: IsoDate;
  /** Date NIV use first exceeded 23 hours a day (ENCALS composite endpoint). */
  nivOver23hDate?: IsoDate;
}

/** One patient's facts. */
export interface PatientCase {
  /** Format version of the case file. */
  schemaVersion: 1;
  patient: {
    /** An opaque identifier: never a name or a real MRN in files shipped with Betz. */
    id: string;
    sex?: Sex;
    birthDate?: IsoDate;
    heightCm?: number;
    premorbidWeightKg?: number;
  };
  history?: History;
  exams?: Exam[];
  emg?: EmgStudy[];
  investigations?: Investigation[];
  redFlagJudgements?: RedFlagJudgement[];
  genetics?: GeneticResult[];
  alsfrsr?: AlsfrsrRecord[];
  alsfrsOriginal?: AlsfrsOriginalRecord[];
  vitalCapacity?: VitalCapacity[];
  respiratory?: RespiratoryTest[];
  weights?: WeightRecord[];
  symptoms?: SymptomReport[];
  screenings?: Screening[];
  labs?: LabResult[];
  medications?: Medication[];
  allergies?: Allergy[];
  interventions?: Intervention[];
  careDecisions?: CareDecision[];
  advanceCarePlans?: AdvanceCarePlan[];
  endpoints?: Endpoints;
}
