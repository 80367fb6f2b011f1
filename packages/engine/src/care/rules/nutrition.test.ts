import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../../facts/index.js';
import { AS_OF, alsfrsrFixture, codesOf, DIAGNOSED, find, quietCase, vc } from '../../testkit/index.js';
import { evaluateCare } from '../evaluate.js';

const run = (c: PatientCase) => evaluateCare(c, AS_OF, DIAGNOSED);
/** Premorbid 70 kg; latest weight as given. */
const weighing = (kg: number, extra: Partial<PatientCase> = {}): PatientCase => ({
  ...quietCase(),
  weights: [{ date: '2025-05-25', weightKg: kg }],
  ...extra,
});

describe('nutrition.weightLossModerate: Marin 2011, 5 % loss of usual weight', () => {
  it('66.5 kg from 70 kg (5.0 %) fires; 66.6 kg (4.9 %) does not', () => {
    const r = find(run(weighing(66.5)), 'nutrition.weightLossModerate');
    expect(r?.triggerValue).toBe(5);
    expect(codesOf(run(weighing(66.6)))).not.toContain('nutrition.weightLossModerate');
  });
  it('falls back to the first recorded weight without a premorbid weight, and says so', () => {
    const c: PatientCase = {
      ...quietCase(),
      patient: { id: 'synthetic-care-2', heightCm: 170 },
      weights: [
        { date: '2025-01-01', weightKg: 80 },
        { date: '2025-05-25', weightKg: 75 },
      ],
    };
    const r = find(run(c), 'nutrition.weightLossModerate');
    expect(r?.triggers[1]?.path).toBe('weights[0].weightKg');
    expect(r?.triggers[0]?.note).toMatch(/first recorded weight/);
  });
});

describe('nutrition.weightLossSevere: EFNS 2012, weight loss over 10 % indicates gastrostomy', () => {
  it('63 kg from 70 kg (10 %) is urgent and replaces the 5 % rule', () => {
    const a = run(weighing(63));
    expect(find(a, 'nutrition.weightLossSevere')?.priority).toBe('urgent');
    expect(codesOf(a)).not.toContain('nutrition.weightLossModerate');
  });
  it('63.1 kg (9.9 %) is the moderate band', () => {
    expect(codesOf(run(weighing(63.1)))).not.toContain('nutrition.weightLossSevere');
  });
});

describe('nutrition.lowBmi: Desport 2000, BMI below 18.5 is malnutrition', () => {
  it('52 kg at 170 cm (BMI 18.0) fires; 53.5 kg (18.5) does not', () => {
    expect(find(run(weighing(52, { patient: { id: 'p', heightCm: 170 } })), 'nutrition.lowBmi')?.triggerValue).toBe(18);
    expect(codesOf(run(weighing(53.5, { patient: { id: 'p', heightCm: 170 } })))).not.toContain('nutrition.lowBmi');
  });
});

describe('nutrition.dysphagia: AAN 2009a nutrition algorithm, dysphagia screening and SLT', () => {
  it('swallowing item 3 fires; 4 does not', () => {
    const c = (swallowing: 3 | 4) => ({ ...quietCase(), alsfrsr: [alsfrsrFixture('2025-05-25', { swallowing })] });
    expect(find(run(c(3)), 'nutrition.dysphagia')?.triggerValue).toBe(3);
    expect(codesOf(run(c(4)))).not.toContain('nutrition.dysphagia');
  });
  it('a reported choking episode fires', () => {
    expect(codesOf(run({ ...quietCase(), symptoms: [{ date: '2025-05-20', symptom: 'choking' }] }))).toContain(
      'nutrition.dysphagia',
    );
  });
  it('a symptom older than the 90-day lookback does not', () => {
    expect(codesOf(run({ ...quietCase(), symptoms: [{ date: '2025-02-01', symptom: 'choking' }] }))).not.toContain(
      'nutrition.dysphagia',
    );
  });
});

describe('nutrition.gastrostomy.discuss: EAN 2024, discuss gastrostomy early', () => {
  it('fires when no plan records a gastrostomy discussion', () => {
    expect(codesOf(run({ ...quietCase(), advanceCarePlans: [] }))).toContain('nutrition.gastrostomy.discuss');
  });
  it('does not fire once discussed', () =>
    expect(codesOf(run(quietCase()))).not.toContain('nutrition.gastrostomy.discuss'));
});

