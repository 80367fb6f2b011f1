import { describe, expect, it } from 'vitest';
import type { EmgMuscle } from '../facts/index.js';
import { denervated, fasciculationOnly, makeCase } from '../testkit/diagnosis.js';
import { evaluateDiagnosis } from './evaluate.js';
import type { DiagnosisSettings } from './settings.js';

const AS_OF = '2024-06-01';
const regionEmg = (muscles: EmgMuscle[], regionIndex: number, s?: Partial<DiagnosisSettings>) =>
  evaluateDiagnosis(makeCase({ regions: [], muscles }), AS_OF, s).regions[regionIndex]!.sets;

describe('de Carvalho 2008 / Shefner 2020 ‡: cervical and lumbosacral need two limb muscles on different roots and nerves', () => {
  it('FDI + APB (both C8–T1) is not enough', () => {
    const e = regionEmg([denervated('firstDorsalInterosseous'), denervated('abductorPollicisBrevis')], 1).awaji.lmnEmg;
    expect(e.present).toBe(false);
    expect(e.why).toContain('no two on different roots and different nerves');
  });
  it('FDI + biceps brachii is enough, and names the pair', () => {
    const e = regionEmg([denervated('firstDorsalInterosseous'), denervated('bicepsBrachii')], 1).revisedElEscorial
      .lmnEmg;
    expect(e.present).toBe(true);
    expect(e.muscles).toEqual(['bicepsBrachii', 'firstDorsalInterosseous']);
  });
  it('FDI + ADM (same nerve and roots) is not enough', () => {
    expect(
      regionEmg([denervated('firstDorsalInterosseous'), denervated('abductorDigitiMinimi')], 1).awaji.lmnEmg.present,
    ).toBe(false);
  });
  it('TA + medial gastrocnemius is enough', () => {
    expect(
      regionEmg([denervated('tibialisAnterior'), denervated('gastrocnemiusMedial')], 3).goldCoast.lmnEmg.present,
    ).toBe(true);
  });
  it('the same muscle on both sides is not a pair', () => {
    expect(
      regionEmg([denervated('firstDorsalInterosseous', 'left'), denervated('firstDorsalInterosseous', 'right')], 1)
        .awaji.lmnEmg.present,
    ).toBe(false);
  });
  it('one positive muscle is not enough, and says what is missing', () => {
    const e = regionEmg([denervated('tibialisAnterior')], 3).awaji.lmnEmg;
    expect(e.present).toBe(false);
    expect(e.why).toContain('a second limb muscle');
  });
  it('paraspinals never pair as limb muscles', () => {
    expect(
      regionEmg([denervated('cervicalParaspinals'), denervated('firstDorsalInterosseous')], 1).awaji.lmnEmg.present,
    ).toBe(false);
    expect(
      regionEmg([denervated('lumbosacralParaspinals'), denervated('tibialisAnterior')], 3).awaji.lmnEmg.present,
    ).toBe(false);
  });
  it('a pair of two positive muscles among negative ones is found whatever the order', () => {
    const ms = [
      denervated('abductorPollicisBrevis'),
      { muscle: 'deltoid', side: 'right' as const },
      denervated('firstDorsalInterosseous'),
      denervated('tricepsBrachii'),
    ];
    const a = regionEmg(ms, 1).awaji.lmnEmg;
    const b = regionEmg([...ms].reverse(), 1).awaji.lmnEmg;
    expect(a.present).toBe(true);
    expect(b).toEqual(a);
  });
});

