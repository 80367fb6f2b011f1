/**
 * The ALSFRS-R and ALSFRS records a rule may use: valid, dated on or before the assessment
 * date, in date order. Invalid records are left out and reported with their path in the case
 * (e.g. `alsfrsr[2].speech`), never repaired. The validation itself happens once, in the case
 * as known on the date (`caseAsOf`); these read it for callers holding a case and a date.
 */
import type { IsoDate } from '../common/index.js';
import type { AlsfrsOriginalRecord, AlsfrsrRecord, PatientCase } from '../facts/index.js';
import type { RecordProblem } from '../instruments/validate.js';
import { caseAsOf, type RejectedRecord } from '../view/asOf.js';

export type { RecordProblem } from '../instruments/validate.js';

export interface UsableRecords<R> {
  records: R[];
  problems: RecordProblem[];
}

const problemsOf = (rejected: readonly RejectedRecord[]) => rejected.flatMap((r) => r.problems);

/** Valid ALSFRS-R records on or before `asOf`, oldest first, plus every problem with the others. */
export function usableAlsfrsrRecords(c: PatientCase, asOf: IsoDate): UsableRecords<AlsfrsrRecord> {
  const v = caseAsOf(c, asOf);
  return { records: v.alsfrsr.map((r) => r.record), problems: problemsOf(v.alsfrsrRejected) };
}

/** Valid original ALSFRS records on or before `asOf`, oldest first. */
export function usableAlsfrsOriginalRecords(c: PatientCase, asOf: IsoDate): UsableRecords<AlsfrsOriginalRecord> {
  const v = caseAsOf(c, asOf);
  return { records: v.alsfrsOriginal.map((r) => r.record), problems: problemsOf(v.alsfrsOriginalRejected) };
}
