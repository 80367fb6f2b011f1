/** Patients: the list, create, read, update; the stored case; the assessment; who accessed the record. */
import {
  AsOfQuerySchema,
  AssessmentQuerySchema,
  AssessmentResponseSchema,
  AuditPageSchema,
  PageQuerySchema,
  PatientCaseSchema,
  PatientCreateBodySchema,
  PatientIdParamsSchema,
  PatientListQuerySchema,
  PatientListSchema,
  PatientRecordSchema,
  PatientUpdateBodySchema,
} from '@betz/contracts';
import { assessmentSettingsOf, type ClinicSettings, createEngine, type Engine } from '@betz/engine';
import {
  createPatient,
  getPatient,
  listAuditEvents,
  readPatientCase,
  searchPatients,
  updatePatient,
} from '@betz/store';
import type { z } from 'zod';
import { validationFailed } from '../http/errors.js';
import { AuditPlaceSchema, decodeCursor, encodeCursor, OffsetPlaceSchema, offsetPage } from '../http/list.js';
import { defineRoute } from '../http/route.js';
import { assessmentDate } from './as-of.js';
import { assessmentBody, parseIncludes } from './assessment.js';
import { futureDateIssues } from './future-dates.js';

/**
 * One engine per clinic settings (fixed at start): built once, so its remembered classifications
 * and texts serve every request instead of being rebuilt per request for a non-default reading.
 */
const ENGINES = new WeakMap<ClinicSettings, Engine>();
export function engineFor(clinic: ClinicSettings): Engine {
  let engine = ENGINES.get(clinic);
  if (!engine) {
    engine = createEngine(assessmentSettingsOf(clinic));
    ENGINES.set(clinic, engine);
  }
  return engine;
}

/** A birth date after the server's today is a typing error, refused at the field (see future-dates.ts). */
function checkBirthDate(body: { birthDate?: string | null }, today: string): void {
  const issues = futureDateIssues('patient', { birthDate: body.birthDate }, today, '');
  if (issues.length > 0) throw validationFailed(issues.map((i) => ({ in: 'body' as const, ...i })));
}

export const patientRoutes = [
  defineRoute({
    method: 'GET',
    path: '/patients',
    summary: 'The patient list: search by name or identifier, filter, sort, page',
    tag: 'patients',
    access: { kind: 'action', action: 'patient.list' },
    // A search reveals identified data of many patients: audited as one search event.
    patientData: true,
    query: PatientListQuerySchema,
    response: PatientListSchema,
    example: { query: { sort: 'familyName', limit: '20' } },
    async handler({ query, deps, actor }) {
      const { cursor, ...rest } = query;
      const offset = decodeCursor(OffsetPlaceSchema, cursor)?.[0] ?? 0;
      const filters = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as typeof rest;
      const { items, total } = await searchPatients(deps.store.db, actor, { ...filters, offset });
      return offsetPage(items, offset, query.limit, total) as z.input<typeof PatientListSchema>;
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/patients',
    summary: 'Register a patient',
    tag: 'patients',
    access: { kind: 'action', action: 'patient.create' },
    patientData: true,
    body: PatientCreateBodySchema,
    response: PatientRecordSchema,
    status: 201,
    example: { body: { familyName: 'Synthetic', givenName: 'Sam', sex: 'male', birthDate: '1961-04-12' } },
    async handler({ body, deps, actor }) {
      checkBirthDate(body, deps.today());
      return createPatient(deps.store.db, actor, body);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/patients/:patientId',
    summary: 'One patient',
    tag: 'patients',
    access: { kind: 'action', action: 'patient.read' },
    patientData: true,
    params: PatientIdParamsSchema,
    response: PatientRecordSchema,
    handler: async ({ params, deps, actor }) => getPatient(deps.store.db, actor, params.patientId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/patients/:patientId',
    summary: 'Change a patient (send the version you read; a stale write answers 409 with the current version)',
    tag: 'patients',
    access: { kind: 'action', action: 'patient.update' },
    patientData: true,
    params: PatientIdParamsSchema,
    body: PatientUpdateBodySchema,
    response: PatientRecordSchema,
    example: { body: { version: 1, heightCm: 176 } },
    async handler({ params, body, deps, actor }) {
      const { version, reason, ...changes } = body;
      checkBirthDate(changes, deps.today());
      return updatePatient(deps.store.db, actor, params.patientId, version, changes, reason);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/patients/:patientId/case',
    summary: "The patient's stored facts as a case file (the engine's input), as of a date",
    tag: 'patients',
    access: { kind: 'action', action: 'patient.read' },
    patientData: true,
    params: PatientIdParamsSchema,
    query: AsOfQuerySchema,
    response: PatientCaseSchema,
    handler: async ({ params, query, deps, actor }) =>
      readPatientCase(deps.store.db, actor, params.patientId, query.asOf),
  }),
  defineRoute({
    method: 'GET',
    path: '/patients/:patientId/assessment',
    summary:
      'The assessment (diagnostic criteria, function, staging, prognosis, care) computed from the stored facts as of a date; traces and the text report with ?include=trace,text',
    tag: 'patients',
    access: { kind: 'action', action: 'assessment.read' },
    patientData: true,
    params: PatientIdParamsSchema,
    query: AssessmentQuerySchema,
    response: AssessmentResponseSchema,
    example: { query: { asOf: '2025-06-01' } },
    async handler({ params, query, deps, actor, c }) {
      const { asOf, asOfSource } = await assessmentDate(deps.store.db, params.patientId, query.asOf, deps.today());
      const engine = engineFor(deps.config.clinic);
      const body = await assessmentBody(
        deps,
        actor,
        engine,
        params.patientId,
        { asOf, asOfSource },
        parseIncludes(query.include),
      );
      // The body is JSON made (and, in tests, checked against the response schema) when first computed.
      return c.body(body, 200, { 'Content-Type': 'application/json' }) as never;
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/patients/:patientId/audit',
    summary: "Who accessed this patient's record, newest first",
    tag: 'patients',
    access: { kind: 'action', action: 'patientAudit.read' },
    patientData: true,
    params: PatientIdParamsSchema,
    query: PageQuerySchema,
    response: AuditPageSchema,
    async handler({ params, query, deps, actor }) {
      const before = decodeCursor(AuditPlaceSchema, query.cursor)?.[0];
      const { events, nextBeforeId } = await listAuditEvents(deps.store.db, actor, {
        patientId: params.patientId,
        limit: query.limit,
        ...(before !== undefined ? { beforeId: before } : {}),
      });
      return {
        items: events,
        page: { limit: query.limit, nextCursor: nextBeforeId === null ? null : encodeCursor([nextBeforeId]) },
      };
    },
  }),
];
