import { describe, expect, it } from 'vitest';
import { parseCase } from './parse.js';

const withMuscle = (muscle: Record<string, unknown>) => ({
  schemaVersion: 1,
  patient: { id: 'synthetic-0001' },
  emg: [{ date: '2024-03-08', muscles: [{ muscle: 'deltoid', side: 'right' }, muscle] }],
});

describe('warnings: valid facts that will not count (issue 8, defect 7)', () => {
  it('a thoracic paraspinal without a level is accepted, with a warning at the field', () => {
    const r = parseCase(withMuscle({ muscle: 'thoracicParaspinals', side: 'right', fibrillations: true }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([
      { path: 'emg[0].muscles[1].thoracicLevel', message: expect.stringMatching(/not recorded.*at or below T6/) },
    ]);
  });
  it('a level above T6 warns that the muscle does not count; T6 and below do not warn', () => {
    const at = (thoracicLevel: number) => {
      const r = parseCase(withMuscle({ muscle: 'thoracicParaspinals', side: 'right', thoracicLevel }));
      return r.ok ? r.warnings.map((w) => w.message) : ['invalid'];
    };
    expect(at(5)).toEqual([expect.stringMatching(/T5 is above T6/)]);
    expect(at(6)).toEqual([]);
    expect(at(12)).toEqual([]);
  });
  it('other muscles never warn', () => {
    const r = parseCase(withMuscle({ muscle: 'bicepsBrachii', side: 'left' }));
    expect(r.ok && r.warnings).toEqual([]);
  });
});
