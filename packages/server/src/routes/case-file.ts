/**
 * Case files in and out of the server (docs/case-format.md): `POST /patients/import` stores a case
 * file as a new patient with every fact in it, all or nothing, with one audit event per fact (as a
 * visit entry has); the export is `GET /patients/:patientId/case` (patients.ts), which re-imports
 * to the same facts.
 */
import { PatientCaseSchema, PatientImportResponseSchema } from '@betz/contracts';
import type { PatientCase } from '@betz/engine';
import { CASE_KINDS, importCases } from '@betz/store';
import { ApiError, validationFailed } from '../http/errors.js';
import { defineRoute } from '../http/route.js';
import { futureDateIssues } from './future-dates.js';
import { refuseUnwritable } from './visit-entry.js';

/** The facts of each kind a case holds (a once-per-patient kind as a list of one). */
export function caseFacts(c: PatientCase) {
  const plain = c as unknown as Record<string, unknown>;
  return CASE_KINDS.map((spec) => {
    const value = plain[spec.caseKey as string];
    const items = (spec.cardinality === 'one' ? (value ? [value] : []) : ((value as unknown[]) ?? [])) as unknown[];
    return { spec, items };
  }).filter((k) => k.items.length > 0);
}

export const caseFileRoutes = [
  defineRoute({
    method: 'POST',
    path: '/patients/import',
    summary:
      "Import a case file (docs/case-format.md) as a new patient with every fact in it, in one transaction (all or nothing), one audit event per fact; the case's patient.id is kept as an identifier (system case-file); needs permission to write each kind of fact it holds",
    tag: 'patients',
    access: { kind: 'action', action: 'patient.create' },
    patientData: true,
    body: PatientCaseSchema,
    response: PatientImportResponseSchema,
    status: 201,
    example: {
      body: {
        schemaVersion: 1,
        patient: { id: 'synthetic-import-01', sex: 'female', birthDate: '1958-04-02' },
        weights: [{ date: '2025-03-01', weightKg: 61.5 }],
      },
    },
    async handler({ body, deps, actor, auth }) {
      const c = body as PatientCase;
      const present = caseFacts(c);
      await refuseUnwritable(deps.store.db, actor, auth?.user, ['identifier', ...present.map((k) => k.spec.kind)], {
        route: 'POST /patients/import',
      });
      const today = deps.today();
      const future = [
        ...futureDateIssues('patient', { birthDate: c.patient.birthDate }, today, 'patient'),
        ...present.flatMap(({ spec, items }) =>
          items.flatMap((item, i) =>
            futureDateIssues(
              spec.kind,
              item,
              today,
              spec.cardinality === 'one' ? String(spec.caseKey) : `${String(spec.caseKey)}[${i}]`,
            ),
          ),
        ),
      ];
      if (future.length > 0) throw validationFailed(future.map((i) => ({ in: 'body' as const, ...i })));
      const [patientId] = await importCases(
        deps.store.db,
        actor,
        [{ case: c, sourceId: { system: 'case-file', value: c.patient.id } }],
        { auditEachFact: true },
      );
      if (!patientId) throw new ApiError(500, 'internal', 'the import stored no patient');
      const counts = Object.fromEntries(present.map(({ spec, items }) => [spec.caseKey as string, items.length]));
      return {
        patientId,
        caseId: c.patient.id,
        facts: present.reduce((n, k) => n + k.items.length, 0),
        counts,
      };
    },
  }),
];
