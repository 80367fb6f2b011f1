/**
 * The case file: one patient's facts, as `packages/engine/src/facts/index.ts` defines them
 * (`PatientCase`), with the ranges and orders a real record keeps. Unknown fields are refused,
 * so a misspelt field is an error and not a silently ignored fact.
 */
import * as z from 'zod';
import {
  AdvanceCarePlanSchema,
  AllergySchema,
  CareDecisionSchema,
  EndpointsSchema,
  InterventionSchema,
  LabResultSchema,
  MedicationSchema,
  ScreeningSchema,
  SymptomReportSchema,
} from './care.js';
import { dateOrderIssues } from './date-order.js';
import { EmgStudySchema } from './emg.js';
import { ExamSchema, SexSchema } from './exam.js';
import {
  AlsfrsOriginalRecordSchema,
  AlsfrsrRecordSchema,
  RespiratoryTestSchema,
  VitalCapacitySchema,
  WeightRecordSchema,
} from './function.js';
import { GeneticResultSchema, HistorySchema, InvestigationSchema, RedFlagJudgementSchema } from './history.js';
import { isoDate, measure, nonEmptyText, TEXT_MAX } from './primitives.js';

/** The case-file format version this schema reads. */
export const CASE_SCHEMA_VERSION = 1;

export const PatientSchema = z.strictObject({
  id: nonEmptyText.max(TEXT_MAX.code),
  sex: SexSchema.optional(),
  birthDate: isoDate.optional(),
  heightCm: measure(50, 250, 'cm').optional(),
  premorbidWeightKg: measure(10, 400, 'kg').optional(),
});

export const PatientCaseSchema = z
  .strictObject({
    schemaVersion: z.literal(CASE_SCHEMA_VERSION, {
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `must be ${CASE_SCHEMA_VERSION} (the case format version this Betz reads)`,
    }),
    patient: PatientSchema,
    history: HistorySchema.optional(),
    exams: z.array(ExamSchema).optional(),
    emg: z.array(EmgStudySchema).optional(),
    investigations: z.array(InvestigationSchema).optional(),
    redFlagJudgements: z.array(RedFlagJudgementSchema).optional(),
    genetics: z.array(GeneticResultSchema).optional(),
    alsfrsr: z.array(AlsfrsrRecordSchema).optional(),
    alsfrsOriginal: z.array(AlsfrsOriginalRecordSchema).optional(),
    vitalCapacity: z.array(VitalCapacitySchema).optional(),
    respiratory: z.array(RespiratoryTestSchema).optional(),
    weights: z.array(WeightRecordSchema).optional(),
    symptoms: z.array(SymptomReportSchema).optional(),
    screenings: z.array(ScreeningSchema).optional(),
    labs: z.array(LabResultSchema).optional(),
    medications: z.array(MedicationSchema).optional(),
    allergies: z.array(AllergySchema).optional(),
    interventions: z.array(InterventionSchema).optional(),
    careDecisions: z.array(CareDecisionSchema).optional(),
    advanceCarePlans: z.array(AdvanceCarePlanSchema).optional(),
    endpoints: EndpointsSchema.optional(),
  })
  .superRefine(
    (input, ctx) => {
      for (const issue of dateOrderIssues(input)) ctx.addIssue({ code: 'custom', ...issue });
    },
    // Run even when other fields are invalid, so one pass reports every problem.
    { when: () => true },
  )
  .meta({
    title: 'Betz case file',
    description: "One patient's clinical facts for Betz (ALS decision support). See docs/case-format.md.",
  });

export type PatientCaseInput = z.input<typeof PatientCaseSchema>;
export type PatientCaseOutput = z.output<typeof PatientCaseSchema>;
