/**
 * The five routes of every fact kind (contracts' FACT_ROUTES): list, record, read with history,
 * correct, retract. A new or corrected fact is also checked against the rest of the record for
 * dates that cannot be (a weight after the recorded death, a diagnosis before onset).
 */

import {
  dateOrderIssues,
  FACT_ROUTES,
  FactCorrectBodySchema,
  FactCreateBodySchema,
  FactListQuerySchema,
  FactParamsSchema,
  FactRecordSchema,
  FactRetractBodySchema,
  type FactRoute,
  formatPath,
  listOf,
  PatientIdParamsSchema,
} from '@betz/contracts';
import { factKindEntry, kindWithArticle } from '@betz/engine';
import {
  correctFact,
  createFact,
  type FactKind,
  factKind,
  getFact,
  loadPatientCase,
  pageFacts,
  retractFact,
} from '@betz/store';
import * as z from 'zod';
import { validationFailed } from '../http/errors.js';
import { decodeCursor, encodeCursor, FactPlaceSchema } from '../http/list.js';
import { defineRoute, type RouteSpec } from '../http/route.js';
import { futureDateIssues } from './future-dates.js';

type Plain = Record<string, unknown>;

/** A fact dated after the server's today is refused at its field (see future-dates.ts). */
function checkNotFuture(kind: FactKind, data: Plain, today: string): void {
  const issues = futureDateIssues(kind, data, today, 'data');
  if (issues.length > 0) throw validationFailed(issues.map((i) => ({ in: 'body' as const, ...i })));
}

/**
 * Date orders the contracts refuse in a whole case (contracts/case/date-order.ts), checked with this
 * fact in place: only problems the change introduces. A fact of a dated list is checked against
 * birth, onset, diagnosis and death (and its own start and stop); a change to history or endpoints
 * against every dated fact of the record.
 */
async function checkDatesInContext(
  db: Parameters<typeof loadPatientCase>[0],
  kind: FactKind,
  patientId: string,
  data: Plain,
): Promise<void> {
  const spec = factKind(kind);
  if (!spec.caseKey) return;
  const key = spec.caseKey as string;
  const one = spec.cardinality === 'one';
  const before = (await loadPatientCase(
    db,
    patientId,
    undefined,
    one ? {} : { only: ['history', 'endpoints'] },
  )) as unknown as Plain;
  const after: Plain = { ...before, [key]: one ? data : [data] };
  const at: (string | number)[] = one ? [key] : [key, 0];
  const known = new Set(dateOrderIssues(before).map((i) => `${formatPath(i.path)}|${i.message}`));
  const added = dateOrderIssues(after).filter((i) => !known.has(`${formatPath(i.path)}|${i.message}`));
  if (added.length === 0) return;
  throw validationFailed(
    added.map((issue) => {
      const own = at.every((part, j) => issue.path[j] === part);
      return own
        ? { in: 'body' as const, path: formatPath(['data', ...issue.path.slice(at.length)]), message: issue.message }
        : { in: 'body' as const, path: 'data', message: `conflicts with ${formatPath(issue.path)}: ${issue.message}` };
    }),
  );
}

