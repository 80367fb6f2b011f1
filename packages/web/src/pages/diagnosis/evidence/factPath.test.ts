import type { PatientCase } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import type { FactRecord } from '../../../api/patient';
import { fieldTrail, formatFactValue, parseFactPath, recordFor, resolveFactPath } from './factPath';

const c = {
  schemaVersion: 1,
  patient: { id: 'p', birthDate: '1960-01-01' },
  history: { onsetDate: '2024-01-10', progression: { documented: true, by: 'history' } },
  exams: [
    { date: '2024-05-01', regions: [{ region: 'cervical', side: 'right', umnSigns: ['hoffmann'], wasting: true }] },
  ],
  vitalCapacity: [
    { date: '2024-05-01', kind: 'FVC', percentPredicted: 82 },
    { date: '2024-08-01', kind: 'FVC', percentPredicted: 45 },
  ],
} as unknown as PatientCase;

function record(id: string, data: Record<string, unknown>, extra: Partial<FactRecord> = {}): FactRecord {
  return {
    id,
    kind: 'vitalCapacity',
    patientId: 'p',
    visitId: null,
    version: 1,
    recordedAt: '2024-08-01T10:00:00Z',
    recordedBy: 'u',
    updatedAt: '2024-08-01T10:00:00Z',
    updatedBy: 'u',
    changeReason: null,
    retracted: null,
    data,
    ...extra,
  };
}

describe('parseFactPath', () => {
  it('splits names and list indices', () => {
    expect(parseFactPath('exams[0].regions[2].umnSigns')).toEqual(['exams', 0, 'regions', 2, 'umnSigns']);
    expect(parseFactPath('history.progression.documented')).toEqual(['history', 'progression', 'documented']);
    expect(parseFactPath('ctx.alsDiagnosed')).toEqual(['ctx', 'alsDiagnosed']);
  });
});

describe('resolveFactPath: the fact a reason read, in the case the engine read', () => {
  it('finds a listed fact, its value and the date that places it', () => {
    const r = resolveFactPath(c, 'vitalCapacity[1].percentPredicted');
    expect(r).toMatchObject({ caseKey: 'vitalCapacity', index: 1, value: 45, date: '2024-08-01', found: true });
    expect(r.entry?.kind).toBe('vitalCapacity');
    expect(r.fact).toMatchObject({ kind: 'FVC' });
  });
  it('finds a field deep inside an examination', () => {
    const r = resolveFactPath(c, 'exams[0].regions[0].umnSigns');
    expect(r.value).toEqual(['hoffmann']);
    expect(r.date).toBe('2024-05-01');
    expect(r.entry?.kind).toBe('exam');
  });
  it('reads a kind kept once (history) without an index', () => {
    const r = resolveFactPath(c, 'history.progression.documented');
    expect(r).toMatchObject({ caseKey: 'history', index: undefined, value: true, found: true });
  });
  it('says a derived value is derived, and a missing one is not found', () => {
    expect(resolveFactPath(c, 'ctx.progressionRatePerMonth')).toMatchObject({ derived: true, found: false });
    expect(resolveFactPath(c, 'vitalCapacity[7].percentPredicted').found).toBe(false);
    expect(resolveFactPath(undefined, 'vitalCapacity[0].percentPredicted').found).toBe(false);
  });
});

describe('recordFor: the stored record behind a fact of the case', () => {
  const records = [
    record('a', { date: '2024-05-01', percentPredicted: 82 }),
    record('gone', { date: '2024-06-01', percentPredicted: 10 }, { retracted: { at: 'x', by: 'u', reason: 'error' } }),
    record('b', { date: '2024-08-01', percentPredicted: 45 }),
    record('later', { date: '2024-12-01', percentPredicted: 40 }),
  ];
  it('skips retracted records and those after the assessment date, as the case does', () => {
    const r = resolveFactPath(c, 'vitalCapacity[1].percentPredicted');
    expect(recordFor(records, r, '2024-09-01')?.id).toBe('b');
  });
  it('gives nothing rather than a wrong record when the dates disagree', () => {
    const r = resolveFactPath(c, 'vitalCapacity[1].percentPredicted');
    expect(recordFor([records[0]!, records[3]!], r, undefined)).toBeUndefined();
  });
});

describe('words', () => {
  it('names the field path and formats values as a clinician reads them', () => {
    expect(fieldTrail('vitalCapacity[1].percentPredicted')).toBe('percent predicted');
    expect(fieldTrail('exams[0].regions[0].umnSigns')).toBe('regions #1 › UMN signs');
    expect(fieldTrail('exams[0].regions[0].umnSigns', c.exams?.[0] as never)).toBe('cervical, right › UMN signs');
    expect(fieldTrail('emg[0].muscles[0]', { muscles: [{ muscle: 'bicepsBrachii', side: 'left' }] })).toBe(
      'biceps brachii (left)',
    );
    expect(formatFactValue(45.678, '% predicted')).toBe('45.68 % predicted');
    expect(formatFactValue(true)).toBe('yes');
    expect(formatFactValue(undefined)).toBe('not recorded');
  });
});