describe('bulbar and thoracic regions: one muscle', () => {
  it('one bulbar muscle is enough', () => {
    expect(regionEmg([denervated('genioglossus', 'midline')], 0).revisedElEscorial.lmnEmg.present).toBe(true);
  });
  it('thoracic paraspinals count at T6 and below, not above, and not without a level', () => {
    const at = (level?: number) =>
      regionEmg([denervated('thoracicParaspinals', 'right', level === undefined ? {} : { thoracicLevel: level })], 2)
        .awaji.lmnEmg.present;
    expect(at(6)).toBe(true);
    expect(at(11)).toBe(true);
    expect(at(5)).toBe(false);
    expect(at(undefined)).toBe(false);
  });
  it('the muscle evidence says why a high thoracic sample does not count', () => {
    const d = evaluateDiagnosis(
      makeCase({ regions: [], muscles: [denervated('thoracicParaspinals', 'left', { thoracicLevel: 4 })] }),
      AS_OF,
    );
    expect(d.regions[2]!.muscles[0]!.note).toContain('above T6');
  });
  it('rectus abdominis and external oblique count', () => {
    expect(regionEmg([denervated('rectusAbdominis', 'midline')], 2).awaji.lmnEmg.present).toBe(true);
    expect(regionEmg([denervated('externalOblique', 'left')], 2).awaji.lmnEmg.present).toBe(true);
  });
});

describe('setting accessoryMuscleRegion: sternocleidomastoid and trapezius', () => {
  it('count for the cervical region by default, where one muscle is not enough', () => {
    const sets = evaluateDiagnosis(
      makeCase({ regions: [], muscles: [denervated('sternocleidomastoid', 'left')] }),
      AS_OF,
    ).regions;
    expect(sets[0]!.sets.awaji.lmnEmg.present).toBe(false);
    expect(sets[1]!.muscles.map((m) => m.muscle)).toEqual(['sternocleidomastoid']);
  });
  it('count for the bulbar region on request, where one muscle is enough', () => {
    expect(
      regionEmg([denervated('sternocleidomastoid', 'left')], 0, { accessoryMuscleRegion: 'bulbar' }).awaji.lmnEmg
        .present,
    ).toBe(true);
  });
  it('pair with an arm muscle in the cervical region (accessory nerve, CN XI)', () => {
    expect(
      regionEmg([denervated('trapezius', 'left'), denervated('firstDorsalInterosseous')], 1).awaji.lmnEmg.present,
    ).toBe(true);
  });
});

describe('muscle judgement per set', () => {
  it('fasciculation-only muscles are positive under Awaji and Gold Coast only, and say so', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [], muscles: [fasciculationOnly('tibialisAnterior')] }), AS_OF);
    const m = d.regions[3]!.muscles[0]!;
    expect(m.positive).toEqual({ revisedElEscorial: false, awaji: true, goldCoast: true });
    expect(m.note).toContain('not revised El Escorial');
  });
  it('an unknown muscle id is reported and ignored', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [], muscles: [denervated('pectoralisMinor')] }), AS_OF);
    expect(d.findings.unknownMuscles).toEqual([{ muscle: 'pectoralisMinor', side: 'right', date: '2024-03-08' }]);
    expect(d.regions.every((r) => r.muscles.length === 0)).toBe(true);
  });
  it('findings of one muscle are merged across studies up to asOf, later studies ignored', () => {
    const c = makeCase({
      regions: [],
      muscles: [
        { muscle: 'tibialisAnterior', side: 'right', chronicNeurogenicMups: true },
        denervated('gastrocnemiusMedial'),
      ],
    });
    c.emg!.push({ date: '2024-05-01', muscles: [{ muscle: 'tibialisAnterior', side: 'right', fibrillations: true }] });
    c.emg!.push({ date: '2024-09-01', muscles: [denervated('vastusLateralis')] });
    const d = evaluateDiagnosis(c, AS_OF);
    expect(d.regions[3]!.sets.revisedElEscorial.lmnEmg.present).toBe(true);
    expect(d.regions[3]!.muscles.map((m) => m.muscle)).toEqual(['tibialisAnterior', 'gastrocnemiusMedial']);
    expect(d.findings.emgDates).toEqual(['2024-03-08', '2024-05-01']);
  });
});