function routesOf(entry: FactRoute): RouteSpec[] {
  const kind = entry.kind;
  const base = `/patients/:patientId/${entry.path}`;
  const record = FactRecordSchema(entry.data);
  const read = { kind: 'action', action: 'fact.read' } as const;
  const write = { kind: 'action', action: 'fact.write', factKind: entry.kind } as const;
  const tag = 'facts';
  const { placedBy } = factKindEntry(kind);
  // A visit is not recorded at a visit; every other kind may name the one it was recorded at.
  const visitLinked = kind !== 'visit';
  return [
    defineRoute({
      method: 'GET',
      path: base,
      summary:
        `The patient's ${entry.label} records, a page at a time in clinical order` +
        (placedBy ? ` (by ${placedBy}; from and to filter on it)` : ' (no date: from and to are refused)') +
        (visitLinked ? ', filtered by visitId' : '') +
        '; retracted ones with includeRetracted=true',
      tag,
      access: read,
      patientData: true,
      params: PatientIdParamsSchema,
      query: FactListQuerySchema,
      response: listOf(record),
      async handler({ params, query, deps, actor }) {
        const issues = [
          ...(!placedBy
            ? (['from', 'to'] as const)
                .filter((f) => query[f] !== undefined)
                .map((f) => ({ path: f, message: `${entry.label} has no date to filter by` }))
            : []),
          ...(!visitLinked && query.visitId !== undefined
            ? [{ path: 'visitId', message: `${entry.label} is not recorded at a visit` }]
            : []),
        ];
        if (issues.length > 0) throw validationFailed(issues.map((i) => ({ in: 'query' as const, ...i })));
        const after = decodeCursor(FactPlaceSchema, query.cursor);
        const page = await pageFacts(deps.store.db, actor, kind, params.patientId, {
          includeRetracted: query.includeRetracted,
          limit: query.limit,
          ...(query.visitId !== undefined ? { visitId: query.visitId } : {}),
          ...(query.from !== undefined ? { from: query.from } : {}),
          ...(query.to !== undefined ? { to: query.to } : {}),
          ...(after ? { after } : {}),
        });
        return {
          items: page.records,
          page: { limit: query.limit, nextCursor: page.next ? encodeCursor(page.next) : null, total: page.total },
        };
      },
    }),
    defineRoute({
      method: 'POST',
      path: base,
      summary: `Record ${kindWithArticle(factKindEntry(kind))}`,
      tag,
      access: write,
      patientData: true,
      params: PatientIdParamsSchema,
      body: FactCreateBodySchema(entry.data),
      response: record,
      status: 201,
      example: { body: { data: entry.example } },
      async handler({ params, body, deps, actor }) {
        checkNotFuture(kind, body.data as Plain, deps.today());
        await checkDatesInContext(deps.store.db, kind, params.patientId, body.data as Plain);
        return createFact(deps.store.db, actor, kind, params.patientId, {
          visitId: body.visitId ?? null,
          data: body.data as Plain,
        });
      },
    }),
    defineRoute({
      method: 'GET',
      path: `${base}/:factId`,
      summary: `One ${entry.label}, with the versions it replaced`,
      tag,
      access: read,
      patientData: true,
      params: FactParamsSchema,
      response: z.object({
        record,
        revisions: z.array(z.object({ version: z.number(), replacedAt: z.string(), replacedBy: z.string(), record })),
      }),
      handler: async ({ params, deps, actor }) => getFact(deps.store.db, actor, kind, params.patientId, params.factId),
    }),
    defineRoute({
      method: 'PUT',
      path: `${base}/:factId`,
      summary: `Correct ${kindWithArticle(factKindEntry(kind))}: a new version, with the reason (the old one is kept)`,
      tag,
      access: write,
      patientData: true,
      params: FactParamsSchema,
      body: FactCorrectBodySchema(entry.data),
      response: record,
      example: { body: { version: 1, reason: 'transcription error', data: entry.example } },
      async handler({ params, body, deps, actor }) {
        checkNotFuture(kind, body.data as Plain, deps.today());
        await checkDatesInContext(deps.store.db, kind, params.patientId, body.data as Plain);
        return correctFact(deps.store.db, actor, kind, params.patientId, params.factId, {
          version: body.version,
          reason: body.reason,
          data: body.data as Plain,
          ...(body.visitId !== undefined ? { visitId: body.visitId } : {}),
        });
      },
    }),
    defineRoute({
      method: 'POST',
      path: `${base}/:factId/retract`,
      summary: `Retract ${kindWithArticle(factKindEntry(kind))} recorded in error (kept, marked, with the reason)`,
      tag,
      access: write,
      patientData: true,
      params: FactParamsSchema,
      body: FactRetractBodySchema,
      response: record,
      example: { body: { version: 1, reason: 'entered in the wrong record' } },
      handler: async ({ params, body, deps, actor }) =>
        retractFact(deps.store.db, actor, kind, params.patientId, params.factId, body),
    }),
  ];
}

export const factRoutes: RouteSpec[] = FACT_ROUTES.flatMap(routesOf);

/** A path prefix a kind answered at before and the one it answers at now (see `mountMoves` in app.ts). */
export interface PathMove {
  from: string;
  to: string;
}

/** Fact paths renamed to the catalogue's one scheme (`emg-studies` -> `emg`): redirected, deprecated. */
export const factPathMoves: readonly PathMove[] = FACT_ROUTES.flatMap((entry) =>
  entry.formerPaths.map((old) => ({ from: `/patients/:patientId/${old}`, to: `/patients/:patientId/${entry.path}` })),
);
