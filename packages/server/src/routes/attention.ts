/**
 * "Needs attention today" across the clinic: every patient's assessment as of a date, reduced by
 * the engine (`attentionItems`) to what needs acting on; patients with at least one item, most
 * urgent first. Audited like the patient list (one search event) plus a read of each patient shown.
 */
import { AttentionListSchema, AttentionQuerySchema } from '@betz/contracts';
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
import { decodeCursor, OffsetPlaceSchema, offsetPage } from '../http/list.js';
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
    query: AttentionQuerySchema,
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
      // Ties broken by name, then id: the order is total, so a page boundary falls in one place.
      rows.sort(
        (a, b) =>
          comparePatients(a.items, b.items) || byName(a.patient, b.patient) || a.patient.id.localeCompare(b.patient.id),
      );
      // The order is the engine's (urgency from every patient's assessment), computed here, not in
      // SQL: a page is a slice of it, and only the patients on the page are audited as read.
      const offset = decodeCursor(OffsetPlaceSchema, query.cursor)?.[0] ?? 0;
      const shown = rows.slice(offset, offset + query.limit);
      await auditAttentionReads(
        deps.store.db,
        actor,
        asOf,
        shown.map((r) => r.patient.id),
      );
      const items = shown.map((r) => ({
        patient: r.patient,
        worstSeverity: worstSeverity(r.items) ?? 'info',
        items: r.items.map((i) => ({ ...i, label: attentionLabel(i), text: renderAttentionItem(i) })),
      }));
      return {
        ...offsetPage(items, offset, query.limit, rows.length),
        asOf,
        considered: sources.length,
      } as z.input<typeof AttentionListSchema>;
    },
  }),
];
