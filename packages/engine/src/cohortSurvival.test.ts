import { describe, expect, it } from 'vitest';
import { cohortSurvival, geneticsGroup } from './cohortSurvival.js';
import { addDays } from './common/dates.js';
import type { PatientCase } from './facts/index.js';
import { compositeEndpoint } from './prognosis/index.js';
import { alsfrsrFixture, caseFixture } from './testkit/alsfrs.js';

const ONSET = '2020-01-01';

/** A case followed `weeks` weeks from onset: the endpoint (death) then, or censored then (a weight on that day). */
function followed(id: string, weeks: number, event: boolean, extra: Partial<PatientCase> = {}): PatientCase {
  const end = addDays(ONSET, weeks * 7);
  return caseFixture({
    patient: { id },
    history: { onsetDate: ONSET, onsetSite: 'bulbar', ...extra.history },
    ...(event ? { endpoints: { deathDate: end } } : { weights: [{ date: end, weightKg: 70 }] }),
    ...(extra.genetics ? { genetics: extra.genetics } : {}),
  });
}

/** The Freireich 1963 6-MP and placebo remission times (Gehan 1965), as cases. */
const SIX_MP = '6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+';
const PLACEBO = '1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23';
function arm(times: string, prefix: string, site: 'bulbar' | 'cervical'): PatientCase[] {
  return times.split(' ').map((x, i) =>
    followed(`${prefix}-${i}`, Number.parseFloat(x), !x.endsWith('+'), {
      history: { onsetDate: ONSET, onsetSite: site },
    }),
  );
}

