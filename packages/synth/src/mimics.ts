/**
 * A few referred patients are ALS mimics (diagnosis.md §5.2): multifocal motor neuropathy,
 * cervical spondylotic myelopathy, spinal and bulbar muscular atrophy (Kennedy), myasthenia
 * gravis and inclusion body myositis. Each has a slow course, no ALS diagnosis date and the
 * clue and test result that separate it from ALS.
 */
import type { EmgMuscle, EmgStudy, Exam, GeneticResult, Investigation, RegionExam, Side } from '@betz/engine';
import { isoOfDay } from './days.js';
import { ITEM_COUNT, type Latent, type MimicKind } from './latent.js';
import type { Rng } from './prng.js';

const KINDS: readonly MimicKind[] = ['mmn', 'cervicalMyelopathy', 'sbma', 'myasthenia', 'ibm'];
const WEIGHTS = [0.25, 0.25, 0.15, 0.2, 0.15];

/** Items affected first, by mimic (indices as in latent.ts). */
const ITEMS: Record<MimicKind, readonly number[]> = {
  mmn: [3, 4, 5],
  cervicalMyelopathy: [3, 4, 7, 8],
  sbma: [0, 2, 7, 8],
  myasthenia: [0, 2, 1],
  ibm: [3, 4, 7, 8, 6],
};

export function sampleMimicLatent(rng: Rng, base: Latent): Latent {
  const mimic = KINDS[rng.weighted(WEIGHTS)]!;
  const l: Latent = {
    ...base,
    mimic,
    phenotype: 'classic',
    familial: false,
    genes: {},
    ftd: false,
    itemStart: [...base.itemStart],
    itemRate: [...base.itemRate],
  };
  if (mimic === 'sbma') l.sex = 'male';
  if (mimic === 'mmn') {
    l.sex = rng.chance(0.7) ? 'male' : 'female';
    l.ageAtOnsetYears = rng.clampedNormal(42, 10, 20, 70);
  }
  if (mimic === 'ibm') l.ageAtOnsetYears = rng.clampedNormal(64, 7, 50, 85);
  l.onsetRegion = mimic === 'sbma' || mimic === 'myasthenia' ? 'bulbar' : mimic === 'ibm' ? 'lumbosacral' : 'cervical';
  l.ratePointsPerMonth = rng.logNormal(0.12, 0.4);
  l.diagnosticDelayMonths = rng.logNormal(14, 0.5);
  // No ALS events within any follow-up window.
  l.eventMonths = 1e6;
  l.deathMonths = 1e6;
  l.nivMonths = null;
  l.gastrostomyMonths = null;
  l.regionStart = { bulbar: Infinity, arm: Infinity, leg: Infinity, resp: Infinity, thoracic: Infinity };
  for (let i = 0; i < ITEM_COUNT; i++) {
    l.itemStart[i] = Infinity;
    l.itemRate[i] = 0;
  }
  for (const i of ITEMS[mimic]) {
    l.itemStart[i] = rng.uniform(0, 6);
    l.itemRate[i] = l.ratePointsPerMonth * rng.logNormal(0.5, 0.3);
  }
  l.weightLossPercentPerMonth = 0.02;
  l.fvcAtEvent = l.fvcAtOnset;
  return l;
}

const normalMuscle = (muscle: string, side: Side): EmgMuscle => ({
  muscle,
  side,
  fibrillations: false,
  positiveSharpWaves: false,
  fasciculationPotentials: 'none',
  chronicNeurogenicMups: false,
});
const neurogenic = (muscle: string, side: Side): EmgMuscle => ({
  muscle,
  side,
  fibrillations: true,
  positiveSharpWaves: true,
  fasciculationPotentials: 'simple',
  chronicNeurogenicMups: true,
  reducedRecruitment: true,
});

export interface MimicFindings {
  exam: Exam;
  emg: EmgStudy;
  investigations: Investigation[];
  genetics: GeneticResult[];
}

