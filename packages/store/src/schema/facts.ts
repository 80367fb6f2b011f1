/**
 * Every kind of clinical fact the store keeps, as data: its table, its field map, where it sits in
 * the engine's `PatientCase`, and the date that places it in time. Rows of every kind share the
 * same bookkeeping columns (id, patient, visit, version, who and when, retraction); see
 * migrations/0002_clinical.sql.
 */
import type {
  AdvanceCarePlan,
  Allergy,
  AlsfrsOriginalRecord,
  AlsfrsrRecord,
  CareDecision,
  EmgMuscle,
  EmgStudy,
  Endpoints,
  Exam,
  GeneticResult,
  History,
  Intervention,
  Investigation,
  LabResult,
  Medication,
  PatientCase,
  RegionExam,
  RespiratoryTest,
  Screening,
  SymptomReport,
  VitalCapacity,
  WeightRecord,
} from '@betz/engine';
import {
  bool,
  code,
  date,
  type FieldMap,
  type FieldsOf,
  int,
  list,
  num,
  obj,
  oneOf,
  positive,
  text,
} from './fields.js';
import {
  ADMINISTRATIONS,
  ALLERGY_REACTIONS,
  CAPACITY_KINDS,
  DECISION_STATUSES,
  FASCICULATION_POTENTIALS,
  INTERVENTION_KINDS,
  INVESTIGATION_RESULTS,
  ONSET_SITES,
  POSTURES,
  PROGRESSION_BY,
  REFERRAL_STATUSES,
  REGIONS,
  RESPONDERS,
  SEVERITIES,
  SIDES,
  SYMPTOM_CODES,
  UMN_SIGNS,
  VARIANT_CLASSIFICATIONS,
  VISIT_KINDS,
} from './vocab.js';

/** A list of child rows stored in its own table (exam regions, EMG muscles). */
export interface ChildSpec {
  /** Field of the parent fact holding the list. */
  key: string;
  table: string;
  /** Column naming the parent row (with `<parent>_version` beside it). */
  parentColumn: string;
  fields: FieldMap;
}

export interface FactKindSpec {
  /** Stable name used in audit events and the API (`vitalCapacity`). */
  kind: string;
  table: string;
  /** Where the kind sits in `PatientCase`; absent for facts the engine does not read (identifiers, visits). */
  caseKey?: keyof PatientCase;
  /** 'one': at most one live row per patient (history, endpoints). */
  cardinality: 'many' | 'one';
  fields: FieldMap;
  children?: readonly ChildSpec[];
  /** The field that places a fact in clinical time: filtered by "as of" and used to order lists. */
  dateField?: string;
  /** Date fields blanked when they fall after the "as of" date (a stop not yet happened). */
  clipAfterAsOf?: readonly string[];
  /** Identifying by nature (names, record numbers): never in de-identified views. */
  identifying?: boolean;
}

const ALSFRS_ITEM = int(0, 4, { required: true });
const ALSFRS_ITEM_OPTIONAL = int(0, 4);

const regionExam: FieldsOf<RegionExam> = {
  region: oneOf(REGIONS, { required: true }),
  side: oneOf(SIDES, { required: true }),
  umnSigns: list(UMN_SIGNS),
  weakness: bool(),
  weaknessLmnType: bool(),
  wasting: bool(),
  fasciculations: bool(),
  note: text({ freeText: true }),
};

const exam: FieldsOf<Exam, 'regions'> = {
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
    cognitiveOrBehaviouralChange: bool(),
  }),
};

const emgMuscle: FieldsOf<EmgMuscle> = {
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
};

const emgStudy: FieldsOf<EmgStudy, 'muscles'> = {
  date: date({ required: true }),
  ncs: obj({
    sensoryAbnormal: bool(),
    sensoryAbnormalExplained: bool(),
    motorConductionBlock: bool(),
    demyelinatingSlowing: bool(),
    lowCmap: bool(),
    rnsDecrement: bool(),
    rnsIncrement: bool(),
  }),
  note: text({ freeText: true }),
};

