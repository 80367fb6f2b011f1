import { describe, expect, it } from 'vitest';
import type { MuscleEntry } from './muscles.js';
import { muscleById } from './muscles.js';
import {
  type AnatomySettings,
  DEFAULT_ANATOMY_SETTINGS,
  differentNerves,
  differentRoots,
  muscleRegion,
  musclesPairForLimbRule,
  thoracicParaspinalLevelCounts,
} from './rules.js';

const m = (id: string): MuscleEntry => {
  const e = muscleById(id);
  if (!e) throw new Error(id);
  return e;
};
const pair = (a: string, b: string, s: AnatomySettings = DEFAULT_ANATOMY_SETTINGS) =>
  musclesPairForLimbRule(m(a), m(b), s);

describe('two limb muscles on different roots and different nerves (de Carvalho 2008; Shefner 2020 ‡)', () => {
  it('FDI + APB is not enough: both C8–T1 (same roots), although ulnar vs median', () => {
    expect(differentNerves(m('firstDorsalInterosseous'), m('abductorPollicisBrevis'), DEFAULT_ANATOMY_SETTINGS)).toBe(
      true,
    );
    expect(pair('firstDorsalInterosseous', 'abductorPollicisBrevis')).toBe(false);
  });
  it('FDI + biceps brachii is enough: C8 ulnar vs C5 musculocutaneous', () => {
    expect(pair('firstDorsalInterosseous', 'bicepsBrachii')).toBe(true);
  });
  it('FDI + ADM is not enough: same nerve (ulnar) and same roots', () => {
    expect(pair('firstDorsalInterosseous', 'abductorDigitiMinimi')).toBe(false);
  });
  it('TA + medial gastrocnemius is enough: L4 deep peroneal vs S1 tibial', () => {
    expect(pair('tibialisAnterior', 'gastrocnemiusMedial')).toBe(true);
  });
  it('TA + EHL is not enough: both deep peroneal', () => {
    expect(pair('tibialisAnterior', 'extensorHallucisLongus')).toBe(false);
  });
  it('FCR + triceps is not enough under the default: both C7 principal (a C7 root lesion explains both)', () => {
    expect(pair('flexorCarpiRadialis', 'tricepsBrachii')).toBe(false);
  });
  it('paraspinals never pair as limb muscles', () => {
    expect(pair('cervicalParaspinals', 'firstDorsalInterosseous')).toBe(false);
    expect(pair('lumbosacralParaspinals', 'tibialisAnterior')).toBe(false);
  });
  it('is symmetric', () => {
    expect(pair('bicepsBrachii', 'firstDorsalInterosseous')).toBe(pair('firstDorsalInterosseous', 'bicepsBrachii'));
  });
});

describe('setting differentRootRule', () => {
  it("'principalRoot' lets FDI + APB pair (C8 vs T1 principal)", () => {
    expect(
      pair('firstDorsalInterosseous', 'abductorPollicisBrevis', {
        ...DEFAULT_ANATOMY_SETTINGS,
        differentRootRule: 'principalRoot',
      }),
    ).toBe(true);
  });
  it("'disjointRootSets' refuses biceps (C5–C6) + triceps (C6–C8) that share C6", () => {
    const s = { ...DEFAULT_ANATOMY_SETTINGS, differentRootRule: 'disjointRootSets' } as const;
    expect(differentRoots(m('bicepsBrachii'), m('tricepsBrachii'), DEFAULT_ANATOMY_SETTINGS)).toBe(true);
    expect(differentRoots(m('bicepsBrachii'), m('tricepsBrachii'), s)).toBe(false);
    expect(pair('firstDorsalInterosseous', 'bicepsBrachii', s)).toBe(true);
  });
});

describe('setting nerveTrunkRule', () => {
  it('deep and superficial peroneal differ by default and are one trunk under sharedTrunk', () => {
    expect(pair('tibialisAnterior', 'peroneusLongus')).toBe(true);
    expect(
      pair('tibialisAnterior', 'peroneusLongus', { ...DEFAULT_ANATOMY_SETTINGS, nerveTrunkRule: 'sharedTrunk' }),
    ).toBe(false);
  });
  it('the sciatic tibial division joins the tibial nerve under sharedTrunk', () => {
    const s = { ...DEFAULT_ANATOMY_SETTINGS, nerveTrunkRule: 'sharedTrunk' } as const;
    expect(differentNerves(m('bicepsFemorisLongHead'), m('gastrocnemiusMedial'), DEFAULT_ANATOMY_SETTINGS)).toBe(true);
    expect(differentNerves(m('bicepsFemorisLongHead'), m('gastrocnemiusMedial'), s)).toBe(false);
  });
});

describe('setting accessoryMuscleRegion (reference A-7)', () => {
  it('puts sternocleidomastoid and trapezius in the cervical region by default, bulbar on request', () => {
    expect(muscleRegion(m('sternocleidomastoid'), DEFAULT_ANATOMY_SETTINGS)).toBe('cervical');
    expect(muscleRegion(m('trapezius'), { accessoryMuscleRegion: 'bulbar' })).toBe('bulbar');
    expect(muscleRegion(m('deltoid'), { accessoryMuscleRegion: 'bulbar' })).toBe('cervical');
  });
});

describe('thoracic paraspinals count only at or below T6 (Shefner 2020 ‡)', () => {
  it('T6 and lower count; T5 and higher do not; an unrecorded level does not', () => {
    expect(thoracicParaspinalLevelCounts(6)).toBe(true);
    expect(thoracicParaspinalLevelCounts(10)).toBe(true);
    expect(thoracicParaspinalLevelCounts(12)).toBe(true);
    expect(thoracicParaspinalLevelCounts(5)).toBe(false);
    expect(thoracicParaspinalLevelCounts(1)).toBe(false);
    expect(thoracicParaspinalLevelCounts(undefined)).toBe(false);
    expect(thoracicParaspinalLevelCounts(13)).toBe(false);
  });
});
