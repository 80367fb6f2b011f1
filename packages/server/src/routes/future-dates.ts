/**
 * A fact is recorded after it happens, and a patient is born before being registered: a date after
 * the server's today is a typing error (a weight on 2030-01-01), refused at its field. One day of
 * tolerance covers a clinic ahead of the server's time zone. Dates that are future by nature are exempt, as the fact catalogue marks them
 * (engine facts/kinds.ts): a scheduled kind (a visit, an appointment) and planned dates (a care
 * decision's review date `until`, set in advance). The case file is not checked (it has no
 * server clock; `betz evaluate` assesses as of a date it is given).
 */
import { FACT_KIND_CATALOGUE, type FactKindEntry } from '@betz/engine';
import type { FactKind } from '@betz/store';

/**
 * Where the fact catalogue expects a future date, by kind: every date of a scheduled kind (a
 * visit), or the planned dates named (a care decision's `until`).
 */
const FUTURE_BY_NATURE = new Map<string, 'every' | readonly string[]>(
  (FACT_KIND_CATALOGUE as readonly FactKindEntry[]).map((k) => [
    k.kind,
    k.scheduled ? 'every' : (k.plannedDates ?? []),
  ]),
);

const DATE_FIELD = /^(?:date|until|\w+Date)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last date a fact may carry when the server's date is `today`: one day later, for time zones. */
export function latestFactDate(today: string): string {
  const next = new Date(`${today}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The dates of one fact's data (or a patient's demographics: `kind` 'patient') that are after `today` (plus the tolerance), each at its path under
 * `at` (`data.date`, `facts[2].data.stopDate`; `''` for a body's own fields: `birthDate`).
 *
 * @example futureDateIssues('weight', { date: '2030-01-01', weightKg: 70 }, '2025-06-01', 'data')
 * // [{ path: 'data.date', message: 'is 2030-01-01, after today (2025-06-01): ...' }]
 */
export function futureDateIssues(
  kind: FactKind | 'patient',
  data: unknown,
  today: string,
  at: string,
): { path: string; message: string }[] {
  const exempt = FUTURE_BY_NATURE.get(kind);
  if (exempt === 'every') return [];
  const latest = latestFactDate(today);
  const out: { path: string; message: string }[] = [];
  const walk = (value: unknown, path: string, key: string | undefined) => {
    if (typeof value === 'string') {
      if (key && DATE_FIELD.test(key) && !exempt?.includes(key) && ISO_DATE.test(value) && value > latest)
        out.push({
          path,
          message: `is ${value}, after today (${today}): a fact is recorded once it has happened; check the date`,
        });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}[${i}]`, key);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, k);
    }
  };
  walk(data, at, undefined);
  return out;
}