const history: FieldsOf<History> = {
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
  familyHistory: obj({ als: bool(), ftd: bool(), relatives: text({ freeText: true }) }),
  ftd: bool(),
  priorPolio: bool(),
  priorRadiotherapy: bool(),
  bariatricSurgery: bool(),
  heavyMetalExposure: bool(),
  ancestry: text({ freeText: true }),
};

const investigation: FieldsOf<Investigation> = {
  code: code({ required: true }),
  date: date(),
  result: oneOf(INVESTIGATION_RESULTS, { required: true }),
  value: num(undefined, undefined),
  unit: text(),
  note: text({ freeText: true }),
  explainsPresentation: bool(),
};

const geneticResult: FieldsOf<GeneticResult> = {
  gene: code({ required: true }),
  classification: oneOf(VARIANT_CLASSIFICATIONS, { required: true }),
  // A rare variant can identify a family (Safe Harbor §5.5): treated as free text.
  variant: text({ freeText: true }),
  date: date(),
  repeatCount: int(0, 10_000),
};

const alsfrsr: FieldsOf<AlsfrsrRecord> = {
  date: date({ required: true }),
  speech: ALSFRS_ITEM,
  salivation: ALSFRS_ITEM,
  swallowing: ALSFRS_ITEM,
  handwriting: ALSFRS_ITEM,
  cuttingWithoutGastrostomy: ALSFRS_ITEM_OPTIONAL,
  cuttingWithGastrostomy: ALSFRS_ITEM_OPTIONAL,
  dressing: ALSFRS_ITEM,
  turningInBed: ALSFRS_ITEM,
  walking: ALSFRS_ITEM,
  climbingStairs: ALSFRS_ITEM,
  dyspnoea: ALSFRS_ITEM,
  orthopnoea: ALSFRS_ITEM,
  respiratoryInsufficiency: ALSFRS_ITEM,
  administeredBy: oneOf(ADMINISTRATIONS),
  respondedBy: oneOf(RESPONDERS),
};

const alsfrsOriginal: FieldsOf<AlsfrsOriginalRecord> = {
  date: date({ required: true }),
  speech: ALSFRS_ITEM,
  salivation: ALSFRS_ITEM,
  swallowing: ALSFRS_ITEM,
  handwriting: ALSFRS_ITEM,
  cuttingWithoutGastrostomy: ALSFRS_ITEM_OPTIONAL,
  cuttingWithGastrostomy: ALSFRS_ITEM_OPTIONAL,
  dressing: ALSFRS_ITEM,
  turningInBed: ALSFRS_ITEM,
  walking: ALSFRS_ITEM,
  climbingStairs: ALSFRS_ITEM,
  respiratory: ALSFRS_ITEM,
  administeredBy: oneOf(ADMINISTRATIONS),
};

const vitalCapacity: FieldsOf<VitalCapacity> = {
  date: date({ required: true }),
  kind: oneOf(CAPACITY_KINDS, { required: true }),
  posture: oneOf(POSTURES, { required: true }),
  percentPredicted: num(0, 200, { required: true }),
  litres: num(0, 10),
  reliable: bool(),
};

const respiratoryTest: FieldsOf<RespiratoryTest> = {
  date: date({ required: true }),
  snipCmH2O: num(0, 250, { column: 'snip_cmh2o' }),
  mipCmH2O: num(0, 250, { column: 'mip_cmh2o' }),
  mepCmH2O: num(0, 350, { column: 'mep_cmh2o' }),
  peakCoughFlowLPerMin: num(0, 1000, { column: 'peak_cough_flow_l_per_min' }),
  nocturnalSpo2At88MinutesContinuous: num(0, 1440, { column: 'nocturnal_spo2_at88_minutes' }),
  paco2MmHg: num(10, 150, { column: 'paco2_mmhg' }),
  spo2Percent: num(0, 100),
};

const weight: FieldsOf<WeightRecord> = {
  date: date({ required: true }),
  weightKg: num(10, 400, { required: true }),
};

const symptom: FieldsOf<SymptomReport> = {
  date: date({ required: true }),
  symptom: oneOf(SYMPTOM_CODES, { required: true }),
  severity: oneOf(SEVERITIES),
  note: text({ freeText: true }),
};

