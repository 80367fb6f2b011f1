/** Field maps of symptoms, screenings, labs, medications, allergies, interventions, care decisions, advance care plans and endpoints. */
import type {
  AdvanceCarePlan,
  Allergy,
  CareDecision,
  Endpoints,
  Intervention,
  LabResult,
  Medication,
  Screening,
  SymptomReport,
} from '@betz/engine';
import { bool, code, date, type FieldsOf, list, num, oneOf, positive, text } from '../fields.js';
import {
  ALLERGY_REACTIONS,
  DECISION_STATUSES,
  INTERVENTION_KINDS,
  MEDICATION_ROUTES,
  SEVERITIES,
  SYMPTOM_CODES,
  TRIGGER_MEASURES,
} from '../vocab.js';

export const symptom: FieldsOf<SymptomReport> = {
  date: date({ required: true }),
  symptom: oneOf(SYMPTOM_CODES, { required: true }),
  severity: oneOf(SEVERITIES),
  note: text({ freeText: true }),
};

export const screening: FieldsOf<Screening> = {
  date: date({ required: true }),
  instrument: code({ required: true }),
  score: num(0, undefined, { required: true }),
  abnormal: bool(),
};

export const lab: FieldsOf<LabResult> = {
  date: date({ required: true }),
  test: code({ required: true }),
  value: num(undefined, undefined, { required: true }),
  unit: text(),
  upperLimitOfNormal: positive(),
};

export const medication: FieldsOf<Medication> = {
  drug: code({ required: true }),
  // The drug table's code (engine facts/drugs.ts); the column holds up to DRUG_CODE_MAX_LENGTH
  // characters, not the list itself, so a drug added to the table needs no migration.
  code: code(),
  startDate: date(),
  stopDate: date(),
  dose: text(),
  route: oneOf(MEDICATION_ROUTES),
  note: text({ freeText: true }),
};

export const allergy: FieldsOf<Allergy> = {
  substance: text({ required: true }),
  reaction: oneOf(ALLERGY_REACTIONS),
};

export const intervention: FieldsOf<Intervention> = {
  kind: oneOf(INTERVENTION_KINDS, { required: true }),
  startDate: date({ required: true }),
  stopDate: date(),
  hoursPerDay: num(0, 24),
  note: text({ freeText: true }),
};

export const careDecision: FieldsOf<CareDecision> = {
  code: code({ required: true }),
  status: oneOf(DECISION_STATUSES, { required: true }),
  date: date({ required: true }),
  reason: text({ freeText: true }),
  until: date(),
  triggerValue: num(undefined, undefined),
  triggerMeasure: oneOf(TRIGGER_MEASURES),
};

export const advanceCarePlan: FieldsOf<AdvanceCarePlan> = {
  date: date({ required: true }),
  topics: list(),
};

export const endpoints: FieldsOf<Endpoints> = {
  deathDate: date(),
  tracheostomyDate: date(),
  nivOver23hDate: date(),
};
