/**
 * The patient list: search by name or identifier, filters, sort and paging. The search itself is
 * audited (action `search`) with the filters used.
 */
import type { OnsetSite, Sex } from '@betz/engine';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/tables.js';
import { type Actor, appendAudit } from './audit.js';
import { isoTimestamp } from './rows.js';

export const PATIENT_SORTS = ['familyName', 'createdAt', 'updatedAt', 'birthDate'] as const;
export type PatientSort = (typeof PATIENT_SORTS)[number];

export interface PatientQuery {
  /** Start of the family or given name (case- and accent-insensitive), or the start of an identifier. */
  q?: string;
  sex?: Sex;
  onsetSite?: OnsetSite;
  bornFrom?: string;
  bornTo?: string;
  sort: PatientSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export interface PatientSummary {
  id: string;
  version: number;
  familyName: string | null;
  givenName: string | null;
  sex: string | null;
  birthDate: string | null;
  onsetSite: string | null;
  identifiers: { system: string; value: string }[];
  updatedAt: string;
}

/** Sort keys (constant SQL); names case-insensitively, the same on every backend and collation. */
const SORT_KEY: Record<PatientSort, string> = {
  familyName: 'lower(p.family_name)',
  createdAt: 'p.created_at',
  updatedAt: 'p.updated_at',
  birthDate: 'p.birth_date',
};

/**
 * Latin letters with diacritics and the letter each folds to, for a search that finds "Müller" by
 * "muller" and "Núñez" by "nunez". The same fold runs in SQL (translate) and on the search text
 * here, so both sides compare alike on PGlite and PostgreSQL without the unaccent extension.
 */
const ACCENTED = 'àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿžźż';
const PLAIN = 'aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrssstuuuuuuuuyyzzz';

/** The search text folded as the names are in SQL: lower case, diacritics off, ß as ss. */
export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().replace(/ß/g, 'ss')) {
    const at = ACCENTED.indexOf(ch);
    out += at === -1 ? ch : PLAIN[at];
  }
  return out;
}

/** A name column folded in SQL the way `foldForSearch` folds the search text. */
const folded = (column: string) => sql`translate(replace(lower(${sql.raw(column)}), 'ß', 'ss'), ${ACCENTED}, ${PLAIN})`;

/** One patient summary's row (`SUMMARY_COLUMNS` over `patient p LEFT JOIN history h`). */
export interface SummaryRow {
  id: string;
  version: number;
  family_name: string | null;
  given_name: string | null;
  sex: string | null;
  birth_date: string | null;
  onset_site: string | null;
  updated_at: string;
  identifiers: { system: string; value: string }[];
}

/** The columns of a patient summary, for the patient list and the attention list alike. */
export const SUMMARY_COLUMNS = sql`p.id, p.version, p.family_name, p.given_name, p.sex, p.birth_date::text AS birth_date,
  h.onset_site, p.updated_at,
  (SELECT coalesce(json_agg(json_build_object('system', i.system, 'value', i.value) ORDER BY i.system, i.value), '[]'::json)
     FROM patient_identifier i WHERE i.patient_id = p.id AND i.retracted_at IS NULL) AS identifiers`;

export function toSummary(r: SummaryRow): PatientSummary {
  return {
    id: r.id,
    version: r.version,
    familyName: r.family_name,
    givenName: r.given_name,
    sex: r.sex,
    birthDate: r.birth_date,
    onsetSite: r.onset_site,
    identifiers: r.identifiers,
    updatedAt: isoTimestamp(r.updated_at),
  };
}

/** `50%_off\` -> `50\%\_off\\`: a user's text matched literally inside LIKE. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchPatients(
  db: Kysely<Database>,
  actor: Actor,
  query: PatientQuery,
): Promise<{ items: PatientSummary[]; total: number }> {
  return db.transaction().execute(async (trx) => {
    const conditions = [sql`true`];
    if (query.q) {
      // The start of a name, accents and case aside; or the start of an identifier (an MRN typed in
      // part), case aside.
      const prefix = `${escapeLike(foldForSearch(query.q))}%`;
      const idPrefix = `${escapeLike(query.q.toLowerCase())}%`;
      conditions.push(sql`(${folded('p.family_name')} LIKE ${prefix} OR ${folded('p.given_name')} LIKE ${prefix}
        OR EXISTS (SELECT 1 FROM patient_identifier i WHERE i.patient_id = p.id AND i.retracted_at IS NULL
          AND lower(i.value) LIKE ${idPrefix}))`);
    }
    if (query.sex) conditions.push(sql`p.sex = ${query.sex}`);
    if (query.bornFrom) conditions.push(sql`p.birth_date >= ${query.bornFrom}::date`);
    if (query.bornTo) conditions.push(sql`p.birth_date <= ${query.bornTo}::date`);
    if (query.onsetSite) conditions.push(sql`h.onset_site = ${query.onsetSite}`);
    const where = sql.join(conditions, sql` AND `);
    const from = sql`patient p LEFT JOIN history h ON h.patient_id = p.id AND h.retracted_at IS NULL`;
    const direction = query.order === 'desc' ? sql`DESC` : sql`ASC`;
    const rows = await sql<SummaryRow>`SELECT ${SUMMARY_COLUMNS}
      FROM ${from} WHERE ${where}
      ORDER BY ${sql.raw(SORT_KEY[query.sort])} ${direction} NULLS LAST, lower(p.given_name) ${direction} NULLS LAST, p.id ${direction}
      LIMIT ${query.limit} OFFSET ${query.offset}`.execute(trx);
    const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`.execute(trx);
    await appendAudit(trx, actor, {
      action: 'search',
      resourceType: 'patient',
      detail: {
        filters: Object.keys(query).filter((k) => !['sort', 'order', 'limit', 'offset'].includes(k)),
        returned: rows.rows.length,
      },
    });
    return {
      items: rows.rows.map(toSummary),
      total: count.rows[0]?.n ?? 0,
    };
  });
}
