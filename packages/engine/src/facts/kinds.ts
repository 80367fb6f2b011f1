/**
 * The catalogue of fact kinds: every kind of clinical fact Betz records, as data, written once.
 *
 * Each layer derives what it needs from this table instead of listing the kinds again: the
 * engine's as-of view and the latest-fact date (from `caseKey` and the date fields), the store's
 * kind table, the API's fact routes and the access policy, the documentation's table of kinds,
 * and the FHIR mapping. Adding a kind means a row here, its schema (contracts), its table
 * (store migration) and its mapping; tests in each layer fail until all four exist.
 */
import type { PatientCase } from './types.js';

/** Where a kind maps in FHIR R4; `'none'` until the interop layer defines it (an explicit gap). */
export type FhirMapping =
  | 'none'
  | {
      resource:
        | 'Patient'
        | 'Condition'
        | 'Observation'
        | 'QuestionnaireResponse'
        | 'MedicationStatement'
        | 'AllergyIntolerance'
        | 'Procedure'
        | 'DeviceUseStatement'
        | 'DiagnosticReport'
        | 'ServiceRequest'
        | 'Encounter'
        | 'CarePlan'
        | 'Consent';
      /** What the mapping carries, for people reading the table. */
      note?: string;
    };

export interface FactKindEntry {
  /** Stable name used in audit events, the store and the API (`vitalCapacity`). */
  kind: string;
  /** Where the kind sits in `PatientCase`; `null` for facts the engine does not read. */
  caseKey: keyof PatientCase | null;
  /** `one`: at most one per patient (an object in the case); `many`: a list. */
  cardinality: 'one' | 'many';
  /**
   * The field that places one fact in clinical time: the as-of view drops facts dated after the
   * assessment date and sorts lists by it. `null`: the kind is not placed in time as a whole.
   */
  placedBy: string | null;
  /** Other date fields that record an event: blanked by the as-of view when they fall after the assessment date. */
  otherDates: readonly string[];
  /**
   * Date fields that plan rather than record (a decision deferred `until` a date): kept by the
   * as-of view whatever their date, and not a recorded fact for the latest-fact date.
   */
  plannedDates?: readonly string[];
  /**
   * Booked ahead: its facts may be dated after today (a visit is an appointment before it is
   * held). The API refuses every other date after today, planned dates aside: a fact is recorded
   * once it has happened.
   */
  scheduled?: true;
  /** A label for people (forms, docs, audit views). */
  label: string;
  /**
   * Who in the team records it (interop-security §5.2): `clinician`, the physician only (the
   * diagnostic record: history, examination, EMG, genetics); `nurse`, also nurses and coordinators;
   * `therapist`, also therapists (function, measurements, symptoms). Each includes the ones before.
   */
  recordedBy: 'clinician' | 'nurse' | 'therapist';
  /**
   * The plural noun of a kind outside the case (`identifiers`): its path segment in the REST API.
   * A kind in the case has none: its segment is derived from its case key (`factApiPath`).
   */
  noun?: string;
  /** Path segments the kind answered at before, redirected (308) to `factApiPath` and deprecated. */
  formerApiPaths?: readonly string[];
  fhir: FhirMapping;
}