const screening: FieldsOf<Screening> = {
  date: date({ required: true }),
  instrument: code({ required: true }),
  score: num(0, undefined, { required: true }),
  abnormal: bool(),
};

const lab: FieldsOf<LabResult> = {
  date: date({ required: true }),
  test: code({ required: true }),
  value: num(undefined, undefined, { required: true }),
  unit: text(),
  upperLimitOfNormal: positive(),
};

const medication: FieldsOf<Medication> = {
  drug: code({ required: true }),
  startDate: date(),
  stopDate: date(),
  dose: text(),
  route: text(),
  note: text({ freeText: true }),
};

const allergy: FieldsOf<Allergy> = {
  substance: text({ required: true }),
  reaction: oneOf(ALLERGY_REACTIONS),
};

const intervention: FieldsOf<Intervention> = {
  kind: oneOf(INTERVENTION_KINDS, { required: true }),
  startDate: date({ required: true }),
  stopDate: date(),
  hoursPerDay: num(0, 24),
  note: text({ freeText: true }),
};

const careDecision: FieldsOf<CareDecision> = {
  code: code({ required: true }),
  status: oneOf(DECISION_STATUSES, { required: true }),
  date: date({ required: true }),
  reason: text({ freeText: true }),
  until: date(),
  triggerValue: num(undefined, undefined),
};

const advanceCarePlan: FieldsOf<AdvanceCarePlan> = {
  date: date({ required: true }),
  topics: list(),
};

const endpoints: FieldsOf<Endpoints> = {
  deathDate: date(),
  tracheostomyDate: date(),
  nivOver23hDate: date(),
};

/** A patient identifier (record number, national number): identifying, never in research views. */
export interface PatientIdentifier {
  /** The issuing system: 'mrn', 'nhs', a hospital code. */
  system: string;
  value: string;
}

/** A clinic visit: facts recorded at it may point to it. Not part of the engine's case model. */
export interface Visit {
  date: string;
  kind?: (typeof VISIT_KINDS)[number];
  clinician?: string;
  note?: string;
}

/** A referral to another service, from request to first appointment. Not part of the engine's case model. */
export interface Referral {
  date: string;
  /** The service referred to: 'dietitian', 'speechTherapy', 'respiratory', 'palliativeCare', … */
  service: string;
  status?: (typeof REFERRAL_STATUSES)[number];
  /** The care recommendation it acts on (a care engine code, e.g. 'team.multidisciplinaryClinic'). */
  careCode?: string;
  seenDate?: string;
  note?: string;
}

const referral: FieldsOf<Referral> = {
  date: date({ required: true }),
  service: code({ required: true }),
  status: oneOf(REFERRAL_STATUSES),
  careCode: code(),
  seenDate: date(),
  note: text({ freeText: true }),
};

const identifier: FieldsOf<PatientIdentifier> = {
  system: code({ required: true }),
  value: text({ required: true, freeText: true }),
};

const visit: FieldsOf<Visit> = {
  date: date({ required: true }),
  kind: oneOf(VISIT_KINDS),
  clinician: text({ freeText: true }),
  note: text({ freeText: true }),
};

