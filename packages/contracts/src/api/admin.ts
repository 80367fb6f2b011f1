/** The audit log (admin) and the de-identified research views (researcher). */
import * as z from 'zod';
import { IsoDateSchema, PageQuerySchema, queryInt, TimestampSchema, UuidSchema } from './common.js';

export const AUDIT_ACTIONS = [
  'create',
  'read',
  'update',
  'retract',
  'search',
  'export',
  'import',
  'login',
  'login_failed',
  'logout',
  'denied',
  'setup',
  'restore',
] as const;

export const AuditQuerySchema = z.object({
  patientId: UuidSchema.optional(),
  userId: UuidSchema.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: TimestampSchema.optional(),
  to: TimestampSchema.optional(),
  limit: queryInt(1, 500, 100),
  /** Page backwards: events older than this id (the previous page's `nextBeforeId`). */
  beforeId: z
    .string()
    .max(15)
    .regex(/^\d{1,15}$/)
    .transform(Number)
    .optional(),
});

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: TimestampSchema,
  userId: UuidSchema.nullable(),
  userRoles: z.array(z.string()),
  action: z.enum(AUDIT_ACTIONS),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  patientId: UuidSchema.nullable(),
  outcome: z.enum(['success', 'failure', 'denied']),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

export const AuditPageSchema = z.object({
  events: z.array(AuditEventSchema),
  nextBeforeId: z.number().int().nullable(),
});

export const ResearchListQuerySchema = PageQuerySchema;

export const ResearchSummarySchema = z.object({
  researchId: UuidSchema,
  sex: z.string().nullable(),
  onsetSite: z.string().nullable(),
});

export const ResearchListSchema = z.object({
  items: z.array(ResearchSummarySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const ResearchParamsSchema = z.object({ researchId: UuidSchema });

/** A de-identified case: no names, identifiers or free text; dates as `…Day` offsets from day 0. */
export const ResearchCaseSchema = z.object({
  researchId: UuidSchema,
  sex: z.string().optional(),
  ageAtDayZero: z.union([z.number().int(), z.literal('90+')]).optional(),
  heightCm: z.number().optional(),
  premorbidWeightKg: z.number().optional(),
  facts: z.record(z.string(), z.unknown()),
});

export const AssessmentResponseSchema = z.object({
  patientId: UuidSchema,
  asOf: IsoDateSchema,
  /**
   * The engine's assessment (diagnosis, function, staging, prognosis, care), each with its sources;
   * the criteria sets' `trace` only with `?include=trace`.
   */
  assessment: z.record(z.string(), z.unknown()),
  /** The same as a plain-text report (with `?include=text`). */
  text: z.string().optional(),
  /** Stored facts that will not count as recorded (a thoracic paraspinal without its level), by case path. */
  warnings: z.array(z.object({ path: z.string(), message: z.string() })),
});

export const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

/** A backup is everything, identified: the admin confirms with their password (interop-security §5.4). */
export const BackupBodySchema = z.strictObject({ password: z.string().min(1).max(256) });
