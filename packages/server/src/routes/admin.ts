/** The audit log (admin) and the de-identified research views (researcher). */
import {
  AuditPageSchema,
  AuditQuerySchema,
  ResearchCaseSchema,
  ResearchListQuerySchema,
  ResearchListSchema,
  ResearchParamsSchema,
} from '@betz/contracts';
import { type AuditQuery, listAuditEvents, listResearchPatients, readResearchCase } from '@betz/store';
import { defineRoute } from '../http/route.js';

export const adminRoutes = [
  defineRoute({
    method: 'GET',
    path: '/audit',
    summary: 'The audit log, newest first, filtered by patient, user, action or time',
    tag: 'admin',
    access: { kind: 'action', action: 'audit.read' },
    patientData: false,
    query: AuditQuerySchema,
    response: AuditPageSchema,
    example: { query: { limit: '20' } },
    async handler({ query, deps, actor }) {
      const q: AuditQuery = { limit: query.limit };
      if (query.patientId) q.patientId = query.patientId;
      if (query.userId) q.userId = query.userId;
      if (query.action) q.action = query.action;
      if (query.from) q.from = query.from;
      if (query.to) q.to = query.to;
      if (query.beforeId !== undefined) q.beforeId = query.beforeId;
      return listAuditEvents(deps.store.db, actor, q);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/research/patients',
    summary: 'The cohort by research id (de-identified)',
    tag: 'research',
    access: { kind: 'action', action: 'research.read' },
    patientData: false,
    query: ResearchListQuerySchema,
    response: ResearchListSchema,
    async handler({ query, deps, actor }) {
      const page = await listResearchPatients(deps.store.db, actor, query);
      return { ...page, limit: query.limit, offset: query.offset };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/research/patients/:researchId',
    summary:
      "One patient's de-identified case: dates as days from the first recorded fact, no names, identifiers or free text",
    tag: 'research',
    access: { kind: 'action', action: 'research.read' },
    patientData: false,
    params: ResearchParamsSchema,
    response: ResearchCaseSchema,
    handler: async ({ params, deps, actor }) => readResearchCase(deps.store.db, actor, params.researchId),
  }),
];
