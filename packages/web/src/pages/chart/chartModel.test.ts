import type { PatientCase } from '@betz/engine';
import { assess } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import {
  ageInYears,
  buildTimeline,
  changesBetween,
  goldCoastText,
  newCareItems,
  visitDates,
  words,
} from './chartModel';

const items = (n: 0 | 1 | 2 | 3 | 4) =>
  ({
    speech: 4,
    salivation: 4,
    swallowing: 4,
    handwriting: n,
    cuttingWithoutGastrostomy: n,
    dressing: 4,
    turningInBed: 4,
    walking: 4,
    climbingStairs: 4,
    dyspnoea: 4,
    orthopnoea: 4,
    respiratoryInsufficiency: 4,
  }) as const;

const CASE: PatientCase = {
  schemaVersion: 1,
  patient: { id: 'p1', sex: 'female', birthDate: '1961-03-14', premorbidWeightKg: 78 },
  history: { onsetDate: '2024-01-10', onsetSite: 'cervical' },
  alsfrsr: [
    { date: '2024-06-01', ...items(3) },
    { date: '2024-12-01', ...items(1) },
  ],
  vitalCapacity: [
    { date: '2024-06-01', kind: 'FVC', posture: 'sitting', percentPredicted: 90 },
    { date: '2024-12-01', kind: 'FVC', posture: 'sitting', percentPredicted: 70 },
  ],
  weights: [
    { date: '2024-06-01', weightKg: 76 },
    { date: '2024-12-01', weightKg: 76 },
  ],
  medications: [{ drug: 'riluzole', startDate: '2024-06-01', stopDate: '2024-12-01', note: 'nausea' }],
};

describe('ageInYears', () => {
  it('counts whole calendar years, the birthday itself included', () => {
    expect(ageInYears('1961-03-14', '2026-03-13')).toBe(64);
    expect(ageInYears('1961-03-14', '2026-03-14')).toBe(65);
    expect(ageInYears('2000-02-29', '2025-02-28')).toBe(24);
  });
  it('gives no age without a birth date or for one after today', () => {
    expect(ageInYears(null, '2026-01-01')).toBeNull();
    expect(ageInYears('2027-01-01', '2026-01-01')).toBeNull();
  });
});

describe('words', () => {
  it('writes vocabulary codes as words', () => {
    expect(words('jawJerk')).toBe('jaw jerk');
    expect(words('reflexPreservedInWastedMuscle')).toBe('reflex preserved in wasted muscle');
  });
});

describe('buildTimeline', () => {
  const days = buildTimeline(CASE, [{ date: '2024-12-01', kind: 'clinic', note: 'walks with a stick' }]);
  it('groups facts by day, newest first, with the visit heading its day', () => {
    expect(days.map((d) => d.date)).toEqual(['2024-12-01', '2024-06-01', '2024-01-10']);
    expect(days[0]?.visits).toEqual([{ date: '2024-12-01', kind: 'clinic', note: 'walks with a stick' }]);
  });
  it('labels each line with the fact catalogue label', () => {
    expect(days[0]?.items.map((i) => i.label)).toEqual(['ALSFRS-R', 'vital capacity', 'weight', 'medication']);
    expect(days[0]?.items[0]?.text).toBe('42/48 (bulbar 12, fine motor 6, gross motor 12, respiratory 12)');
  });
  it('places a start and a stop on their own days', () => {
    expect(days[1]?.items.find((i) => i.kind === 'medication')?.text).toBe('riluzole started');
    expect(days[0]?.items.find((i) => i.kind === 'medication')?.text).toBe('riluzole stopped: nausea');
  });
});

describe('buildTimeline: examinations', () => {
  it('says when an examination found what the one before found', () => {
    const exam = (date: string) => ({
      date,
      regions: [
        { region: 'cervical' as const, side: 'right' as const, weakness: true, umnSigns: ['hoffmann' as const] },
      ],
    });
    const days = buildTimeline({ ...CASE, exams: [exam('2024-12-01'), exam('2024-06-01')] }, []);
    const item = (date: string) => days.find((d) => d.date === date)?.items.find((i) => i.kind === 'exam');
    expect(item('2024-06-01')).toEqual({
      kind: 'exam',
      label: 'neurological examination',
      text: 'cervical R: weakness, hoffmann',
    });
    expect(item('2024-12-01')).toMatchObject({ text: 'cervical R: weakness, hoffmann', unchangedSince: '2024-06-01' });
  });
});

describe('visitDates', () => {
  it('lists recorded visits up to today, newest first', () => {
    const visits = [{ date: '2024-06-01' }, { date: '2025-01-01' }, { date: '2024-12-01' }];
    expect(visitDates(CASE, visits, '2024-12-31')).toEqual(['2024-12-01', '2024-06-01']);
  });
  it('falls back to the days something was measured when no visit is recorded', () => {
    expect(visitDates(CASE, [], '2024-12-31')).toEqual(['2024-12-01', '2024-06-01']);
  });
});

describe('changesBetween', () => {
  const before = assess(CASE, '2024-06-01');
  const now = assess(CASE, '2024-12-01');
  const changes = changesBetween(before, now);
  it('names what changed, marking a lower score or capacity as worse', () => {
    expect(changes.find((c) => c.what === 'ALSFRS-R')).toEqual({
      what: 'ALSFRS-R',
      before: '46/48',
      now: '42/48',
      worse: true,
    });
    expect(changes.find((c) => c.what === 'FVC % predicted')).toMatchObject({
      before: '90 %',
      now: '70 %',
      worse: true,
    });
  });
  it('leaves out what did not change', () => {
    expect(changes.find((c) => c.what === 'Weight')).toBeUndefined();
  });
  it('lists care items raised since', () => {
    const codes = new Set(before.care.recommendations.map((r) => r.code));
    expect(newCareItems(before, now).every((r) => !codes.has(r.code))).toBe(true);
    expect(newCareItems(now, now)).toEqual([]);
  });
});

describe('goldCoastText', () => {
  const g = assess(CASE, '2024-12-01').diagnosis.goldCoast;
  it('never turns a condition it could not judge into "not met"', () => {
    const unknown = {
      ...g,
      met: false,
      conditions: g.conditions.map((c, i) =>
        i === 0
          ? { ...c, state: 'insufficient' as const, needs: ['history.progression.precededByNormalFunction'] }
          : { ...c, state: 'met' as const },
      ) as typeof g.conditions,
    };
    expect(goldCoastText(unknown)).toBe('insufficient data: needs normal motor function before onset (history)');
    const notMet = {
      ...unknown,
      conditions: unknown.conditions.map((c) => ({ ...c, state: 'notMet' as const })) as typeof g.conditions,
    };
    expect(goldCoastText(notMet)).toBe('not met');
    expect(goldCoastText({ ...g, met: true })).toBe('ALS (criteria met)');
  });
});
