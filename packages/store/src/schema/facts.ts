/**
 * Every kind of clinical fact the store keeps, as data: its table, its field map, where it sits in
 * the engine's `PatientCase`, and the date that places it in time. Rows of every kind share the
 * same bookkeeping columns (id, patient, visit, version, who and when, retraction); see
 * migrations/0002_clinical.sql.
 */
import type { PatientCase } from '@betz/engine';
import type { FieldMap } from './fields.js';
import {
  advanceCarePlan,
  allergy,
  careDecision,
  endpoints,
  intervention,
  lab,
  medication,
  screening,
  symptom,
} from './maps/care.js';
import { identifier, referral, visit } from './maps/clinic.js';
import {
  emgMuscle,
  emgStudy,
  exam,
  geneticResult,
  history,
  investigation,
  redFlagJudgement,
  regionExam,
} from './maps/diagnosis.js';
import { alsfrsOriginal, alsfrsr, respiratoryTest, vitalCapacity, weight } from './maps/measures.js';

export type { PatientIdentifier, Referral, Visit } from './maps/clinic.js';

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
    kind: 'redFlagJudgement',
    table: 'red_flag_judgement',
    caseKey: 'redFlagJudgements',
    cardinality: 'many',
    fields: redFlagJudgement,
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
