/**
 * Missing data is a recommendation too: measurements that are overdue (FVC, weight, ALSFRS-R,
 * cognitive and mood screens) and facts other rules need (premorbid weight, height).
 */
import { addMonths, type IsoDate } from '../../common/dates.js';
import { respiratoryTestIntervalMonths } from '../cadence.js';
import type { Indexed } from '../facts.js';
import { AAN_2009A, AAN_2009B, AAN_QUALITY_2013, EFNS_2012, MARIN_2011, NICE_QS126, PRACTICE } from '../sources.js';
import type { CareEnv, CareRule, RuleHit } from '../types.js';
import { laterDate, rules, upcomingLimit } from './shared.js';

/** Fires when the next measurement (last + interval, or now if never) falls within the window. */
function overdue(
  env: CareEnv,
  last: { date: IsoDate; path: string } | undefined,
  intervalMonths: number,
  what: string,
): RuleHit | null {
  const due = last ? addMonths(last.date, intervalMonths) : env.asOf;
  if (due > upcomingLimit(env)) return null;
  return {
    triggers: [
      last
        ? { path: last.path, value: last.date, note: `last ${what}; due every ${intervalMonths} months` }
        : { path: what, value: 'none recorded' },
    ],
    due: laterDate(due, env.asOf),
    since: due,
  };
}

function lastOf<T extends { date: IsoDate }>(
  list: readonly Indexed<T>[],
  path: string,
  pick: (t: T) => boolean = () => true,
) {
  const last = list.filter(({ item }) => pick(item)).at(-1);
  return last ? { date: last.item.date, path: `${path}[${last.index}].date` } : undefined;
}

const screeningNamed = (names: readonly string[]) => (s: { instrument: string }) =>
  names.includes(s.instrument.toLowerCase().replace(/[^a-z0-9]/g, ''));

const monitoring = (r: Omit<CareRule, 'domain' | 'jurisdictions' | 'requiresDiagnosis'>): CareRule => ({
  ...r,
  domain: 'monitoring',
  jurisdictions: 'all',
  requiresDiagnosis: true,
});

export const MONITORING_RULES = rules([
  monitoring({
    code: 'monitoring.measureFvc',
    priority: 'soon',
    title: 'Measure FVC (sitting, and supine if possible), with SNIP/MIP, SpO2 and peak cough flow',
    reason: (why) =>
      `Respiratory function is assessed at diagnosis and then every 2-3 months; ${why.facts[0]?.value === 'none recorded' ? 'no vital capacity is recorded' : `the last vital capacity was on ${why.facts[0]?.value}`}.`,
    source: NICE_QS126,
    alsoSee: [AAN_QUALITY_2013, AAN_2009A],
    recurEveryMonths: 3,
    trigger: (env) =>
      overdue(
        env,
        lastOf(env.view.indexed.vitalCapacity, 'vitalCapacity'),
        respiratoryTestIntervalMonths(env.ctx, env.settings),
        'vitalCapacity',
      ),
  }),
  monitoring({
    code: 'monitoring.measureWeight',
    priority: 'soon',
    title: 'Weigh the patient and record BMI',
    reason: 'Weight is monitored at every ~3-monthly visit against premorbid weight; weight loss predicts survival.',
    source: AAN_2009A,
    alsoSee: [MARIN_2011],
    recurEveryMonths: 3,
    trigger: (env) =>
      overdue(env, lastOf(env.view.indexed.weights, 'weights'), env.settings.weightIntervalMonths, 'weights'),
  }),
  monitoring({
    code: 'monitoring.alsfrsr',
    priority: 'routine',
    title: 'Record the ALSFRS-R',
    reason: 'The ALSFRS-R is recorded at every visit (remote self-report is acceptable); several rules read its items.',
    source: PRACTICE,
    recurEveryMonths: 3,
    trigger: (env) =>
      overdue(env, lastOf(env.view.indexed.alsfrsr, 'alsfrsr'), env.settings.alsfrsrIntervalMonths, 'alsfrsr'),
  }),
  monitoring({
    code: 'monitoring.premorbidWeight',
    priority: 'routine',
    title: 'Record the usual premorbid weight',
    reason: 'Weight loss is judged against premorbid weight; without it Betz falls back to the first weight on file.',
    source: EFNS_2012,
    trigger: (env) =>
      env.c.patient.premorbidWeightKg === undefined
        ? { triggers: [{ path: 'patient.premorbidWeightKg', value: 'not recorded' }] }
        : null,
  }),
  monitoring({
    code: 'monitoring.height',
    priority: 'routine',
    title: 'Record height (for BMI)',
    reason: 'BMI needs height; BMI below 18.5 is a gastrostomy trigger.',
    source: AAN_2009A,
    trigger: (env) =>
      env.c.patient.heightCm === undefined ? { triggers: [{ path: 'patient.heightCm', value: 'not recorded' }] } : null,
  }),
  monitoring({
    code: 'monitoring.cognitiveScreen',
    priority: 'routine',
    title: 'Screen cognition and behaviour (ECAS or ALS-CBS)',
    reason:
      'Cognitive and behavioural screening should be considered (Level B): at diagnosis, then every 6-12 months or on concern.',
    source: { ...AAN_2009B, level: 'Level B' },
    recurEveryMonths: 12,
    trigger: (env) =>
      overdue(
        env,
        lastOf(env.view.indexed.screenings, 'screenings', screeningNamed(['ecas', 'alscbs'])),
        env.settings.cognitiveScreenIntervalMonths,
        'screenings',
      ),
  }),
  monitoring({
    code: 'monitoring.moodScreen',
    priority: 'routine',
    title: 'Screen mood (PHQ-9 or HADS, GAD-7)',
    reason: 'Mood is screened at least every 6 months; depression and anxiety are treatable.',
    source: PRACTICE,
    recurEveryMonths: 6,
    trigger: (env) =>
      overdue(
        env,
        lastOf(env.view.indexed.screenings, 'screenings', screeningNamed(['phq9', 'hads', 'gad7'])),
        env.settings.moodScreenIntervalMonths,
        'screenings',
      ),
  }),
]);
