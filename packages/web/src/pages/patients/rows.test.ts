import type { ApiPatientSummary, AttentionList, AttentionPatient } from '@betz/contracts';
import { describe, expect, it } from 'vitest';
import { patientRows } from './rows';

const person = (familyName: string): ApiPatientSummary => ({
  id: `00000000-0000-4000-8000-${familyName
    .padStart(12, '0')
    .slice(-12)
    .replace(/[^0-9a-f]/g, 'a')}`,
  version: 1,
  familyName,
  givenName: 'Test',
  sex: null,
  birthDate: null,
  onsetSite: null,
  identifiers: [],
  updatedAt: '2025-01-01T00:00:00.000Z',
});
const entry = (p: ApiPatientSummary, worstSeverity: AttentionPatient['worstSeverity']): AttentionPatient => ({
  patient: p,
  worstSeverity,
  items: [],
});

describe('the patient rows', () => {
  const [a, b, c, d] = ['Abbott', 'Baker', 'Cole', 'Dunn'].map(person) as [
    ApiPatientSummary,
    ApiPatientSummary,
    ApiPatientSummary,
    ApiPatientSummary,
  ];
  const attention: AttentionList = {
    asOf: '2025-06-01',
    considered: 4,
    items: [entry(c, 'urgent'), entry(a, 'due'), entry(d, 'info')],
    page: { limit: 100, nextCursor: null, total: 3 },
  };
  const names = (rows: ReturnType<typeof patientRows>) => rows.map((r) => r.patient.familyName);

  it('sorts by the server urgency order, then the rest by name', () => {
    expect(names(patientRows([a, b, c, d], attention, { sort: 'urgency', onlyNeedingAttention: false }))).toEqual([
      'Cole',
      'Abbott',
      'Dunn',
      'Baker',
    ]);
  });
  it('keeps the name order when asked, and before the attention list has loaded', () => {
    expect(names(patientRows([a, b, c, d], attention, { sort: 'name', onlyNeedingAttention: false }))).toEqual([
      'Abbott',
      'Baker',
      'Cole',
      'Dunn',
    ]);
    expect(names(patientRows([a, b, c, d], undefined, { sort: 'urgency', onlyNeedingAttention: false }))).toEqual([
      'Abbott',
      'Baker',
      'Cole',
      'Dunn',
    ]);
  });
  it('"needs attention only" keeps urgent and due, not notes alone', () => {
    expect(names(patientRows([a, b, c, d], attention, { sort: 'urgency', onlyNeedingAttention: true }))).toEqual([
      'Cole',
      'Abbott',
    ]);
  });
});
