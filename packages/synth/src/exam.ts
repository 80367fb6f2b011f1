/**
 * Examination findings, needle EMG and the diagnostic workup consistent with the latent course:
 * a region shows signs once the disease has reached it (the other limb side a little later);
 * UMN and LMN involvement per region follow the phenotype (classic, PMA-like, PLS-like). Muscle
 * ids and investigation codes are the shared ones (notes/ids.md).
 */
import type {
  EmgMuscle,
  EmgStudy,
  Exam,
  GeneticResult,
  Investigation,
  OtherExamFindings,
  Region,
  RegionExam,
  Side,
  UmnSign,
} from '@betz/engine';
import { DAYS_PER_MONTH, isoOfDay } from './days.js';
import type { GeneName, Latent } from './latent.js';
import type { Rng } from './prng.js';

const UMN_SIGNS: Record<Region, readonly UmnSign[]> = {
  bulbar: ['jawJerk', 'spasticDysarthria', 'exaggeratedGag', 'pseudobulbarAffect', 'slowTongueMovement'],
  cervical: ['hyperreflexia', 'hoffmann', 'reflexPreservedInWastedMuscle', 'reflexSpread'],
  thoracic: ['lostAbdominalReflexes'],
  lumbosacral: ['hyperreflexia', 'babinski', 'clonus', 'spasticity', 'crossedAdductor'],
};

/** Muscles sampled per region, as [muscle, lateralised]. */
export const EMG_PLAN: Record<Region, readonly string[]> = {
  bulbar: ['genioglossus', 'masseter'],
  cervical: ['firstDorsalInterosseous', 'bicepsBrachii', 'extensorDigitorumCommunis', 'deltoid'],
  thoracic: ['thoracicParaspinals'],
  lumbosacral: ['tibialisAnterior', 'gastrocnemiusMedial', 'vastusLateralis'],
};

const ONSET_REGION: Record<Latent['onsetRegion'], Region | null> = {
  bulbar: 'bulbar',
  cervical: 'cervical',
  lumbosacral: 'lumbosacral',
  respiratory: null,
};

/** When a region starts to show signs on examination: some months before the patient notices. */
export function regionStartMonths(l: Latent, r: Region): number {
  const s = l.regionStart;
  const start = r === 'bulbar' ? s.bulbar : r === 'cervical' ? s.arm : r === 'lumbosacral' ? s.leg : s.thoracic;
  return start === 0 ? 0 : Math.max(0, start - l.examLeadMonths);
}

function pickSigns(rng: Rng, region: Region): UmnSign[] {
  const pool = UMN_SIGNS[region];
  const out: UmnSign[] = [pool[0]!];
  for (let i = 1; i < pool.length; i++) if (rng.chance(0.4)) out.push(pool[i]!);
  return out;
}

/**
 * One region on one side, `since` months after signs appear there (negative: examined, normal).
 * Objects are built as whole literals: a cohort holds millions of them.
 */
function regionFinding(rng: Rng, l: Latent, region: Region, side: Side, since: number): RegionExam {
  if (since < 0) return { region, side };
  const umn = l.umn[region];
  const lmn = l.lmn[region] || (l.phenotype !== 'pls' && ONSET_REGION[l.onsetRegion] === region);
  if (lmn) {
    const weaknessLmnType = rng.chance(0.85);
    const wasting = rng.chance(Math.min(0.95, 0.35 + 0.1 * since));
    const fasciculations = rng.chance(0.7);
    if (umn) {
      return {
        region,
        side,
        umnSigns: pickSigns(rng, region),
        weakness: true,
        weaknessLmnType,
        wasting,
        fasciculations,
      };
    }
    return { region, side, weakness: true, weaknessLmnType, wasting, fasciculations };
  }
  if (!umn) return { region, side };
  const umnSigns = pickSigns(rng, region);
  return rng.chance(0.5)
    ? { region, side, umnSigns, weakness: true, weaknessLmnType: false }
    : { region, side, umnSigns };
}

/** An examination at `day`: every region examined; thoracic recorded only when involved. */
export function examAt(rng: Rng, l: Latent, onsetDay: number, day: number, first: boolean): Exam {
  const t = (day - onsetDay) / DAYS_PER_MONTH;
  const regions: RegionExam[] = [];
  const other = l.onsetSide === 'left' ? 'right' : 'left';
  for (const region of ['bulbar', 'cervical', 'thoracic', 'lumbosacral'] as const) {
    const since = t - regionStartMonths(l, region);
    if (region === 'bulbar' || region === 'thoracic') {
      if (region === 'thoracic' && since < 0) continue;
      regions.push(regionFinding(rng, l, region, 'midline', since));
    } else {
      regions.push(regionFinding(rng, l, region, l.onsetSide, since));
      regions.push(regionFinding(rng, l, region, other, since - l.contralateralLagMonths));
    }
  }
  const exam: Exam = { date: isoOfDay(day), regions };
  if (first) {
    const o: OtherExamFindings = {};
    if (l.onsetRegion === 'cervical' && l.lmn.cervical && rng.chance(0.4)) o.splitHand = true;
    if (l.ftd) o.cognitiveOrBehaviouralChange = true;
    if (t > regionStartMonths(l, 'cervical') + 6 && rng.chance(0.05)) o.headDrop = true;
    if (Object.keys(o).length > 0) exam.other = o;
  }
  return exam;
}