/** The findings at the specialist assessment (`day`) that point to the mimic. */
export function mimicFindings(rng: Rng, l: Latent, day: number): MimicFindings {
  const date = isoOfDay(day);
  const s = l.onsetSide;
  const normal = (region: RegionExam['region'], side: Side): RegionExam => ({ region, side });
  const inv = (code: string, result: Investigation['result'], value?: number): Investigation => ({
    code,
    date,
    result,
    ...(value !== undefined ? { value } : {}),
  });
  const baseline = ['fbc', 'esrCrp', 'electrolytesCalcium', 'creatinine', 'b12', 'thyroid', 'spep'].map((c) =>
    inv(c, 'normal'),
  );
  const genetics: GeneticResult[] = [];
  let regions: RegionExam[];
  let other: Exam['other'];
  let muscles: EmgMuscle[];
  let ncs: EmgStudy['ncs'] = { sensoryAbnormal: false, motorConductionBlock: false };
  const extra: Investigation[] = [];
  switch (l.mimic) {
    case 'mmn':
      regions = [
        normal('bulbar', 'midline'),
        {
          region: 'cervical',
          side: s,
          weakness: true,
          weaknessLmnType: true,
          wasting: rng.chance(0.5),
          fasciculations: true,
        },
        normal('lumbosacral', s),
      ];
      muscles = [
        neurogenic('firstDorsalInterosseous', s),
        normalMuscle('bicepsBrachii', s),
        normalMuscle('tibialisAnterior', s),
      ];
      ncs = { sensoryAbnormal: false, motorConductionBlock: true };
      extra.push(inv('antiGm1', 'abnormal'), inv('ncsEmg', 'abnormal'));
      break;
    case 'cervicalMyelopathy':
      regions = [
        normal('bulbar', 'midline'),
        { region: 'cervical', side: s, weakness: true, weaknessLmnType: true, wasting: true },
        { region: 'lumbosacral', side: s, umnSigns: ['hyperreflexia', 'babinski', 'spasticity'] },
      ];
      other = {
        neckOrRadicularPain: true,
        objectiveSensoryLoss: rng.chance(0.5),
        sphincterDysfunction: rng.chance(0.3),
      };
      muscles = [
        neurogenic('bicepsBrachii', s),
        neurogenic('deltoid', s),
        normalMuscle('thoracicParaspinals', 'midline'),
        normalMuscle('genioglossus', 'midline'),
      ];
      extra.push(inv('mriCervicalSpine', 'abnormal'), inv('ncsEmg', 'abnormal'));
      break;
    case 'sbma': {
      const repeats = rng.int(40, 52);
      regions = [
        {
          region: 'bulbar',
          side: 'midline',
          weakness: true,
          weaknessLmnType: true,
          wasting: true,
          fasciculations: true,
        },
        { region: 'lumbosacral', side: 'left', weakness: true, weaknessLmnType: true },
        { region: 'lumbosacral', side: 'right', weakness: true, weaknessLmnType: true },
      ];
      other = { gynaecomastia: true, perioralFasciculations: true, posturalTremor: rng.chance(0.6) };
      muscles = [neurogenic('genioglossus', 'midline'), neurogenic('vastusLateralis', s), neurogenic('iliopsoas', s)];
      ncs = { sensoryAbnormal: true, sensoryAbnormalExplained: false, motorConductionBlock: false };
      extra.push(inv('arCagRepeat', 'abnormal', repeats), inv('ck', 'abnormal', rng.int(500, 1200)));
      genetics.push({ gene: 'AR', classification: 'pathogenic', repeatCount: repeats, date });
      break;
    }
    case 'myasthenia':
      regions = [
        { region: 'bulbar', side: 'midline', weakness: true, weaknessLmnType: false },
        normal('cervical', s),
        normal('lumbosacral', s),
      ];
      other = { fatigableWeakness: true, ptosis: rng.chance(0.7), ocularMotilityAbnormal: rng.chance(0.5) };
      muscles = [
        normalMuscle('genioglossus', 'midline'),
        normalMuscle('firstDorsalInterosseous', s),
        normalMuscle('tibialisAnterior', s),
      ];
      ncs = { sensoryAbnormal: false, motorConductionBlock: false, rnsDecrement: true };
      extra.push(inv('achrMuskAntibodies', 'abnormal'), inv('rns', 'abnormal'));
      break;
    default: {
      regions = [
        normal('bulbar', 'midline'),
        { region: 'cervical', side: s, weakness: true, weaknessLmnType: false, wasting: rng.chance(0.5) },
        { region: 'lumbosacral', side: s, weakness: true, weaknessLmnType: false, wasting: true },
      ];
      other = { fingerFlexorQuadricepsWeakness: true };
      const myopathic = (muscle: string): EmgMuscle => ({
        muscle,
        side: s,
        fibrillations: true,
        positiveSharpWaves: true,
        myopathicMups: true,
        chronicNeurogenicMups: false,
        fasciculationPotentials: 'none',
      });
      muscles = [
        myopathic('flexorDigitorumProfundus34'),
        myopathic('vastusMedialis'),
        normalMuscle('tibialisAnterior', s),
      ];
      extra.push(inv('ck', 'abnormal', rng.int(400, 1500)), inv('muscleBiopsy', 'abnormal'));
    }
  }
  return {
    exam: { date, regions, ...(other ? { other } : {}) },
    emg: { date, muscles, ncs },
    investigations: [...baseline, ...extra],
    genetics,
  };
}
