/** Symptoms, screenings, labs, medications, interventions, recorded care decisions, endpoints. */
import { VOCABULARY } from '@betz/engine';
import * as z from 'zod';
import { isoDate, measure, nonEmptyText } from './primitives.js';

export const SymptomCodeSchema = z.enum(VOCABULARY.symptom);

export const SymptomReportSchema = z.strictObject({
  date: isoDate,
  symptom: SymptomCodeSchema,
  severity: z.enum(VOCABULARY.severity).optional(),
  note: z.string().optional(),
});

export const ScreeningSchema = z.strictObject({
  date: isoDate,
  instrument: nonEmptyText,
  // Every instrument Betz reads (PHQ-9, GAD-7, CNS-LS, ECAS, ALS-CBS, Zarit, ESS) scores from 0 up.
  score: z.number().min(0, { error: 'must be 0 or more' }),
  abnormal: z.boolean().optional(),
});

export const LabResultSchema = z.strictObject({
  date: isoDate,
  test: nonEmptyText,
  value: z.number(),
  unit: z.string().optional(),
  upperLimitOfNormal: z.number().positive({ error: 'must be greater than 0' }).optional(),
});

export const MedicationSchema = z.strictObject({
  drug: nonEmptyText,
  startDate: isoDate.optional(),
  stopDate: isoDate.optional(),
  dose: z.string().optional(),
  route: z.string().optional(),
  note: z.string().optional(),
});

export const AllergySchema = z.strictObject({
  substance: nonEmptyText,
  reaction: z.enum(VOCABULARY.allergyReaction).optional(),
});

export const InterventionSchema = z.strictObject({
  kind: z.enum(VOCABULARY.intervention),
  startDate: isoDate,
  stopDate: isoDate.optional(),
  hoursPerDay: measure(0, 24, 'hours a day').optional(),
  note: z.string().optional(),
});

export const CareDecisionSchema = z.strictObject({
  code: nonEmptyText,
  status: z.enum(VOCABULARY.decisionStatus),
  date: isoDate,
  reason: z.string().optional(),
  until: isoDate.optional(),
  triggerValue: z.number().optional(),
  triggerMeasure: z.enum(VOCABULARY.triggerMeasure).optional(),
});

export const AdvanceCarePlanSchema = z.strictObject({
  date: isoDate,
  topics: z.array(nonEmptyText).optional(),
});

export const EndpointsSchema = z.strictObject({
  deathDate: isoDate.optional(),
  tracheostomyDate: isoDate.optional(),
  nivOver23hDate: isoDate.optional(),
});