function emgMuscle(rng: Rng, muscle: string, side: Side, denervated: boolean): EmgMuscle {
  const m: EmgMuscle = denervated
    ? {
        muscle,
        side,
        fibrillations: rng.chance(0.8),
        positiveSharpWaves: rng.chance(0.7),
        fasciculationPotentials: rng.pick(FASCICULATION_DRAW),
        chronicNeurogenicMups: rng.chance(0.9),
        reducedRecruitment: rng.chance(0.85),
      }
    : {
        muscle,
        side,
        fibrillations: false,
        positiveSharpWaves: false,
        fasciculationPotentials: 'none',
        chronicNeurogenicMups: false,
      };
  if (m.fasciculationPotentials === 'complex' && rng.chance(0.6)) m.fasciculationsUnstable = true;
  if (muscle === 'thoracicParaspinals') m.thoracicLevel = rng.int(7, 11);
  return m;
}

/** Fasciculation potentials in a denervated muscle: complex 50%, simple 30%, none 20%. */
const FASCICULATION_DRAW = [
  'complex',
  'complex',
  'complex',
  'complex',
  'complex',
  'simple',
  'simple',
  'simple',
  'none',
  'none',
] as const;

/** Needle EMG and NCS near diagnosis; EMG finds LMN loss a few months before it shows clinically. */
export function emgAt(rng: Rng, l: Latent, onsetDay: number, day: number): EmgStudy {
  const t = (day - onsetDay) / DAYS_PER_MONTH;
  const muscles: EmgMuscle[] = [];
  for (const region of ['bulbar', 'cervical', 'thoracic', 'lumbosacral'] as const) {
    const reached = t + 4 >= regionStartMonths(l, region);
    const lmn = l.phenotype !== 'pls' && (l.lmn[region] || ONSET_REGION[l.onsetRegion] === region);
    const side: Side = region === 'bulbar' || region === 'thoracic' ? 'midline' : l.onsetSide;
    for (const muscle of EMG_PLAN[region]) {
      if (muscle === 'masseter' && !rng.chance(0.3)) continue;
      muscles.push(emgMuscle(rng, muscle, side, reached && lmn && rng.chance(0.85)));
    }
  }
  const armLmn = t >= l.regionStart.arm && l.phenotype !== 'pls';
  return {
    date: isoOfDay(day),
    muscles,
    ncs: { sensoryAbnormal: false, motorConductionBlock: false, demyelinatingSlowing: false, lowCmap: armLmn },
  };
}

const CORE_WORKUP = [
  'fbc',
  'esrCrp',
  'electrolytesCalcium',
  'creatinine',
  'glucoseHba1c',
  'liverEnzymes',
  'thyroid',
  'b12',
  'folate',
  'spep',
] as const;

/** The standard exclusion workup around diagnosis (all normal in ALS; CK often mildly raised). */
export function workupAt(rng: Rng, l: Latent, day: number): Investigation[] {
  const date = isoOfDay(day);
  const out: Investigation[] = CORE_WORKUP.map((code) => ({ code, date, result: 'normal' }));
  const ck = Math.round(rng.logNormal(190, 0.45));
  out.push({ code: 'ck', date, result: ck > 200 ? 'abnormal' : 'normal', value: ck, unit: 'U/L' });
  out.push({ code: 'ncsEmg', date, result: l.phenotype === 'pls' ? 'normal' : 'abnormal' });
  if (l.onsetRegion === 'bulbar' || rng.chance(0.3)) out.push({ code: 'mriBrain', date, result: 'normal' });
  if (l.onsetRegion !== 'bulbar' || rng.chance(0.3)) out.push({ code: 'mriCervicalSpine', date, result: 'normal' });
  return out;
}

const VARIANTS: Record<GeneName, readonly string[]> = {
  C9orf72: ['G4C2 repeat expansion'],
  SOD1: ['p.Ala5Val', 'p.Asp91Ala', 'p.Gly94Ala', 'p.Ile114Thr'],
  FUS: ['p.Arg521Cys', 'p.Pro525Leu'],
  TARDBP: ['p.Ala382Thr', 'p.Met337Val'],
};

/** Panel results when tested: C9orf72 assay plus SOD1, FUS and TARDBP sequencing (Roggenbuck 2023 minimum). */
export function geneticsAt(rng: Rng, l: Latent, day: number, vusFraction: number): GeneticResult[] {
  const date = isoOfDay(day);
  const out: GeneticResult[] = [];
  for (const gene of ['C9orf72', 'SOD1', 'FUS', 'TARDBP'] as const) {
    if (l.genes[gene]) {
      out.push({
        gene,
        classification: rng.chance(0.9) ? 'pathogenic' : 'likelyPathogenic',
        variant: rng.pick(VARIANTS[gene]),
        date,
      });
    } else {
      out.push({ gene, classification: 'negative', date });
    }
  }
  if (rng.chance(vusFraction)) {
    const gene = rng.pick(['TBK1', 'NEK1', 'OPTN', 'C9orf72']);
    const i = out.findIndex((g) => g.gene === gene);
    const vus: GeneticResult = {
      gene,
      classification: 'vus',
      date,
      ...(gene === 'C9orf72' ? { repeatCount: rng.int(24, 30) } : {}),
    };
    if (i >= 0 && out[i]!.classification === 'negative') out[i] = vus;
    else if (i < 0) out.push(vus);
  }
  return out;
}
