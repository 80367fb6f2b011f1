/**
 * The closed vocabularies of the facts model as runtime lists, for CHECK constraints and row
 * mapping. Each list is checked against the engine's union type both ways at compile time, so a
 * value added to the facts model must be added here (and to a migration) before the build passes.
 */
import type {
  Administration,
  DecisionStatus,
  FasciculationPotentials,
  InterventionKind,
  InvestigationResult,
  OnsetSite,
  Region,
  Sex,
  Side,
  SymptomCode,
  UmnSign,
  VariantClassification,
} from '@betz/engine';

/** Compile-time proof that `L` lists exactly the members of `T`. */
type Exactly<T extends string, L extends readonly T[]> = [Exclude<T, L[number]>] extends [never] ? L : never;
const exactly =
  <T extends string>() =>
  <const L extends readonly T[]>(values: Exactly<T, L>): readonly T[] =>
    values;

export const REGIONS = exactly<Region>()(['bulbar', 'cervical', 'thoracic', 'lumbosacral']);
export const SIDES = exactly<Side>()(['left', 'right', 'midline']);
export const SEXES = exactly<Sex>()(['male', 'female', 'other', 'unknown']);
export const UMN_SIGNS = exactly<UmnSign>()([
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
]);
export const FASCICULATION_POTENTIALS = exactly<FasciculationPotentials>()(['none', 'simple', 'complex']);
export const ONSET_SITES = exactly<OnsetSite>()([
  'bulbar',
  'cervical',
  'thoracic',
  'lumbosacral',
  'respiratory',
  'generalised',
  'cognitive',
]);
export const PROGRESSION_BY = ['history', 'examination', 'electrophysiology'] as const;
export const INVESTIGATION_RESULTS = exactly<InvestigationResult>()(['normal', 'abnormal', 'pending', 'notDone']);
export const VARIANT_CLASSIFICATIONS = exactly<VariantClassification>()([
  'pathogenic',
  'likelyPathogenic',
  'vus',
  'likelyBenign',
  'benign',
  'negative',
]);
export const ADMINISTRATIONS = exactly<Administration>()(['clinician', 'self', 'phone', 'app']);
export const RESPONDERS = ['patient', 'caregiver'] as const;
export const CAPACITY_KINDS = ['FVC', 'SVC'] as const;
export const POSTURES = ['sitting', 'supine', 'standing'] as const;
export const SYMPTOM_CODES = exactly<SymptomCode>()([
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
]);
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export const ALLERGY_REACTIONS = ['anaphylaxis', 'hypersensitivity', 'intolerance'] as const;
export const INTERVENTION_KINDS = exactly<InterventionKind>()([
  'niv',
  'gastrostomy',
  'tracheostomy',
  'coughAssist',
  'invasiveVentilation',
  'aac',
  'wheelchair',
]);
export const DECISION_STATUSES = exactly<DecisionStatus>()([
  'accepted',
  'declined',
  'deferred',
  'contraindicated',
  'done',
]);
export const ALSFRS_ITEM_VALUES = [0, 1, 2, 3, 4] as const;

/** Where a referral stands (not part of the engine's case model). */
export const REFERRAL_STATUSES = ['requested', 'accepted', 'seen', 'declined', 'cancelled'] as const;

/** Kinds of visit a clinic records (not part of the engine's case model). */
export const VISIT_KINDS = ['clinic', 'telephone', 'video', 'home', 'ward', 'other'] as const;

/** Account roles (interop-security §5.2). */
export const ROLES = ['admin', 'clinician', 'nurse', 'therapist', 'researcher'] as const;
export type Role = (typeof ROLES)[number];
