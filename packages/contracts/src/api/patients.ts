/** Patients: the list (search, filters, sort, paging), create, read, update. */
import * as z from 'zod';
import { SexSchema } from '../case/exam.js';
import { OnsetSiteSchema } from '../case/history.js';
import { measure } from '../case/primitives.js';
import {
  IsoDateSchema,
  listOf,
  PageQuerySchema,
  ReasonSchema,
  TimestampSchema,
  UuidSchema,
  VersionSchema,
} from './common.js';

const name = z.string().trim().min(1, { error: 'must not be empty' }).max(200);

/** The identified patient and the demographic facts the engine reads (`PatientCase.patient`). */
const patientFields = {
  familyName: name.nullable(),
  givenName: name.nullable(),
  sex: SexSchema.nullable(),
  birthDate: IsoDateSchema.nullable(),
  heightCm: measure(50, 250, 'cm').nullable(),
  premorbidWeightKg: measure(10, 400, 'kg').nullable(),
};

export const PatientCreateBodySchema = z.strictObject(
  Object.fromEntries(Object.entries(patientFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof patientFields]: z.ZodOptional<(typeof patientFields)[K]>;
  },
);

export const PatientUpdateBodySchema = PatientCreateBodySchema.extend({
  version: VersionSchema,
  reason: ReasonSchema.optional(),
});

export const PatientRecordSchema = z.object({
  id: UuidSchema,
  version: z.number().int(),
  familyName: z.string().nullable(),
  givenName: z.string().nullable(),
  sex: SexSchema.nullable(),
  birthDate: IsoDateSchema.nullable(),
  heightCm: z.number().nullable(),
  premorbidWeightKg: z.number().nullable(),
  createdAt: TimestampSchema,
  createdBy: UuidSchema,
  updatedAt: TimestampSchema,
  updatedBy: UuidSchema,
  changeReason: z.string().nullable(),
});

export const PATIENT_SORTS = ['familyName', 'createdAt', 'updatedAt', 'birthDate'] as const;

export const PatientListQuerySchema = PageQuerySchema.extend({
  /** Start of a family or given name, or an identifier's exact value. */
  q: z.string().trim().min(1).max(200).optional(),
  sex: SexSchema.optional(),
  onsetSite: OnsetSiteSchema.optional(),
  bornFrom: IsoDateSchema.optional(),
  bornTo: IsoDateSchema.optional(),
  sort: z
    .enum(PATIENT_SORTS)
    .optional()
    .transform((v) => v ?? 'familyName'),
  order: z
    .enum(['asc', 'desc'])
    .optional()
    .transform((v) => v ?? 'asc'),
});

export const PatientSummarySchema = z.object({
  id: UuidSchema,
  version: z.number().int(),
  familyName: z.string().nullable(),
  givenName: z.string().nullable(),
  sex: SexSchema.nullable(),
  birthDate: IsoDateSchema.nullable(),
  onsetSite: OnsetSiteSchema.nullable(),
  identifiers: z.array(z.object({ system: z.string(), value: z.string() })),
  updatedAt: TimestampSchema,
});

/** A page of the patient list (with its `total`). */
export const PatientListSchema = listOf(PatientSummarySchema);

export const PatientIdParamsSchema = z.object({ patientId: UuidSchema });

/**
 * Where the assessment date came from: `requested` (a date was asked for), `today` (the server's
 * today, the default for a stored record, or asked for with `asOf=today`), `latestFact` (the latest
 * dated fact of the record, the default of `betz evaluate` for a case file, or asked for with
 * `asOf=latestFact`). The API and the CLI answer the same date for the same choice.
 */
export const AS_OF_SOURCES = ['requested', 'today', 'latestFact'] as const;
export type AsOfSource = (typeof AS_OF_SOURCES)[number];

/** The assessment's date: a date, `today` (the default) or `latestFact`. */
const AssessmentDateQuerySchema = z.object({
  asOf: z
    .string()
    .max(10)
    .refine((v) => v === 'today' || v === 'latestFact' || IsoDateSchema.safeParse(v).success, {
      error: 'must be a real calendar date written YYYY-MM-DD, or today, or latestFact',
    })
    .optional(),
});

export const AsOfQuerySchema = z.object({
  /** The date the assessment is made as of ("today" for the engine); default: the server's today. */
  asOf: IsoDateSchema.optional(),
});

/**
 * A case file imported as a new patient (`POST /patients/import`): the new patient's id, the case's
 * own `patient.id` (kept as the patient's identifier in the system `case-file`, so a search finds
 * it), and how many facts of each kind were stored (by their key in the case file).
 */
export const PatientImportResponseSchema = z.object({
  patientId: UuidSchema,
  caseId: z.string(),
  facts: z.number().int().min(0),
  counts: z.record(z.string(), z.number().int().min(1)),
});
export type PatientImportResponse = z.infer<typeof PatientImportResponseSchema>;

/** The parts of an assessment left out unless asked for (they are about half its size). */
export const ASSESSMENT_INCLUDES = ['trace', 'text'] as const;
export type AssessmentInclude = (typeof ASSESSMENT_INCLUDES)[number];

export const AssessmentQuerySchema = AssessmentDateQuerySchema.extend({
  /**
   * Comma-separated: `trace` (each diagnostic criteria set's step-by-step trace), `text` (the
   * plain-text report). Default: neither.
   */
  include: z
    .string()
    .max(100, { error: 'a comma-separated list of: trace, text' })
    .regex(/^(trace|text)(,(trace|text))*$/, 'a comma-separated list of: trace, text')
    .optional(),
});
