/**
 * The ALSFRS-R and ALSFRS records a rule may use: valid, dated on or before the assessment
 * date, in date order. Invalid records are left out and reported with their path in the case
 * (e.g. `alsfrsr[2].speech`), never repaired.
 */
import type { IsoDate } from '../common/index.js';
import type { AlsfrsOriginalRecord, AlsfrsrRecord, PatientCase } from '../facts/index.js';
import { type AlsfrsProblem, validateAlsfrsOriginal, validateAlsfrsr } from './validate.js';

export interface RecordProblem extends AlsfrsProblem {
  /** Path in the case model, e.g. 'alsfrsr[2].speech'. */
  path: string;
}

export interface UsableRecords<R> {
  records: R[];
  problems: RecordProblem[];
}

function usable<R extends { date: IsoDate }>(
  list: readonly R[] | undefined,
  asOf: IsoDate,
  listPath: string,
  validate: (r: unknown) => AlsfrsProblem[],
): UsableRecords<R> {
  const records: R[] = [];
  const problems: RecordProblem[] = [];
  (list ?? []).forEach((r, i) => {
    const ps = validate(r);
    if (ps.length > 0) {
      for (const p of ps) problems.push({ ...p, path: p.field ? `${listPath}[${i}].${p.field}` : `${listPath}[${i}]` });
      return;
    }
    if (r.date <= asOf) records.push(r);
  });
  records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { records, problems };
}

/** Valid ALSFRS-R records on or before `asOf`, oldest first, plus every problem with the others. */
export function usableAlsfrsrRecords(c: PatientCase, asOf: IsoDate): UsableRecords<AlsfrsrRecord> {
  return usable(c.alsfrsr, asOf, 'alsfrsr', validateAlsfrsr);
}

/** Valid original ALSFRS records on or before `asOf`, oldest first. */
export function usableAlsfrsOriginalRecords(c: PatientCase, asOf: IsoDate): UsableRecords<AlsfrsOriginalRecord> {
  return usable(c.alsfrsOriginal, asOf, 'alsfrsOriginal', validateAlsfrsOriginal);
}
