import { describe, expect, it } from 'vitest';
import type { EmgMuscle } from '../facts/index.js';
import { denervated, fasciculationOnly, makeCase } from '../testkit/diagnosis.js';
import { evaluateEmgStudyRegions } from './emgStudy.js';
import { evaluateDiagnosis } from './evaluate.js';

const regionOf = (muscles: EmgMuscle[], region: string) =>
  evaluateEmgStudyRegions(muscles).regions.find((r) => r.region === region)!;

describe('evaluateEmgStudyRegions: the region muscle rules for one study being entered', () => {
  it('lists the four regions rostral first; an unsampled region says so', () => {
    const e = evaluateEmgStudyRegions([]);
    expect(e.regions.map((r) => r.region)).toEqual(['bulbar', 'cervical', 'thoracic', 'lumbosacral']);
    expect(e.regions[0]!.awajiGoldCoast).toMatchObject({ present: false, why: 'no muscle sampled' });
  });
  it('cervical: two limb muscles on different roots and nerves meet the rule and are named', () => {
    const r = regionOf([denervated('firstDorsalInterosseous'), denervated('bicepsBrachii')], 'cervical');
    expect(r.revisedElEscorial.present).toBe(true);
    expect(r.revisedElEscorial.why).toContain('different roots and different nerves');
    expect(r.muscles.map((m) => m.muscle)).toEqual(['bicepsBrachii', 'firstDorsalInterosseous']);
  });
  it('cervical: FDI and APB (same root set) do not, and say why', () => {
    const r = regionOf([denervated('firstDorsalInterosseous'), denervated('abductorPollicisBrevis')], 'cervical');
    expect(r.awajiGoldCoast.present).toBe(false);
    expect(r.awajiGoldCoast.why).toContain('no two on different roots and different nerves');
  });
  it('bulbar: one muscle suffices', () => {
    expect(regionOf([denervated('genioglossus')], 'bulbar').awajiGoldCoast.present).toBe(true);
  });
  it('thoracic paraspinals count only with a level at or below T6', () => {
    expect(regionOf([denervated('thoracicParaspinals', 'left')], 'thoracic').awajiGoldCoast.present).toBe(false);
    const r = regionOf([denervated('thoracicParaspinals', 'left', { thoracicLevel: 4 })], 'thoracic');
    expect(r.muscles[0]!.note).toContain('above T6');
    expect(
      regionOf([denervated('thoracicParaspinals', 'left', { thoracicLevel: 8 })], 'thoracic').awajiGoldCoast.present,
    ).toBe(true);
  });
  it('fasciculation potentials with chronic change count under Awaji and Gold Coast, not revised El Escorial', () => {
    const r = regionOf(
      [fasciculationOnly('tibialisAnterior'), fasciculationOnly('gastrocnemiusMedial')],
      'lumbosacral',
    );
    expect(r.awajiGoldCoast.present).toBe(true);
    expect(r.revisedElEscorial.present).toBe(false);
  });
  it('follows the settings (accessory muscles bulbar by setting)', () => {
    const e = evaluateEmgStudyRegions([denervated('sternocleidomastoid')], { accessoryMuscleRegion: 'bulbar' });
    expect(e.regions[0]!.awajiGoldCoast.present).toBe(true);
  });
  it('names muscles the table does not know', () => {
    expect(evaluateEmgStudyRegions([{ muscle: 'notAMuscle', side: 'left' }]).unknownMuscles).toEqual(['notAMuscle']);
  });
  it('agrees with the diagnosis of a case holding only that study (parity)', () => {
    const muscles = [
      denervated('firstDorsalInterosseous'),
      fasciculationOnly('bicepsBrachii'),
      denervated('tibialisAnterior'),
      { muscle: 'vastusLateralis', side: 'left' as const, normal: true },
      denervated('genioglossus', 'midline'),
    ];
    const study = evaluateEmgStudyRegions(muscles);
    const dx = evaluateDiagnosis(makeCase({ regions: [], muscles }), '2024-06-01');
    for (let i = 0; i < 4; i++) {
      expect(study.regions[i]!.revisedElEscorial).toEqual(dx.regions[i]!.sets.revisedElEscorial.lmnEmg);
      expect(study.regions[i]!.awajiGoldCoast).toEqual(dx.regions[i]!.sets.awaji.lmnEmg);
    }
  });
});
