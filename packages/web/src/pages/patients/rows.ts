/**
 * The patient list's rows: the search results joined with the server's attention list (the
 * engine's items per patient), sorted by urgency (the server's order) or by name, optionally
 * only the patients with something urgent or due.
 */
import type { ApiPatientSummary, AttentionList, AttentionPatient } from '@betz/contracts';

export type ListSort = 'urgency' | 'name';

export interface PatientRow {
  patient: ApiPatientSummary;
  /** The patient's attention entry, or undefined when nothing needs attention (or not loaded yet). */
  attention: AttentionPatient | undefined;
}

/** Something urgent or due (notes alone do not count). */
export const needsAttention = (row: PatientRow): boolean =>
  row.attention !== undefined && row.attention.worstSeverity !== 'info';

export function patientRows(
  patients: readonly ApiPatientSummary[],
  attention: AttentionList | undefined,
  options: { sort: ListSort; onlyNeedingAttention: boolean },
): PatientRow[] {
  const rank = new Map<string, number>();
  const byId = new Map<string, AttentionPatient>();
  attention?.items.forEach((p, i) => {
    rank.set(p.patient.id, i);
    byId.set(p.patient.id, p);
  });
  let rows = patients.map((patient) => ({ patient, attention: byId.get(patient.id) }));
  if (options.onlyNeedingAttention) rows = rows.filter(needsAttention);
  if (options.sort === 'urgency') {
    // Stable: patients without items keep the search's name order, after those with items.
    const at = (r: PatientRow) => rank.get(r.patient.id) ?? Number.POSITIVE_INFINITY;
    rows = rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => at(a.r) - at(b.r) || a.i - b.i)
      .map((x) => x.r);
  }
  return rows;
}
