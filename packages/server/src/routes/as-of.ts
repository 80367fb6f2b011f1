/**
 * The assessment date of a stored record. Without `asOf` it is the server's today: a record kept in
 * the clinic is current to today, and the time since its last fact is itself clinical information
 * (a review overdue, an ALSFRS-R not taken for months) that assessing as of the last fact would
 * hide. `asOf=latestFact` gives the date `betz evaluate` defaults to for a case file (a file is a
 * snapshot: it was current on its latest fact, and the same file must give the same report).
 */
import { type AsOfSource, formatPath } from '@betz/contracts';
import { latestFactDate } from '@betz/engine';
import { loadPatientCase } from '@betz/store';
import { validationFailed } from '../http/errors.js';

export async function assessmentDate(
  db: Parameters<typeof loadPatientCase>[0],
  patientId: string,
  asked: string | undefined,
  today: string,
): Promise<{ asOf: string; asOfSource: AsOfSource }> {
  if (asked === undefined || asked === 'today') return { asOf: today, asOfSource: 'today' };
  if (asked !== 'latestFact') return { asOf: asked, asOfSource: 'requested' };
  const latest = latestFactDate(await loadPatientCase(db, patientId));
  if (latest === undefined) {
    throw validationFailed([
      { in: 'query', path: formatPath(['asOf']), message: 'the record has no dated fact: give a date or today' },
    ]);
  }
  return { asOf: latest, asOfSource: 'latestFact' };
}
