import type { PatientCase, RegionEvidence } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import { judgementProblems } from '../RedFlags';
import { lmnFindingFacts, muscleFacts, umnSignFacts } from './regionFacts';

const c = {
  schemaVersion: 1,
  patient: { id: 'p' },
  exams: [
    { date: '2025-01-10', regions: [{ region: 'cervical', side: 'left', umnSigns: ['hoffmann'] }] },
    {
      date: '2025-04-10',
      regions: [
        { region: 'bulbar', side: 'midline', wasting: true },
        { region: 'cervical', side: 'right', umnSigns: ['hoffmann'], wasting: true },
      ],
    },
  ],
  emg: [
    { date: '2025-02-01', muscles: [{ muscle: 'bicepsBrachii', side: 'right', fibrillations: true }] },
    {
      date: '2025-05-01',
      muscles: [
        { muscle: 'tibialisAnterior', side: 'left' },
        { muscle: 'bicepsBrachii', side: 'right' },
      ],
    },
  ],
} as unknown as PatientCase;

describe('region facts: the examination entry or study behind a grid value', () => {
  it('points a UMN sign at the first examination that documented it, on its side', () => {
    const facts = umnSignFacts(c, 'cervical', [
      { sign: 'hoffmann', side: 'left', firstDate: '2025-01-10' },
      { sign: 'hoffmann', side: 'right', firstDate: '2025-04-10' },
    ]);
    expect(facts.map((f) => f.path)).toEqual(['exams[0].regions[0].umnSigns', 'exams[1].regions[1].umnSigns']);
    expect(facts[0]?.value).toBe('Hoffmann sign (left)');
  });
  it('points an LMN component at the field that recorded it', () => {
    const facts = lmnFindingFacts(c, 'bulbar', [{ component: 'wasting', side: 'midline', firstDate: '2025-04-10' }]);
    expect(facts[0]?.path).toBe('exams[1].regions[0].wasting');
  });
  it('points a muscle at the latest study that sampled it', () => {
    const muscle = { muscle: 'bicepsBrachii', name: 'biceps brachii', side: 'right', lastDate: '2025-05-01', note: '' };
    const facts = muscleFacts(c, [muscle as unknown as RegionEvidence['muscles'][number]]);
    expect(facts[0]?.path).toBe('emg[1].muscles[1]');
  });
  it('says where to look when no entry matches, rather than pointing at the wrong one', () => {
    expect(umnSignFacts(c, 'lumbosacral', [{ sign: 'babinski', side: 'left', firstDate: '2025-01-10' }])[0]?.path).toBe(
      'exams (2025-01-10)',
    );
  });
});

describe('judgementProblems: a red-flag judgement needs the judgement, who made it, and a date', () => {
  it('names each missing part at its field', () => {
    expect(judgementProblems({ judgement: '', by: ' ', date: '', note: '' })).toEqual({
      judgement: 'choose explained or not explained',
      by: 'say who made the judgement',
      date: 'must be a date',
    });
    expect(judgementProblems({ judgement: 'explained', by: 'Dr A', date: '2025-03-01', note: '' })).toEqual({});
  });
});
