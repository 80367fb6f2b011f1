/**
 * "Needs attention today" across the clinic: every patient's assessment as of a date, reduced by
 * the engine (`attentionItems`) to what needs acting on; patients with at least one item, most
 * urgent first. Audited like the patient list (one search event) plus a read of each patient shown.
 */
import { AsOfQuerySchema, AttentionListSchema } from '@betz/contracts';
import {
  type AttentionItem,
  attentionItems,
  attentionLabel,
  comparePatients,
  renderAttentionItem,
  worstSeverity,
} from '@betz/engine';
import { auditAttentionReads, loadAttentionSources } from '@betz/store';
import type { z } from 'zod';
import { defineRoute } from '../http/route.js';
import { engineFor } from './patients.js';

const byName = (a: { familyName: string | null; givenName: string | null }, b: typeof a) =>
  (a.familyName ?? '').localeCompare(b.familyName ?? '') || (a.givenName ?? '').localeCompare(b.givenName ?? '');

export const attentionRoutes = [
  defineRoute({
    method: 'GET',
    path: '/patients/attention',
    summary:
      'Needs attention today: patients with at least one item (NIV criteria met, weight loss, FVC or ALSFRS-R overdue, referrals, workup, decisions to review, upcoming visits), most urgent first',
    tag: 'patients',
    access: { kind: 'action', action: 'patient.list' },
    patientData: true,
    query: AsOfQuerySchema,
    response: AttentionListSchema,
    example: { query: { asOf: '2025-06-01' } },
    async handler({ query, deps, actor }) {
      const asOf = query.asOf ?? deps.today();
      const engine = engineFor(deps.config.clinic);
      const sources = await loadAttentionSources(deps.store.db, asOf);
      const rows: { patient: (typeof sources)[number]['summary']; items: AttentionItem[] }[] = [];
      for (const s of sources) {
        const a = engine.assess(s.case, asOf);
        const items = attentionItems({ ...a, endpoints: s.case.endpoints, visits: s.visits, referrals: s.referrals });
        if (items.length > 0) rows.push({ patient: s.summary, items });
      }
      rows.sort((a, b) => comparePatients(a.items, b.items) || byName(a.patient, b.patient));
      await auditAttentionReads(
        deps.store.db,
        actor,
        asOf,
        rows.map((r) => r.patient.id),
      );
      return {
        asOf,
        considered: sources.length,
        patients: rows.map((r) => ({
          patient: r.patient,
          worstSeverity: worstSeverity(r.items) ?? 'info',
          items: r.items.map((i) => ({ ...i, label: attentionLabel(i), text: renderAttentionItem(i) })),
        })),
      } as z.input<typeof AttentionListSchema>;
    },
  }),
];