/** The fact kinds, in the order the case model lists them. */
export const FACT_KINDS = [
  {
    kind: 'identifier',
    table: 'patient_identifier',
    cardinality: 'many',
    fields: identifier,
    identifying: true,
  },
  { kind: 'visit', table: 'visit', cardinality: 'many', fields: visit, dateField: 'date' },
  {
    kind: 'history',
    table: 'history',
    caseKey: 'history',
    cardinality: 'one',
    fields: history,
    clipAfterAsOf: ['onsetDate', 'diagnosisDate'],
  },
  {
    kind: 'exam',
    table: 'exam',
    caseKey: 'exams',
    cardinality: 'many',
    fields: exam,
    children: [{ key: 'regions', table: 'exam_region', parentColumn: 'exam_id', fields: regionExam }],
    dateField: 'date',
  },
  {
    kind: 'emgStudy',
    table: 'emg_study',
    caseKey: 'emg',
    cardinality: 'many',
    fields: emgStudy,
    children: [{ key: 'muscles', table: 'emg_muscle', parentColumn: 'emg_study_id', fields: emgMuscle }],
    dateField: 'date',
  },
  {
    kind: 'investigation',
    table: 'investigation',
    caseKey: 'investigations',
    cardinality: 'many',
    fields: investigation,
    dateField: 'date',
  },
  {
    kind: 'geneticResult',
    table: 'genetic_result',
    caseKey: 'genetics',
    cardinality: 'many',
    fields: geneticResult,
    dateField: 'date',
  },
  {
    kind: 'alsfrsr',
    table: 'alsfrsr',
    caseKey: 'alsfrsr',
    cardinality: 'many',
    fields: alsfrsr,
    dateField: 'date',
  },
  {
    kind: 'alsfrsOriginal',
    table: 'alsfrs_original',
    caseKey: 'alsfrsOriginal',
    cardinality: 'many',
    fields: alsfrsOriginal,
    dateField: 'date',
  },
  {
    kind: 'vitalCapacity',
    table: 'vital_capacity',
    caseKey: 'vitalCapacity',
    cardinality: 'many',
    fields: vitalCapacity,
    dateField: 'date',
  },
  {
    kind: 'respiratoryTest',
    table: 'respiratory_test',
    caseKey: 'respiratory',
    cardinality: 'many',
    fields: respiratoryTest,
    dateField: 'date',
  },
  {
    kind: 'weight',
    table: 'weight',
    caseKey: 'weights',
    cardinality: 'many',
    fields: weight,
    dateField: 'date',
  },
  {
    kind: 'symptom',
    table: 'symptom_report',
    caseKey: 'symptoms',
    cardinality: 'many',
    fields: symptom,
    dateField: 'date',
  },
  {
    kind: 'screening',
    table: 'screening',
    caseKey: 'screenings',
    cardinality: 'many',
    fields: screening,
    dateField: 'date',
  },
  {
    kind: 'lab',
    table: 'lab_result',
    caseKey: 'labs',
    cardinality: 'many',
    fields: lab,
    dateField: 'date',
  },
  {
    kind: 'medication',
    table: 'medication',
    caseKey: 'medications',
    cardinality: 'many',
    fields: medication,
    dateField: 'startDate',
    clipAfterAsOf: ['stopDate'],
  },
  { kind: 'allergy', table: 'allergy', caseKey: 'allergies', cardinality: 'many', fields: allergy },
  {
    kind: 'intervention',
    table: 'intervention',
    caseKey: 'interventions',
    cardinality: 'many',
    fields: intervention,
    dateField: 'startDate',
    clipAfterAsOf: ['stopDate'],
  },
  {
    kind: 'careDecision',
    table: 'care_decision',
    caseKey: 'careDecisions',
    cardinality: 'many',
    fields: careDecision,
    dateField: 'date',
  },
  { kind: 'referral', table: 'referral', cardinality: 'many', fields: referral, dateField: 'date' },
  {
    kind: 'advanceCarePlan',
    table: 'advance_care_plan',
    caseKey: 'advanceCarePlans',
    cardinality: 'many',
    fields: advanceCarePlan,
    dateField: 'date',
  },
  {
    kind: 'endpoints',
    table: 'endpoints',
    caseKey: 'endpoints',
    cardinality: 'one',
    fields: endpoints,
    clipAfterAsOf: ['deathDate', 'tracheostomyDate', 'nivOver23hDate'],
  },
] as const satisfies readonly FactKindSpec[];

export type FactKind = (typeof FACT_KINDS)[number]['kind'];

const BY_KIND = new Map<string, FactKindSpec>(FACT_KINDS.map((k) => [k.kind, k]));

/** The spec of a fact kind (throws on an unknown kind: a programming error, not input). */
export function factKind(kind: FactKind): FactKindSpec {
  const spec = BY_KIND.get(kind);
  if (!spec) throw new Error(`unknown fact kind ${kind}`);
  return spec;
}

/** Every `PatientCase` list and block is stored by exactly one kind (checked by a test). */
export const CASE_KEYS_STORED = FACT_KINDS.flatMap((k) => ('caseKey' in k ? [k.caseKey] : []));
