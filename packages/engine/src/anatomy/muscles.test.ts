import { describe, expect, it } from 'vitest';
import { MUSCLE_IDS, MUSCLES, muscleById, muscleIndex } from './muscles.js';
import { NERVES } from './nerves.js';
import { isRostralTo, REGION_RANK, REGIONS, regionsOfMask } from './regions.js';

describe('regions (Brooks 2000: bulbar, cervical, thoracic, lumbosacral)', () => {
  it('orders the regions rostro-caudally', () => {
    expect(REGIONS).toEqual(['bulbar', 'cervical', 'thoracic', 'lumbosacral']);
    expect(REGIONS.map((r) => REGION_RANK[r])).toEqual([0, 1, 2, 3]);
  });
  it('rostral is strict: a region is never rostral to itself', () => {
    expect(isRostralTo('bulbar', 'cervical')).toBe(true);
    expect(isRostralTo('cervical', 'lumbosacral')).toBe(true);
    expect(isRostralTo('lumbosacral', 'cervical')).toBe(false);
    for (const r of REGIONS) expect(isRostralTo(r, r)).toBe(false);
  });
  it('reads a region mask rostral first', () => {
    expect(regionsOfMask(0b1010)).toEqual(['cervical', 'lumbosacral']);
    expect(regionsOfMask(0)).toEqual([]);
  });
});

describe('muscle table (diagnosis reference §4.4)', () => {
  it('has the 52 shared muscle ids in the shared order', () => {
    expect(MUSCLES.map((m) => m.id)).toEqual([...MUSCLE_IDS]);
    expect(MUSCLES).toHaveLength(52);
  });
  it('every principal root belongs to the muscle root set, and every nerve is known', () => {
    for (const m of MUSCLES) {
      if (m.principalRoot !== null) expect(m.roots).toContain(m.principalRoot);
      expect(NERVES[m.nerve]).toBeDefined();
      expect(m.roots.length).toBeGreaterThan(0);
    }
  });
  it('only paraspinal and abdominal muscles lack a principal root', () => {
    for (const m of MUSCLES) {
      expect(m.principalRoot === null).toBe(m.kind === 'paraspinal' || m.kind === 'abdominal');
    }
  });
  it('spot-checks rows against the table', () => {
    expect(muscleById('firstDorsalInterosseous')).toMatchObject({
      region: 'cervical',
      roots: ['C8', 'T1'],
      principalRoot: 'C8',
      nerve: 'ulnar',
    });
    expect(muscleById('abductorPollicisBrevis')).toMatchObject({
      roots: ['C8', 'T1'],
      principalRoot: 'T1',
      nerve: 'median',
    });
    expect(muscleById('bicepsBrachii')).toMatchObject({
      roots: ['C5', 'C6'],
      principalRoot: 'C5',
      nerve: 'musculocutaneous',
    });
    expect(muscleById('tibialisAnterior')).toMatchObject({
      region: 'lumbosacral',
      principalRoot: 'L4',
      nerve: 'peroneal-deep',
    });
    expect(muscleById('gastrocnemiusMedial')).toMatchObject({ roots: ['S1', 'S2'], nerve: 'tibial' });
    expect(muscleById('genioglossus')).toMatchObject({ region: 'bulbar', nerve: 'hypoglossal' });
    expect(muscleById('thoracicParaspinals')).toMatchObject({ region: 'thoracic', kind: 'paraspinal' });
    expect(muscleById('sternocleidomastoid')).toMatchObject({ region: 'cervical', accessoryNerve: true });
  });
  it('does not know muscles outside the table', () => {
    expect(muscleById('pectoralisMinor')).toBeUndefined();
    expect(muscleIndex('pectoralisMinor')).toBe(-1);
    expect(muscleIndex('genioglossus')).toBe(0);
  });
});
