/** The clinic's "needs attention today" list: patients with at least one item, most urgent first. */
import * as z from 'zod';
import { IsoDateSchema, listOf, PageQuerySchema } from './common.js';
import { PatientSummarySchema } from './patients.js';

export const AttentionSeveritySchema = z.enum(['urgent', 'due', 'info']);

const SourceSchema = z.object({
  cite: z.string(),
  year: z.number(),
  detail: z.string().optional(),
  level: z.string().optional(),
  verification: z.string().optional(),
  doi: z.string().optional(),
  url: z.string().optional(),
});

/** One item (the engine's `AttentionItem`), with its label and sentence in English. */
export const AttentionItemSchema = z.object({
  code: z.string(),
  severity: AttentionSeveritySchema,
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])),
  /** Case paths of the facts it rests on. */
  facts: z.array(z.string()),
  source: SourceSchema.nullable(),
  /** Days since it fell due (negative: ahead; null: no date to count from). */
  overdueDays: z.number().nullable(),
  careCodes: z.array(z.string()),
  /** A badge's words ("FVC overdue 29 d"). */
  label: z.string(),
  /** The sentence, with its source. */
  text: z.string(),
});

export const AttentionPatientSchema = z.object({
  patient: PatientSummarySchema,
  worstSeverity: AttentionSeveritySchema,
  items: z.array(AttentionItemSchema),
});

/**
 * A page of the attention list (the list envelope: `items` are the patients with their items), with
 * the date it is as of and how many patients were looked at. `total`: patients needing attention.
 */
export const AttentionListSchema = listOf(AttentionPatientSchema).extend({
  asOf: IsoDateSchema,
  /** Patients looked at (all of the clinic's). */
  considered: z.number().int(),
});

export const AttentionQuerySchema = PageQuerySchema.extend({
  /** The date the list is made as of; default: the server's today. */
  asOf: IsoDateSchema.optional(),
});

export type AttentionList = z.infer<typeof AttentionListSchema>;
export type AttentionPatient = z.infer<typeof AttentionPatientSchema>;
export type AttentionItemRecord = z.infer<typeof AttentionItemSchema>;
