import { describe, expect, it } from 'vitest';
import { makeCase, region } from '../testkit/diagnosis.js';
import { caseAsOf } from '../view/asOf.js';
import { gatherFindings } from './findings.js';

describe('findings up to asOf (union over examinations, each with its first date)', () => {
  const c = makeCase({ regions: [region('cervical', { umn: ['hoffmann'], weakness: true })] });
  c.exams!.push({
    date: '2024-05-01',
    regions: [region('cervical', { umn: ['hoffmann', 'hyperreflexia'], wasting: true })],
  });
  c.exams!.push({ date: '2024-08-01', regions: [region('bulbar', { umn: ['jawJerk'] })] });

  it('ignores examinations after asOf', () => {
    const f = gatherFindings(caseAsOf(c, '2024-06-01'));
    expect(f.regions[0]!.umnSigns).toEqual([]);
    expect(f.examDates).toEqual(['2024-03-01', '2024-05-01']);
    expect(gatherFindings(caseAsOf(c, '2024-08-01')).regions[0]!.umnSigns.map((s) => s.sign)).toEqual(['jawJerk']);
  });
  it('keeps the first date a sign was documented, and the union of LMN components', () => {
    const f = gatherFindings(caseAsOf(c, '2024-06-01'));
    expect(f.regions[1]!.umnSigns).toEqual([
      { sign: 'hyperreflexia', side: 'right', firstDate: '2024-05-01' },
      { sign: 'hoffmann', side: 'right', firstDate: '2024-03-01' },
    ]);
    expect(f.regions[1]!.lmn.map((x) => x.component)).toEqual(['weakness', 'wasting']);
  });
  it('reports a sign recorded under a region it does not belong to, and does not count it', () => {
    const d = makeCase({ regions: [region('cervical', { umn: ['babinski'] })] });
    const f = gatherFindings(caseAsOf(d, '2024-06-01'));
    expect(f.regions[1]!.umnMask).toBe(0);
    expect(f.ignoredSigns).toEqual([
      { sign: 'babinski', side: 'right', region: 'cervical', firstDate: '2024-03-01', why: 'not a cervical UMN sign' },
    ]);
  });
  it('merges other findings and nerve conduction across visits', () => {
    const d = makeCase({ regions: [], other: { neckOrRadicularPain: true }, ncs: { motorConductionBlock: true } });
    d.exams!.push({ date: '2024-04-01', regions: [], other: { ptosis: true, headDrop: false } });
    const f = gatherFindings(caseAsOf(d, '2024-06-01'));
    expect(f.other).toEqual({ neckOrRadicularPain: true, ptosis: true });
    expect(f.ncs).toEqual({ motorConductionBlock: true });
  });
});