/** Every fact kind, in the order of the case model. */
export const FACT_KIND_CATALOGUE = [
  {
    kind: 'identifier',
    caseKey: null,
    cardinality: 'many',
    placedBy: null,
    otherDates: [],
    label: 'identifier',
    recordedBy: 'nurse',
    noun: 'identifiers',
    fhir: { resource: 'Patient', note: 'Patient.identifier' },
  },
  {
    kind: 'visit',
    caseKey: null,
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    scheduled: true,
    label: 'visit',
    recordedBy: 'therapist',
    noun: 'visits',
    fhir: { resource: 'Encounter' },
  },
  {
    kind: 'history',
    caseKey: 'history',
    cardinality: 'one',
    placedBy: null,
    otherDates: ['onsetDate', 'diagnosisDate'],
    label: 'history',
    recordedBy: 'clinician',
    fhir: { resource: 'Condition', note: 'the ALS condition: onset, diagnosis date, onset site' },
  },
  {
    kind: 'exam',
    caseKey: 'exams',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'neurological examination',
    recordedBy: 'clinician',
    fhir: { resource: 'Observation', note: 'one Observation per region and side' },
  },
  {
    kind: 'emgStudy',
    caseKey: 'emg',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'EMG study',
    recordedBy: 'clinician',
    formerApiPaths: ['emg-studies'],
    fhir: { resource: 'DiagnosticReport' },
  },
  {
    kind: 'investigation',
    caseKey: 'investigations',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'investigation',
    recordedBy: 'nurse',
    fhir: { resource: 'DiagnosticReport' },
  },
  {
    kind: 'redFlagJudgement',
    caseKey: 'redFlagJudgements',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'red flag judgement',
    // A judgement on a finding that argues against ALS is the diagnosing clinician's.
    recordedBy: 'clinician',
    fhir: 'none',
  },
  {
    kind: 'geneticResult',
    caseKey: 'genetics',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'genetic result',
    recordedBy: 'clinician',
    formerApiPaths: ['genetic-results'],
    fhir: { resource: 'Observation', note: 'genomics reporting' },
  },
  {
    kind: 'alsfrsr',
    caseKey: 'alsfrsr',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'ALSFRS-R',
    recordedBy: 'therapist',
    fhir: { resource: 'QuestionnaireResponse' },
  },
  {
    kind: 'alsfrsOriginal',
    caseKey: 'alsfrsOriginal',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'original ALSFRS',
    recordedBy: 'nurse',
    fhir: { resource: 'QuestionnaireResponse' },
  },
  {
    kind: 'vitalCapacity',
    caseKey: 'vitalCapacity',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'vital capacity',
    recordedBy: 'therapist',
    fhir: { resource: 'Observation' },
  },
  {
    kind: 'respiratoryTest',
    caseKey: 'respiratory',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'respiratory test',
    recordedBy: 'therapist',
    formerApiPaths: ['respiratory-tests'],
    fhir: { resource: 'Observation' },
  },
  {
    kind: 'weight',
    caseKey: 'weights',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'weight',
    recordedBy: 'therapist',
    fhir: { resource: 'Observation' },
  },
  {
    kind: 'symptom',
    caseKey: 'symptoms',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'symptom',
    recordedBy: 'therapist',
    fhir: { resource: 'Observation' },
  },
  {
    kind: 'screening',
    caseKey: 'screenings',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'screening',
    recordedBy: 'therapist',
    fhir: { resource: 'Observation' },
  },
  {
    kind: 'lab',
    caseKey: 'labs',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'lab result',
    recordedBy: 'nurse',
    fhir: { resource: 'Observation' },
  },
  {
    kind: 'medication',
    caseKey: 'medications',
    cardinality: 'many',
    placedBy: 'startDate',
    otherDates: ['stopDate'],
    label: 'medication',
    recordedBy: 'nurse',
    fhir: { resource: 'MedicationStatement' },
  },
  {
    kind: 'allergy',
    caseKey: 'allergies',
    cardinality: 'many',
    placedBy: null,
    otherDates: [],
    label: 'allergy',
    recordedBy: 'nurse',
    fhir: { resource: 'AllergyIntolerance' },
  },
  {
    kind: 'intervention',
    caseKey: 'interventions',
    cardinality: 'many',
    placedBy: 'startDate',
    otherDates: ['stopDate'],
    label: 'intervention',
    recordedBy: 'therapist',
    fhir: { resource: 'Procedure' },
  },
  {
    kind: 'careDecision',
    caseKey: 'careDecisions',
    cardinality: 'many',
    placedBy: 'date',
    // `until` is not blanked: a deferral's end is set when the decision is made, so it is known as
    // of any date the decision is (blanking it would turn a deferral in force into one without an end).
    otherDates: [],
    plannedDates: ['until'],
    label: 'care decision',
    recordedBy: 'nurse',
    fhir: 'none',
  },
  {
    kind: 'referral',
    caseKey: null,
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'referral',
    recordedBy: 'nurse',
    noun: 'referrals',
    fhir: { resource: 'ServiceRequest' },
  },
  {
    kind: 'advanceCarePlan',
    caseKey: 'advanceCarePlans',
    cardinality: 'many',
    placedBy: 'date',
    otherDates: [],
    label: 'advance care plan',
    recordedBy: 'nurse',
    fhir: { resource: 'Consent' },
  },
  {
    kind: 'endpoints',
    caseKey: 'endpoints',
    cardinality: 'one',
    placedBy: null,
    otherDates: ['deathDate', 'tracheostomyDate', 'nivOver23hDate'],
    label: 'endpoints',
    recordedBy: 'nurse',
    fhir: 'none',
  },
] as const satisfies readonly FactKindEntry[];

/** The name of a fact kind. */
export type FactKindName = (typeof FACT_KIND_CATALOGUE)[number]['kind'];

/** The catalogue entries of the kinds the engine reads (those with a place in `PatientCase`). */
export type CaseFactKind = Extract<(typeof FACT_KIND_CATALOGUE)[number], { caseKey: keyof PatientCase }>;

const BY_NAME = new Map<string, FactKindEntry>(FACT_KIND_CATALOGUE.map((k) => [k.kind, k]));

/**
 * The catalogue entry of a kind (throws on an unknown name: a programming error, not input).
 *
 * @example factKindEntry('weight').label // 'weight'
 */
export function factKindEntry(kind: FactKindName): FactKindEntry {
  const entry = BY_NAME.get(kind);
  if (!entry) throw new Error(`unknown fact kind ${kind}`);
  return entry;
}

/** `redFlagJudgements` -> `red-flag-judgements`. */
export const kebabCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The path segment of a kind under `/patients/{id}/` in the REST API, one scheme for every kind: a
 * kind in the case is named as the case file names it (the kebab-case of its case key: `emg`,
 * `vital-capacity`, `care-decisions`), so a path and a case field never disagree; a kind outside
 * the case keeps its plural noun (`identifiers`, `visits`, `referrals`).
 *
 * @example factApiPath(factKindEntry('emgStudy')) // 'emg'
 */
export function factApiPath(entry: Pick<FactKindEntry, 'kind' | 'caseKey' | 'noun'>): string {
  if (entry.caseKey !== null) return kebabCase(entry.caseKey);
  if (!entry.noun) throw new Error(`fact kind ${entry.kind} has neither a case key nor a noun`);
  return entry.noun;
}

/** The kinds the engine reads, each with its key in the case. */
export const CASE_FACT_KINDS: readonly CaseFactKind[] = FACT_KIND_CATALOGUE.filter(
  (k): k is CaseFactKind => k.caseKey !== null,
);

/** Compile-time: every fact block of `PatientCase` has a kind (the build fails when one lacks it). */
type UncataloguedCaseKeys = Exclude<keyof PatientCase, 'schemaVersion' | 'patient' | CaseFactKind['caseKey']>;
const everyCaseKeyCatalogued: [UncataloguedCaseKeys] extends [never] ? true : UncataloguedCaseKeys = true;
void everyCaseKeyCatalogued;
