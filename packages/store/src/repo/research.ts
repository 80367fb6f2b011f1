/**
 * De-identified views for the researcher role (HIPAA Safe Harbor, interop-security §5.5): a
 * random research id instead of the patient, dates as day offsets from the patient's first
 * recorded clinical date (as PRO-ACT does), the age at that day with ages over 89 as "90+", and
 * no names, identifiers, visits or free text. The field maps say which fields are dates and which
 * are free text, so a field added to the facts model is covered by its map.
 */
import { daysBetween, type IsoDate, type PatientCase } from '@betz/engine';
import { type Kysely, sql } from 'kysely';
import { StoreError } from '../db/errors.js';
import type { Database } from '../db/tables.js';
import type { FieldMap } from '../schema/fields.js';
import { type Actor, appendAudit } from './audit.js';
import { CASE_KINDS, loadPatientCase } from './case.js';

type Plain = Record<string, unknown>;

export interface ResearchCase {
  researchId: string;
  sex?: string;
  /** Whole years at day 0; '90+' over 89 (Safe Harbor); absent without a birth date or a dated fact. */
  ageAtDayZero?: number | '90+';
  heightCm?: number;
  premorbidWeightKg?: number;
  /** Every date below is a `…Day` offset in days from day 0, the first recorded clinical date. */
  facts: Plain;
}

/** `date` -> `day`, `onsetDate` -> `onsetDay`, `until` -> `untilDay`. */
export const dayKey = (field: string) =>
  field === 'date' ? 'day' : field.endsWith('Date') ? `${field.slice(0, -4)}Day` : `${field}Day`;

function collectDates(fields: FieldMap, data: Plain, into: string[]): void {
  for (const [name, spec] of Object.entries(fields)) {
    const value = data[name];
    if (value === undefined) continue;
    if (spec.type === 'object') collectDates(spec.fields, value as Plain, into);
    else if (spec.type === 'date') into.push(value as string);
  }
}

function deidentify(fields: FieldMap, data: Plain, dayZero: IsoDate): Plain {
  const out: Plain = {};
  for (const [name, spec] of Object.entries(fields)) {
    const value = data[name];
    if (value === undefined) continue;
    if (spec.type === 'object') {
      out[name] = deidentify(spec.fields, value as Plain, dayZero);
    } else if (spec.type === 'date') {
      out[dayKey(name)] = daysBetween(dayZero, value as string);
    } else if (!('freeText' in spec && spec.freeText)) {
      out[name] = value;
    }
  }
  return out;
}

/** The de-identified form of a case (pure; `researchId` replaces the patient id). */
export function toResearchCase(c: PatientCase, researchId: string): ResearchCase {
  const whole = c as unknown as Plain;
  const dates: string[] = [];
  for (const spec of CASE_KINDS) {
    const value = whole[spec.caseKey as string];
    const items = spec.cardinality === 'one' ? (value ? [value] : []) : ((value as Plain[] | undefined) ?? []);
    for (const item of items as Plain[]) {
      collectDates(spec.fields, item, dates);
      for (const child of spec.children ?? [])
        for (const r of (item[child.key] as Plain[]) ?? []) collectDates(child.fields, r, dates);
    }
  }
  const dayZero = dates.sort()[0];
  const out: ResearchCase = { researchId, facts: {} };
  if (c.patient.sex) out.sex = c.patient.sex;
  if (c.patient.heightCm !== undefined) out.heightCm = c.patient.heightCm;
  if (c.patient.premorbidWeightKg !== undefined) out.premorbidWeightKg = c.patient.premorbidWeightKg;
  if (dayZero && c.patient.birthDate) {
    const age = wholeYears(c.patient.birthDate, dayZero);
    out.ageAtDayZero = age > 89 ? '90+' : age;
  }
  if (!dayZero) return out;
  for (const spec of CASE_KINDS) {
    if (spec.identifying) continue;
    const value = whole[spec.caseKey as string];
    if (value === undefined) continue;
    const one = (item: Plain) => {
      const d = deidentify(spec.fields, item, dayZero);
      for (const child of spec.children ?? []) {
        d[child.key] = ((item[child.key] as Plain[]) ?? []).map((r) => deidentify(child.fields, r, dayZero));
      }
      return d;
    };
    out.facts[spec.caseKey as string] = spec.cardinality === 'one' ? one(value as Plain) : (value as Plain[]).map(one);
  }
  return out;
}

function wholeYears(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

export interface ResearchSummary {
  researchId: string;
  sex: string | null;
  onsetSite: string | null;
}

/** The cohort, by research id only (paged; audited as a de-identified export). */
export async function listResearchPatients(
  db: Kysely<Database>,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<{ items: ResearchSummary[]; total: number }> {
  return db.transaction().execute(async (trx) => {
    const rows = await sql<{ research_id: string; sex: string | null; onset_site: string | null }>`
      SELECT p.research_id, p.sex, h.onset_site
      FROM patient p LEFT JOIN history h ON h.patient_id = p.id AND h.retracted_at IS NULL
      ORDER BY p.research_id LIMIT ${page.limit} OFFSET ${page.offset}`.execute(trx);
    const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM patient`.execute(trx);
    await appendAudit(trx, actor, {
      action: 'export',
      resourceType: 'researchCohort',
      detail: { returned: rows.rows.length, deidentified: true },
    });
    return {
      items: rows.rows.map((r) => ({ researchId: r.research_id, sex: r.sex, onsetSite: r.onset_site })),
      total: count.rows[0]?.n ?? 0,
    };
  });
}

/** One patient's de-identified case, found by research id (audited as a de-identified export). */
export async function readResearchCase(db: Kysely<Database>, actor: Actor, researchId: string): Promise<ResearchCase> {
  return db.transaction().execute(async (trx) => {
    const patient = await trx
      .selectFrom('patient')
      .select('id')
      .where('research_id', '=', researchId)
      .executeTakeFirst();
    if (!patient) throw new StoreError('not_found', 'no such research id', { researchId });
    const c = await loadPatientCase(trx, patient.id);
    await appendAudit(trx, actor, {
      action: 'export',
      resourceType: 'researchCase',
      resourceId: researchId,
      patientId: patient.id,
      detail: { deidentified: true },
    });
    return toResearchCase(c, researchId);
  });
}
