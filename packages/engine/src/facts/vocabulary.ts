/**
 * The closed vocabularies of the facts model as runtime lists (the types in `index.ts` vanish at
 * runtime): for validation at the edges, forms, database checks and row mapping. Each list is
 * proved at compile time to hold exactly the members of its type, so a value added to the facts
 * model must be added here before the build passes.
 */
import type {
  Administration,
  Allergy,
  AlsfrsrRecord,
  DecisionStatus,
  FasciculationPotentials,
  History,
  InterventionKind,
  InvestigationResult,
  OnsetSite,
  Region,
  Sex,
  Side,
  SymptomCode,
  SymptomReport,
  TriggerMeasure,
  UmnSign,
  VariantClassification,
  VitalCapacity,
} from './types.js';

/** `L` when it lists every member of `T` (and, by its element type, nothing else); otherwise `never`. */
type Exactly<T extends string, L extends readonly T[]> = [Exclude<T, L[number]>] extends [never] ? L : never;
const exactly =
  <T extends string>() =>
  <const L extends readonly [T, ...T[]]>(values: Exactly<T, L>): L =>
    values;

type ProgressionBy = NonNullable<NonNullable<History['progression']>['by']>;

/**
 * @example VOCABULARY.region // ['bulbar', 'cervical', 'thoracic', 'lumbosacral']
 */
export const VOCABULARY = {
  region: exactly<Region>()(['bulbar', 'cervical', 'thoracic', 'lumbosacral']),
  side: exactly<Side>()(['left', 'right', 'midline']),
  sex: exactly<Sex>()(['male', 'female', 'other', 'unknown']),
  umnSign: exactly<UmnSign>()([
    'hyperreflexia',
    'reflexPreservedInWastedMuscle',
    'reflexSpread',
    'hoffmann',
    'babinski',
    'crossedAdductor',
    'clonus',
    'spasticity',
    'slowedMovement',
    'jawJerk',
    'snout',
    'exaggeratedGag',
    'spasticDysarthria',
    'slowTongueMovement',
    'pseudobulbarAffect',
    'lostAbdominalReflexes',
    'pathologicalTrunkReflexes',
  ]),
  fasciculationPotentials: exactly<FasciculationPotentials>()(['none', 'simple', 'complex']),
  onsetSite: exactly<OnsetSite>()([
    'bulbar',
    'cervical',
    'thoracic',
    'lumbosacral',
    'respiratory',
    'generalised',
    'cognitive',
  ]),
  progressionBy: exactly<ProgressionBy>()(['history', 'examination', 'electrophysiology']),
  investigationResult: exactly<InvestigationResult>()(['normal', 'abnormal', 'pending', 'notDone']),
  variantClassification: exactly<VariantClassification>()([
    'pathogenic',
    'likelyPathogenic',
    'vus',
    'likelyBenign',
    'benign',
    'negative',
  ]),
  administration: exactly<Administration>()(['clinician', 'self', 'phone', 'app']),
  respondedBy: exactly<NonNullable<AlsfrsrRecord['respondedBy']>>()(['patient', 'caregiver']),
  vitalCapacityKind: exactly<VitalCapacity['kind']>()(['FVC', 'SVC']),
  posture: exactly<VitalCapacity['posture']>()(['sitting', 'supine', 'standing']),
  symptom: exactly<SymptomCode>()([
    'sialorrhoea',
    'thickSecretions',
    'pseudobulbarAffect',
    'spasticity',
    'cramps',
    'fasciculations',
    'pain',
    'depression',
    'anxiety',
    'insomnia',
    'fatigue',
    'constipation',
    'laryngospasm',
    'falls',
    'orthopnoea',
    'dyspnoea',
    'morningHeadache',
    'daytimeSleepiness',
    'weakCough',
    'recurrentChestInfections',
    'dysphagia',
    'choking',
    'longMeals',
    'caregiverStrain',
    'fever',
    'cough',
    'backPain',
    'headache',
    'visualBlurring',
    'numbness',
    'bladderOrBowelChange',
  ]),
  severity: exactly<NonNullable<SymptomReport['severity']>>()(['mild', 'moderate', 'severe']),
  allergyReaction: exactly<NonNullable<Allergy['reaction']>>()(['anaphylaxis', 'hypersensitivity', 'intolerance']),
  intervention: exactly<InterventionKind>()([
    'niv',
    'gastrostomy',
    'tracheostomy',
    'coughAssist',
    'invasiveVentilation',
    'aac',
    'wheelchair',
  ]),
  decisionStatus: exactly<DecisionStatus>()(['accepted', 'declined', 'deferred', 'contraindicated', 'done']),
  triggerMeasure: exactly<TriggerMeasure>()([
    'fvcPercentPredicted',
    'snipCmH2O',
    'mipCmH2O',
    'paco2MmHg',
    'nocturnalSpo2At88Minutes',
    'orthopnoeaItem',
    'nivCriteriaMet',
    'peakCoughFlowLPerMin',
    'nivHoursPerDay',
    'weightLossPercent',
    'bmiKgM2',
    'swallowingItem',
    'alsfrsrLowestItem',
    'aminotransferaseTimesUln',
    'zaritScore',
  ]),
} as const;
