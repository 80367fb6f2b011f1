/**
 * One visit's entry: the visit (new or existing) and every fact taken at it, in one transaction,
 * all or nothing, one audit event per fact. Each fact kind is checked against the caller's write
 * permission (a therapist may record a weight, not an examination) and, with all the entry's facts
 * in place, against the dates of the rest of the record (the single-fact routes' check).
 */
import {
  type ApiFactKind,
  can,
  dateOrderIssues,
  FACT_ROUTES,
  formatPath,
  missingPermission,
  PatientIdParamsSchema,
  VisitEntryBodySchema,
  VisitEntryResponseSchema,
} from '@betz/contracts';
import { appendAudit, createVisitEntry, type FactKind, factKind, loadPatientCase } from '@betz/store';
import { ApiError, validationFailed } from '../http/errors.js';
import { defineRoute } from '../http/route.js';
import { futureDateIssues } from './future-dates.js';

type Plain = Record<string, unknown>;

const LABEL = new Map(FACT_ROUTES.map((r) => [r.kind as string, r.label]));

/**
 * Date orders the contracts refuse in a whole case, with every fact of the entry in place: only
 * problems the entry introduces, each at the fact it concerns (`facts[i].data.date`), or at the
 * fact of a once-per-patient kind whose change makes a recorded date impossible.
 */
export async function entryDateIssues(
  db: Parameters<typeof loadPatientCase>[0],
  patientId: string,
  facts: readonly { kind: FactKind; data: Plain }[],
): Promise<{ path: string; message: string }[]> {
  const dated = facts.map((f, i) => ({ ...f, i, spec: factKind(f.kind) })).filter((f) => f.spec.caseKey !== undefined);
  if (dated.length === 0) return [];
  const anyOne = dated.some((f) => f.spec.cardinality === 'one');
  const before = (await loadPatientCase(
    db,
    patientId,
    undefined,
    anyOne ? {} : { only: ['history', 'endpoints'] },
  )) as unknown as Plain;
  const after: Plain = { ...before };
  /** Where each new fact sits in `after`: its case path prefix, by request index. */
  const at = new Map<number, (string | number)[]>();
  for (const f of dated) {
    const key = f.spec.caseKey as string;
    if (f.spec.cardinality === 'one') {
      after[key] = f.data;
      at.set(f.i, [key]);
    } else {
      const list = [...((after[key] as Plain[] | undefined) ?? []), f.data];
      after[key] = list;
      at.set(f.i, [key, list.length - 1]);
    }
  }
  const signature = (i: { path: (string | number)[]; message: string }) => `${formatPath(i.path)}|${i.message}`;
  const known = new Set(dateOrderIssues(before).map(signature));
  const added = dateOrderIssues(after).filter((i) => !known.has(signature(i)));
  const firstOne = dated.find((f) => f.spec.cardinality === 'one');
  return added.map((issue) => {
    for (const [i, prefix] of at) {
      if (prefix.every((part, j) => issue.path[j] === part)) {
        return { path: formatPath(['facts', i, 'data', ...issue.path.slice(prefix.length)]), message: issue.message };
      }
    }
    return {
      path: firstOne ? `facts[${firstOne.i}].data` : 'facts',
      message: `conflicts with ${formatPath(issue.path)}: ${issue.message}`,
    };
  });
}

/**
 * Refuse (403, audited as denied) a write of facts of kinds the caller's roles may not record,
 * naming each kind with the permission it needs.
 */
export async function refuseUnwritable(
  db: Parameters<typeof appendAudit>[0],
  actor: Parameters<typeof appendAudit>[1],
  user: Parameters<typeof can>[0],
  kinds: readonly string[],
  where: { route: string; patientId?: string },
): Promise<void> {
  const refused = [...new Set(kinds)].filter((kind) => !can(user, 'fact.write', kind as ApiFactKind));
  if (refused.length === 0) return;
  await appendAudit(db, actor, {
    action: 'denied',
    resourceType: 'facts',
    outcome: 'denied',
    ...(where.patientId ? { patientId: where.patientId } : {}),
    detail: { route: where.route, kinds: refused },
  });
  const names = refused
    .map((k) => `${LABEL.get(k) ?? k} (${missingPermission('fact.write', k as ApiFactKind)})`)
    .join('; ');
  throw new ApiError(403, 'forbidden', `your roles do not allow recording: ${names}`);
}

export const visitEntryRoutes = [
  defineRoute({
    method: 'POST',
    path: '/patients/:patientId/visit-entry',
    summary:
      "Record a visit and every fact taken at it in one go (all or nothing), with the corrections it makes to stored facts (a medication stopped); each fact's kind needs the caller's permission to write it",
    tag: 'facts',
    // Every role that records facts may record a visit; each fact's kind is checked in the handler.
    access: { kind: 'action', action: 'fact.write', factKind: 'visit' },
    patientData: true,
    params: PatientIdParamsSchema,
    body: VisitEntryBodySchema,
    response: VisitEntryResponseSchema,
    status: 201,
    example: {
      body: {
        visit: { date: '2025-03-01', kind: 'clinic' },
        facts: [
          { kind: 'weight', data: { date: '2025-03-01', weightKg: 72.4 } },
          {
            kind: 'vitalCapacity',
            data: { date: '2025-03-01', kind: 'FVC', posture: 'sitting', percentPredicted: 82 },
          },
        ],
      },
    },
    async handler({ params, body, deps, actor, auth }) {
      const facts = body.facts as { kind: FactKind; data: Plain }[];
      const corrections = (body.corrections ?? []) as {
        kind: FactKind;
        factId: string;
        version: number;
        reason: string;
        data: Plain;
      }[];
      await refuseUnwritable(
        deps.store.db,
        actor,
        auth?.user,
        [...facts, ...corrections].map((f) => f.kind),
        {
          route: 'POST /patients/:patientId/visit-entry',
          patientId: params.patientId,
        },
      );
      const today = deps.today();
      const future = [
        ...facts.flatMap((f, i) => futureDateIssues(f.kind, f.data, today, `facts[${i}].data`)),
        ...corrections.flatMap((f, i) => futureDateIssues(f.kind, f.data, today, `corrections[${i}].data`)),
      ];
      if (future.length > 0) throw validationFailed(future.map((i) => ({ in: 'body' as const, ...i })));
      const issues = await entryDateIssues(deps.store.db, params.patientId, facts);
      if (issues.length > 0) throw validationFailed(issues.map((i) => ({ in: 'body' as const, ...i })));
      return createVisitEntry(deps.store.db, actor, params.patientId, {
        ...(body.visit ? { visit: body.visit as Plain } : {}),
        ...(body.visitId ? { visitId: body.visitId } : {}),
        facts,
        corrections,
      });
    },
  }),
];