describe('cohortSurvival', () => {
  it('from case files end to end: the Freireich 6-MP arm as bulbar onset, placebo as cervical: S and log-rank 16.79', () => {
    const cases = [...arm(SIX_MP, 'mp', 'bulbar'), ...arm(PLACEBO, 'pl', 'cervical')];
    const r = cohortSurvival(cases, { from: 'onset', by: 'onsetRegion', timesMonths: [12 * (7 / 30.4375)] });
    expect(r.excluded).toEqual([]);
    expect(r.groups.map((g) => [g.label, g.n, g.events])).toEqual([
      ['bulbar', 21, 9],
      ['cervical', 21, 21],
    ]);
    const steps = r.groups[0]!.fit.steps.filter((s) => s.events > 0).map((s) => Number(s.survival.toFixed(3)));
    expect(steps).toEqual([0.857, 0.807, 0.753, 0.69, 0.627, 0.538, 0.448]);
    // Months = days / 30.4375: the median of 23 weeks is 161 days.
    expect(r.groups[0]!.fit.median.estimate).toBeCloseTo(161 / 30.4375, 10);
    // At week 12 (in months): S 0.753 with 12 at risk, as R summary(fit, times = 12).
    expect(r.groups[0]!.atTimes[0]!.atRisk).toBe(12);
    expect(r.logRank?.kind === 'tested' && r.logRank.chiSquare).toBeCloseTo(16.7929409892, 6);
    expect(r.subjects.find((s) => s.id === 'mp-3')).toMatchObject({ event: false, endpoint: null });
  });

  it('excludes, with the reason, a patient without the start date or with an endpoint before it; never guesses', () => {
    const noOnset = caseFixture({ patient: { id: 'no-onset' }, endpoints: { deathDate: '2021-01-01' } });
    const noDiagnosis = followed('no-dx', 10, true);
    const before = caseFixture({
      patient: { id: 'before' },
      history: { onsetDate: '2021-01-01' },
      endpoints: { deathDate: '2020-06-01' },
    });
    const r = cohortSurvival([noOnset, before, followed('ok', 10, true)], { from: 'onset' });
    expect(r.excluded).toEqual([
      { id: 'no-onset', reason: 'insufficient data: needs history.onsetDate' },
      {
        id: 'before',
        reason: 'the endpoint (died on 2020-06-01) is before history.onsetDate 2021-01-01: check the dates',
      },
    ]);
    expect(r.groups.map((g) => g.label)).toEqual(['all patients']);
    expect(r.logRank).toBeNull();
    const dx = cohortSurvival([noDiagnosis], { from: 'diagnosis' });
    expect(dx.excluded).toEqual([{ id: 'no-dx', reason: 'insufficient data: needs history.diagnosisDate' }]);
    expect(dx.groups).toEqual([]);
  });

  it('times from diagnosis start at history.diagnosisDate', () => {
    const c = caseFixture({
      patient: { id: 'd' },
      history: { onsetDate: '2020-01-01', diagnosisDate: '2020-07-01' },
      endpoints: { deathDate: '2021-07-01' },
    });
    const [s] = cohortSurvival([c], { from: 'diagnosis' }).subjects;
    expect(s).toMatchObject({ startDate: '2020-07-01', endDate: '2021-07-01', event: true, endpoint: 'died' });
    expect(s!.months).toBeCloseTo(365 / 30.4375, 10);
  });

  it('a censored patient ends at the last recorded fact date', () => {
    const c = caseFixture({
      patient: { id: 'c' },
      history: { onsetDate: '2020-01-01' },
      alsfrsr: [alsfrsrFixture('2020-05-01'), alsfrsrFixture('2021-02-03')],
      weights: [{ date: '2020-11-01', weightKg: 70 }],
    });
    expect(cohortSurvival([c], { from: 'onset' }).subjects[0]).toMatchObject({ endDate: '2021-02-03', event: false });
  });

  it('a group of one: log-rank not tested, with the reason', () => {
    const r = cohortSurvival([followed('a', 3, true)], { from: 'onset', by: 'onsetRegion' });
    expect(r.logRank).toEqual({ kind: 'notTested', reason: 'a log-rank test needs at least two groups (got 1)' });
  });

  it("groups by genetics, King's stage at the first visit, and excludes those ENCALS cannot predict, with its reason", () => {
    const c9 = followed('c9', 30, true, { genetics: [{ gene: 'C9orf72', classification: 'pathogenic' }] });
    const none = followed('none', 40, false, { genetics: [{ gene: 'SOD1', classification: 'vus' }] });
    const untested = followed('untested', 50, true);
    const g = cohortSurvival([untested, none, c9], { from: 'onset', by: 'genetics' });
    expect(g.groups.map((x) => x.label)).toEqual(['C9orf72', 'no pathogenic variant', 'not tested']);
    expect(g.logRank?.kind).toBe('tested');

    const staged = { ...followed('k', 30, true), alsfrsr: [alsfrsrFixture('2020-03-01', { speech: 3, walking: 3 })] };
    const k = cohortSurvival([staged, followed('no-alsfrs', 20, true)], { from: 'onset', by: 'kingsAtFirstVisit' });
    expect(k.groups.map((x) => x.label)).toEqual(["King's 2"]);
    expect(k.excluded).toEqual([
      { id: 'no-alsfrs', reason: 'insufficient data: needs alsfrsr (the first visit is the first ALSFRS-R)' },
    ]);

    const e = cohortSurvival([staged], { from: 'onset', by: 'encalsGroup' });
    expect(e.groups).toEqual([]);
    expect(e.excluded[0]!.reason).toMatch(/^ENCALS at the first visit \(2020-03-01\): insufficient data: needs /);
  });

  it('geneticsGroup joins genes with a (likely) pathogenic result', () => {
    expect(geneticsGroup(undefined)).toBe('not tested');
    expect(
      geneticsGroup([
        { gene: 'SOD1', classification: 'likelyPathogenic' },
        { gene: 'C9orf72', classification: 'pathogenic' },
      ]),
    ).toBe('C9orf72 + SOD1');
    expect(geneticsGroup([{ gene: 'C9orf72', classification: 'negative' }])).toBe('no pathogenic variant');
  });
});

describe('compositeEndpoint', () => {
  it('is the earliest of the recorded endpoints, the interventions and ALSFRS-R item 12 = 0', () => {
    const c = caseFixture({
      endpoints: { deathDate: '2022-05-01' },
      interventions: [
        { kind: 'niv', startDate: '2021-01-01', hoursPerDay: 10 },
        { kind: 'niv', startDate: '2021-09-01', stopDate: '2021-10-01', hoursPerDay: 24 },
      ],
    });
    expect(compositeEndpoint(c)).toEqual({
      code: 'nivOver23h',
      date: '2021-09-01',
      reason: 'NIV 24 h/day from 2021-09-01',
    });
    const iv = caseFixture({
      endpoints: { tracheostomyDate: '2022-01-01' },
      alsfrsr: [alsfrsrFixture('2021-11-01', { respiratoryInsufficiency: 0 })],
    });
    expect(compositeEndpoint(iv)?.date).toBe('2021-11-01');
    expect(compositeEndpoint(iv)?.code).toBe('tracheostomy');
    expect(
      compositeEndpoint(caseFixture({ interventions: [{ kind: 'niv', startDate: '2021-01-01', hoursPerDay: 23 }] })),
    ).toBeNull();
  });
});