/** Swallowing item 3 gives the gastrostomy indication; FVC as given. */
const indicated = (vcs: ReturnType<typeof vc>[], extra: Partial<PatientCase> = {}): PatientCase => ({
  ...quietCase(),
  alsfrsr: [alsfrsrFixture('2025-05-25', { swallowing: 3 })],
  vitalCapacity: vcs,
  ...extra,
});

describe('nutrition.gastrostomy.beforeFvcBelow50: AAN 2009a algorithm, place it while FVC > 50 %', () => {
  it('FVC 59 % with dysphagia is urgent; 60 % with a flat trend is not', () => {
    expect(find(run(indicated([vc('2025-05-25', 59)])), 'nutrition.gastrostomy.beforeFvcBelow50')?.priority).toBe(
      'urgent',
    );
    expect(codesOf(run(indicated([vc('2025-03-01', 60), vc('2025-05-25', 60)])))).not.toContain(
      'nutrition.gastrostomy.beforeFvcBelow50',
    );
  });
  it('fires at FVC 70 % when the trend projects below 50 % by the next visit', () => {
    const falling = indicated([vc('2025-03-25', 84), vc('2025-04-25', 77), vc('2025-05-25', 70)]);
    const r = find(run(falling), 'nutrition.gastrostomy.beforeFvcBelow50');
    const projection = r?.triggers.find((t) => t.note?.startsWith('projected'));
    expect(projection?.value).toBeLessThan(50);
    expect(projection?.date).toBe('2025-08-31');
  });
  it('does not fire at FVC 70 % when the trend stays above 50 %', () => {
    const slow = indicated([vc('2024-12-01', 74), vc('2025-03-01', 72), vc('2025-05-25', 70)]);
    expect(codesOf(run(slow))).not.toContain('nutrition.gastrostomy.beforeFvcBelow50');
  });
  it('does not fire without an indication', () => {
    const c = { ...quietCase(), vitalCapacity: [vc('2025-05-25', 55)] };
    expect(codesOf(run(c))).not.toContain('nutrition.gastrostomy.beforeFvcBelow50');
  });
  it('is insufficient without any FVC, naming the fact', () => {
    const gap = run(indicated([])).insufficient.find((g) => g.code === 'nutrition.gastrostomy.beforeFvcBelow50');
    expect(gap?.needs).toEqual(['vitalCapacity']);
  });
  it('is silent with a gastrostomy in place', () => {
    const c = indicated([vc('2025-05-25', 55)], { interventions: [{ kind: 'gastrostomy', startDate: '2025-05-01' }] });
    expect(codesOf(run(c)).filter((x) => x.startsWith('nutrition.gastrostomy'))).toEqual([]);
  });
});

describe('nutrition.gastrostomy.radiological: AAN 2009a algorithm, FVC 30-50 % moderate risk (RIG)', () => {
  it('49 % and 30 % fire; 50 % and 29 % do not', () => {
    expect(codesOf(run(indicated([vc('2025-05-25', 49)])))).toContain('nutrition.gastrostomy.radiological');
    expect(codesOf(run(indicated([vc('2025-05-25', 30)])))).toContain('nutrition.gastrostomy.radiological');
    expect(codesOf(run(indicated([vc('2025-05-25', 50)])))).not.toContain('nutrition.gastrostomy.radiological');
    expect(codesOf(run(indicated([vc('2025-05-25', 29)])))).not.toContain('nutrition.gastrostomy.radiological');
  });
});

describe('nutrition.gastrostomy.palliativeOptions: AAN 2009a algorithm, FVC < 30 % or gastrostomy declined', () => {
  it('FVC 29 % fires; 30 % does not', () => {
    expect(codesOf(run(indicated([vc('2025-05-25', 29)])))).toContain('nutrition.gastrostomy.palliativeOptions');
    expect(codesOf(run(indicated([vc('2025-05-25', 30)])))).not.toContain('nutrition.gastrostomy.palliativeOptions');
  });
  it('a declined gastrostomy opens palliative options at any FVC', () => {
    const c = indicated([vc('2025-05-25', 55)], {
      careDecisions: [
        { code: 'nutrition.gastrostomy.beforeFvcBelow50', status: 'declined', date: '2025-05-25', triggerValue: 55 },
      ],
    });
    const a = run(c);
    expect(codesOf(a)).toContain('nutrition.gastrostomy.palliativeOptions');
    expect(a.suppressed.map((s) => s.recommendation.code)).toContain('nutrition.gastrostomy.beforeFvcBelow50');
  });
});
