/** Symptoms, screenings, labs, medications, interventions, recorded care decisions, endpoints. */
import { DRUG_CODES, recogniseDrug, VOCABULARY } from '@betz/engine';
import * as z from 'zod';
import { CARE_RULE_CODES, closestId } from './ids.js';
import { isoDate, measure, nonEmptyText, noteText, shortText, TEXT_MAX, tableId } from './primitives.js';

export const SymptomCodeSchema = z.enum(VOCABULARY.symptom);

export const SymptomReportSchema = z.strictObject({
  date: isoDate,
  symptom: SymptomCodeSchema,
  severity: z.enum(VOCABULARY.severity).optional(),
  note: noteText.optional(),
});

export const ScreeningSchema = z.strictObject({
  date: isoDate,
  instrument: nonEmptyText.max(TEXT_MAX.code),
  // Every instrument Betz reads (PHQ-9, GAD-7, CNS-LS, ECAS, ALS-CBS, Zarit, ESS) scores from 0 up.
  score: z.number().min(0, { error: 'must be 0 or more' }),
  abnormal: z.boolean().optional(),
});

export const LabResultSchema = z.strictObject({
  date: isoDate,
  test: nonEmptyText.max(TEXT_MAX.code),
  value: z.number(),
  unit: shortText.optional(),
  upperLimitOfNormal: z.number().positive({ error: 'must be greater than 0' }).optional(),
});

/**
 * A Betz drug code (the engine's drug table, facts/drugs.ts). An unknown code is refused with the
 * code its text would be recognised as ('Rilutek' -> "riluzole"), else the closest spelling.
 * Typed `string` as the facts model types it; every code is at most DRUG_CODE_MAX_LENGTH (64)
 * characters, the database column's limit.
 */
export const drugCode: z.ZodType<string, string> = z
  .enum(DRUG_CODES, {
    error: (issue: { input?: unknown }) => {
      if (issue.input === undefined) return undefined;
      if (typeof issue.input !== 'string') return 'must be a drug code (text)';
      const suggestion = recogniseDrug(issue.input)?.code ?? closestId(issue.input, DRUG_CODES);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '; see docs/case-format.md for the drug table';
      return `unknown drug code "${issue.input}"${hint}`;
    },
  })
  .meta({ id: 'DrugCode' });

export const MedicationSchema = z.strictObject({
  /** As written, kept even when a code is given. */
  drug: nonEmptyText.max(TEXT_MAX.code),
  code: drugCode.optional(),
  startDate: isoDate.optional(),
  stopDate: isoDate.optional(),
  dose: shortText.optional(),
  route: z.enum(VOCABULARY.medicationRoute).optional(),
  note: noteText.optional(),
});

export const AllergySchema = z.strictObject({
  substance: nonEmptyText.max(TEXT_MAX.short),
  reaction: z.enum(VOCABULARY.allergyReaction).optional(),
});

export const InterventionSchema = z.strictObject({
  kind: z.enum(VOCABULARY.intervention),
  startDate: isoDate,
  stopDate: isoDate.optional(),
  hoursPerDay: measure(0, 24, 'hours a day').optional(),
  note: noteText.optional(),
});

export const CareDecisionSchema = z.strictObject({
  // A decision refers to a recommendation by its code: an unknown code would never match one.
  code: tableId(CARE_RULE_CODES, 'care rule code', 'CareRuleCode'),
  status: z.enum(VOCABULARY.decisionStatus),
  date: isoDate,
  reason: noteText.optional(),
  until: isoDate.optional(),
  triggerValue: z.number().optional(),
  triggerMeasure: z.enum(VOCABULARY.triggerMeasure).optional(),
});

export const AdvanceCarePlanSchema = z.strictObject({
  date: isoDate,
  topics: z.array(nonEmptyText.max(TEXT_MAX.short)).optional(),
});

export const EndpointsSchema = z.strictObject({
  deathDate: isoDate.optional(),
  tracheostomyDate: isoDate.optional(),
  nivOver23hDate: isoDate.optional(),
});
