/**
 * Every kind of clinical fact the store keeps. What a kind is (its key in the case, one or many,
 * the dates that place it in time) comes from the engine's catalogue of fact kinds; the store adds
 * only what is its own: the table, the field map, the child tables and whether it identifies the
 * patient. Rows of every kind share the same bookkeeping columns (id, patient, visit, version, who
 * and when, retraction); see migrations/0002_clinical.sql.
 */
import { FACT_KIND_CATALOGUE, type FactKindName, type PatientCase } from '@betz/engine';
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
import { emgMuscle, emgStudy, exam, geneticResult, history, investigation, regionExam } from './maps/diagnosis.js';
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

/** The name of a fact kind (the engine catalogue's). */
export type FactKind = FactKindName;

/** What the store adds to a catalogue kind. */
interface StoredKind {
  table: string;
  fields: FieldMap;
  children?: readonly ChildSpec[];
  /** Identifying by nature (names, record numbers): never in de-identified views. */
  identifying?: boolean;
}

export interface FactKindSpec extends StoredKind {
  /** Stable name used in audit events and the API (`vitalCapacity`). */
  kind: FactKind;
  /** Where the kind sits in `PatientCase`; absent for facts the engine does not read (identifiers, visits). */
  caseKey?: keyof PatientCase;
  /** 'one': at most one live row per patient (history, endpoints). */
  cardinality: 'many' | 'one';
  /** The field that places a fact in clinical time: filtered by "as of" and used to order lists. */
  dateField?: string;
  /** Date fields blanked when they fall after the "as of" date (a stop not yet happened). */
  clipAfterAsOf?: readonly string[];
}

/** The store's part of every kind: a kind of the catalogue without its table fails the build and a test. */
export const STORED_KINDS = {
  identifier: { table: 'patient_identifier', fields: identifier, identifying: true },
  visit: { table: 'visit', fields: visit },
  history: { table: 'history', fields: history },
  exam: {
    table: 'exam',
    fields: exam,
    children: [{ key: 'regions', table: 'exam_region', parentColumn: 'exam_id', fields: regionExam }],
  },
  emgStudy: {
    table: 'emg_study',
    fields: emgStudy,
    children: [{ key: 'muscles', table: 'emg_muscle', parentColumn: 'emg_study_id', fields: emgMuscle }],
  },
  investigation: { table: 'investigation', fields: investigation },
  geneticResult: { table: 'genetic_result', fields: geneticResult },
  alsfrsr: { table: 'alsfrsr', fields: alsfrsr },
  alsfrsOriginal: { table: 'alsfrs_original', fields: alsfrsOriginal },
  vitalCapacity: { table: 'vital_capacity', fields: vitalCapacity },
  respiratoryTest: { table: 'respiratory_test', fields: respiratoryTest },
  weight: { table: 'weight', fields: weight },
  symptom: { table: 'symptom_report', fields: symptom },
  screening: { table: 'screening', fields: screening },
  lab: { table: 'lab_result', fields: lab },
  medication: { table: 'medication', fields: medication },
  allergy: { table: 'allergy', fields: allergy },
  intervention: { table: 'intervention', fields: intervention },
  careDecision: { table: 'care_decision', fields: careDecision },
  referral: { table: 'referral', fields: referral },
  advanceCarePlan: { table: 'advance_care_plan', fields: advanceCarePlan },
  endpoints: { table: 'endpoints', fields: endpoints },
} as const satisfies Record<FactKind, StoredKind>;

/** The fact kinds, in the order the case model lists them: the catalogue's, with the store's part. */
export const FACT_KINDS: readonly FactKindSpec[] = FACT_KIND_CATALOGUE.map((entry) => ({
  kind: entry.kind,
  ...STORED_KINDS[entry.kind],
  ...(entry.caseKey !== null ? { caseKey: entry.caseKey } : {}),
  cardinality: entry.cardinality,
  ...(entry.placedBy !== null ? { dateField: entry.placedBy } : {}),
  ...(entry.otherDates.length > 0 ? { clipAfterAsOf: entry.otherDates } : {}),
}));

const BY_KIND = new Map<string, FactKindSpec>(FACT_KINDS.map((k) => [k.kind, k]));

/** The spec of a fact kind (throws on an unknown kind: a programming error, not input). */
export function factKind(kind: FactKind): FactKindSpec {
  const spec = BY_KIND.get(kind);
  if (!spec) throw new Error(`unknown fact kind ${kind}`);
  return spec;
}
