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
import { AuditPlaceSchema, decodeCursor, encodeCursor, OffsetPlaceSchema, offsetPage } from '../http/list.js';
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
      const before = decodeCursor(AuditPlaceSchema, query.cursor)?.[0];
      if (before !== undefined) q.beforeId = before;
      const { events, nextBeforeId } = await listAuditEvents(deps.store.db, actor, q);
      return {
        items: events,
        page: { limit: query.limit, nextCursor: nextBeforeId === null ? null : encodeCursor([nextBeforeId]) },
      };
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
      const offset = decodeCursor(OffsetPlaceSchema, query.cursor)?.[0] ?? 0;
      const { items, total } = await listResearchPatients(deps.store.db, actor, { limit: query.limit, offset });
      return offsetPage(items, offset, query.limit, total);
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
