import { describe, expect, it } from 'vitest';
import { latestFactDate } from './assess.js';
import type { PatientCase } from './facts/index.js';

const base: PatientCase = { schemaVersion: 1, patient: { id: 'synthetic-assess' } };

describe('latestFactDate (the default assessment date)', () => {
  it('is undefined for a case with no dated fact', () => {
    expect(latestFactDate(base)).toBeUndefined();
    expect(latestFactDate({ ...base, patient: { id: 'p', birthDate: '1950-01-01' }, weights: [] })).toBeUndefined();
  });

  it('is the latest date across every kind of record', () => {
    const c: PatientCase = {
      ...base,
      history: { onsetDate: '2023-01-01', diagnosisDate: '2023-06-01' },
      weights: [{ date: '2023-07-01', weightKg: 70 }],
      exams: [{ date: '2023-09-01', regions: [] }],
      medications: [{ drug: 'riluzole', startDate: '2023-06-10', stopDate: '2023-10-01' }],
    };
    expect(latestFactDate(c)).toBe('2023-10-01');
    expect(latestFactDate({ ...c, endpoints: { deathDate: '2024-02-02' } })).toBe('2024-02-02');
  });

  it('ignores a date that plans rather than records (a deferral until)', () => {
    const c: PatientCase = {
      ...base,
      careDecisions: [{ code: 'niv', status: 'deferred', date: '2024-01-01', until: '2024-06-01' }],
    };
    expect(latestFactDate(c)).toBe('2024-01-01');
  });

  it('does not take a birth date as a fact date', () => {
    expect(
      latestFactDate({
        ...base,
        patient: { id: 'p', birthDate: '2024-01-01' },
        weights: [{ date: '2023-01-01', weightKg: 9 }],
      }),
    ).toBe('2023-01-01');
  });
});
