/**
 * What the clinic's "needs attention today" list reads: every patient's summary (as the patient
 * list shows it), the case as of a date, and the visits and referrals the engine's case leaves out.
 * Audited like the patient list (one `search` event for the list), and one `read` event per
 * patient whose findings the caller is shown (`auditAttentionReads`).
 */
import type { IsoDate, PatientCase } from '@betz/engine';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/tables.js';
import { type Actor, type AuditInput, appendAudits } from './audit.js';
import { loadAllPatientCases } from './case.js';
import { type PatientSummary, SUMMARY_COLUMNS, type SummaryRow, toSummary } from './search.js';

export interface AttentionSource {
  summary: PatientSummary;
  case: PatientCase;
  visits: { date: IsoDate; kind?: string }[];
  referrals: { date: IsoDate; service: string; status?: string; careCode?: string }[];
}

/** Every patient's summary, case as of `asOf`, visits (any date) and referrals (up to `asOf`). */
export async function loadAttentionSources(db: Kysely<Database>, asOf: IsoDate): Promise<AttentionSource[]> {
  return db.transaction().execute(async (trx) => {
    const patients = await sql<SummaryRow>`SELECT ${SUMMARY_COLUMNS}
      FROM patient p LEFT JOIN history h ON h.patient_id = p.id AND h.retracted_at IS NULL
      ORDER BY lower(p.family_name) NULLS LAST, lower(p.given_name) NULLS LAST, p.id`.execute(trx);
    const visits = await sql<{ patient_id: string; date: string; kind: string | null }>`
      SELECT patient_id, date::text AS date, kind FROM visit WHERE retracted_at IS NULL ORDER BY date`.execute(trx);
    const referrals = await sql<{
      patient_id: string;
      date: string;
      service: string;
      status: string | null;
      care_code: string | null;
    }>`SELECT patient_id, date::text AS date, service, status, care_code FROM referral
        WHERE retracted_at IS NULL AND date <= ${asOf}::date ORDER BY date`.execute(trx);
    const byPatient = <T extends { patient_id: string }>(rows: T[]) => {
      const out = new Map<string, T[]>();
      for (const r of rows) {
        const list = out.get(r.patient_id);
        if (list) list.push(r);
        else out.set(r.patient_id, [r]);
      }
      return out;
    };
    const cases = await loadAllPatientCases(trx, asOf);
    const visitsOf = byPatient(visits.rows);
    const referralsOf = byPatient(referrals.rows);
    const out: AttentionSource[] = [];
    for (const p of patients.rows) {
      out.push({
        summary: toSummary(p),
        case: cases.get(p.id) as PatientCase,
        visits: (visitsOf.get(p.id) ?? []).map((v) => ({ date: v.date, ...(v.kind ? { kind: v.kind } : {}) })),
        referrals: (referralsOf.get(p.id) ?? []).map((r) => ({
          date: r.date,
          service: r.service,
          ...(r.status ? { status: r.status } : {}),
          ...(r.care_code ? { careCode: r.care_code } : {}),
        })),
      });
    }
    return out;
  });
}

/**
 * The audit trail of one attention list: a `search` event for the list (as the patient list
 * leaves) and a `read` of each patient shown, since the list shows their clinical findings.
 */
export async function auditAttentionReads(
  db: Kysely<Database>,
  actor: Actor,
  asOf: IsoDate,
  shownPatientIds: readonly string[],
): Promise<void> {
  const events: AuditInput[] = [
    { action: 'search', resourceType: 'attention', detail: { asOf, returned: shownPatientIds.length } },
    ...shownPatientIds.map(
      (patientId): AuditInput => ({
        action: 'read',
        resourceType: 'attention',
        resourceId: patientId,
        patientId,
        detail: { asOf },
      }),
    ),
  ];
  await db.transaction().execute((trx) => appendAudits(trx, actor, events));
}
