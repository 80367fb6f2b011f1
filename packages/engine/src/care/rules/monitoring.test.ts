import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../../facts/index.js';
import { AS_OF, alsfrsrFixture, codesOf, DIAGNOSED, find, quietCase, vc } from '../../testkit/index.js';
import { evaluateCare } from '../evaluate.js';

const run = (c: PatientCase, asOf = AS_OF) => evaluateCare(c, asOf, DIAGNOSED);

describe('monitoring.measureFvc: NICE QS126, respiratory function every 2-3 months', () => {
  it('no FVC for over three months: "measure FVC", due today', () => {
    const r = find(run({ ...quietCase(), vitalCapacity: [vc('2025-02-01', 90)] }), 'monitoring.measureFvc');
    expect(r?.title).toMatch(/^Measure FVC/);
    expect(r?.due).toBe(AS_OF);
  });
  it('no FVC ever recorded', () => {
    const r = find(run({ ...quietCase(), vitalCapacity: [] }), 'monitoring.measureFvc');
    expect(r?.triggers[0]?.value).toBe('none recorded');
  });
  it('an FVC 2 months old is listed when due within 4 weeks; a 1-week-old one is not', () => {
    expect(find(run({ ...quietCase(), vitalCapacity: [vc('2025-03-25', 90)] }), 'monitoring.measureFvc')?.due).toBe(
      '2025-06-24',
    );
    expect(codesOf(run(quietCase()))).not.toContain('monitoring.measureFvc');
  });
  it('an unreliable FVC still counts as the last test (the unreliable rule asks for SNIP)', () => {
    expect(codesOf(run({ ...quietCase(), vitalCapacity: [vc('2025-05-20', 40, { reliable: false })] }))).not.toContain(
      'monitoring.measureFvc',
    );
  });
});

describe('monitoring.measureWeight: AAN 2009a nutrition algorithm, weight every visit', () => {
  it('fires when the last weight is over 3 months old; not for a recent one', () => {
    expect(codesOf(run({ ...quietCase(), weights: [{ date: '2025-01-15', weightKg: 69 }] }))).toContain(
      'monitoring.measureWeight',
    );
    expect(codesOf(run(quietCase()))).not.toContain('monitoring.measureWeight');
  });
});

describe('monitoring.alsfrsr: ALSFRS-R at every visit (care reference §7)', () => {
  it('fires when the last ALSFRS-R is over 3 months old', () => {
    expect(codesOf(run({ ...quietCase(), alsfrsr: [alsfrsrFixture('2025-01-15')] }))).toContain('monitoring.alsfrsr');
    expect(codesOf(run(quietCase()))).not.toContain('monitoring.alsfrsr');
  });
});

describe('monitoring.premorbidWeight and monitoring.height: facts the weight and BMI rules need (EFNS 2012, AAN 2009a)', () => {
  it('ask for missing premorbid weight and height', () => {
    const c = { ...quietCase(), patient: { id: 'synthetic-care-3' } };
    expect(codesOf(run(c))).toEqual(expect.arrayContaining(['monitoring.premorbidWeight', 'monitoring.height']));
    expect(codesOf(run(quietCase()))).not.toContain('monitoring.height');
  });
});

describe('monitoring.cognitiveScreen: AAN 2009b, cognitive/behavioural screening (Level B)', () => {
  it('fires with no ECAS or ALS-CBS on file, and 12 months after the last one', () => {
    const noScreen = { ...quietCase(), screenings: [] };
    expect(codesOf(run(noScreen))).toContain('monitoring.cognitiveScreen');
    const old = { ...quietCase(), screenings: [{ date: '2024-06-01', instrument: 'ALS-CBS', score: 15 }] };
    expect(codesOf(run(old))).toContain('monitoring.cognitiveScreen');
    expect(codesOf(run(quietCase()))).not.toContain('monitoring.cognitiveScreen');
  });
});

describe('monitoring.moodScreen: care reference §7, mood at least every 6 months', () => {
  it('fires 6 months after the last PHQ-9; not after 3', () => {
    const at = (date: string) => ({ ...quietCase(), screenings: [{ date, instrument: 'PHQ-9', score: 2 }] });
    expect(codesOf(run(at('2024-12-01')))).toContain('monitoring.moodScreen');
    expect(codesOf(run(at('2025-03-01')))).not.toContain('monitoring.moodScreen');
  });
});
