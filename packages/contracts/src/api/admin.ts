/** The audit log (admin) and the de-identified research views (researcher). */
import * as z from 'zod';
import {
  CursorTextSchema,
  IsoDateSchema,
  listLimit,
  listOf,
  PageQuerySchema,
  TimestampSchema,
  UuidSchema,
} from './common.js';

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
  limit: listLimit(),
  /** The previous page's `nextCursor`: the events before it (older). */
  cursor: CursorTextSchema.optional(),
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

/** A page of the audit log, newest first (no `total`: counting the log is not cheap). */
export const AuditPageSchema = listOf(AuditEventSchema);

export const ResearchListQuerySchema = PageQuerySchema;

export const ResearchSummarySchema = z.object({
  researchId: UuidSchema,
  sex: z.string().nullable(),
  onsetSite: z.string().nullable(),
});

export const ResearchListSchema = listOf(ResearchSummarySchema);

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
  /** Where `asOf` came from: `requested`, `today` (the default) or `latestFact`. */
  asOfSource: z.enum(['requested', 'today', 'latestFact']),
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
