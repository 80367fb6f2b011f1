/** The TypeScript types of API bodies, inferred from their schemas (the web app's typed client reads these). */
import type * as z from 'zod';
import type {
  AssessmentResponseSchema,
  AuditEventSchema,
  AuditPageSchema,
  AuditQuerySchema,
  HealthSchema,
} from './admin.js';
import type { ApiTokenSchema, SessionSchema, SetupStatusSchema, TokenCreatedSchema, UserSchema } from './auth.js';
import type {
  PatientCreateBodySchema,
  PatientListSchema,
  PatientRecordSchema,
  PatientSummarySchema,
} from './patients.js';

export type ApiSession = z.infer<typeof SessionSchema>;
export type ApiUser = z.infer<typeof UserSchema>;
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export type ApiTokenCreated = z.infer<typeof TokenCreatedSchema>;
export type ApiSetupStatus = z.infer<typeof SetupStatusSchema>;
export type ApiAuditEvent = z.infer<typeof AuditEventSchema>;
export type ApiAuditPage = z.infer<typeof AuditPageSchema>;
export type ApiAuditQuery = z.input<typeof AuditQuerySchema>;
export type ApiAssessment = z.infer<typeof AssessmentResponseSchema>;
export type ApiHealth = z.infer<typeof HealthSchema>;
export type ApiPatientRecord = z.infer<typeof PatientRecordSchema>;
export type ApiPatientSummary = z.infer<typeof PatientSummarySchema>;
export type ApiPatientList = z.infer<typeof PatientListSchema>;
export type ApiPatientCreate = z.infer<typeof PatientCreateBodySchema>;
