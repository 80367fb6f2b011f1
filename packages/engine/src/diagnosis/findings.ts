/**
 * Gathers the motor findings of a case up to `asOf`: every examination and EMG study dated on or
 * before it. Signs of a degenerative disease are cumulative, so the union over visits is taken; each
 * finding keeps the date it was first documented. Output order is canonical (region, sign, side;
 * muscle table order), so the order of the input never changes the answer.
 */
import { MUSCLES, muscleIndex } from '../anatomy/muscles.js';
import { REGION_RANK, REGIONS } from '../anatomy/regions.js';
import type { IsoDate } from '../common/dates.js';
import type {
  FasciculationPotentials,
  NerveConduction,
  OtherExamFindings,
  PatientCase,
  Region,
  Side,
  UmnSign,
} from '../facts/index.js';
import { UMN_SIGNS, umnSignBelongsToRegion, umnSignBit } from './signs.js';

const SIDE_INDEX: Readonly<Record<Side, number>> = { left: 0, right: 1, midline: 2 };
export const SIDE_ORDER: readonly Side[] = ['left', 'right', 'midline'];

export interface SignFinding {
  sign: UmnSign;
  side: Side;
  /** First examination that documented it. */
  firstDate: IsoDate;
}

export interface IgnoredSign extends SignFinding {
  region: Region;
  why: string;
}

export type LmnComponent = 'weakness' | 'weaknessLmnType' | 'wasting' | 'fasciculations';
export const LMN_COMPONENTS: readonly LmnComponent[] = ['weakness', 'weaknessLmnType', 'wasting', 'fasciculations'];

export interface LmnFinding {
  component: LmnComponent;
  side: Side;
  firstDate: IsoDate;
}

/** One muscle on one side, merged over the EMG studies up to asOf (findings OR-ed). */
export interface MergedEmgMuscle {
  muscleIndex: number;
  side: Side;
  thoracicLevel?: number;
  /** Latest study that sampled it. */
  lastDate: IsoDate;
  fibrillations: boolean;
  positiveSharpWaves: boolean;
  fasciculationPotentials: FasciculationPotentials;
  fasciculationsUnstable: boolean;
  chronicNeurogenicMups: boolean;
  reducedRecruitment: boolean;
  unstableMups: boolean;
  myopathicMups: boolean;
}

export interface RegionFindings {
  region: Region;
  /** Region-valid UMN signs, canonical order. */
  umnSigns: SignFinding[];
  /** Mask of region-valid signs (bits of UMN_SIGNS). */
  umnMask: number;
  lmn: LmnFinding[];
  /** Clinical LMN components per side index (left, right, midline) as bit flags: 1 weakness, 2 LMN type, 4 wasting, 8 fasciculations. */
  lmnBySide: [number, number, number];
}

export interface Findings {
  asOf: IsoDate;
  examDates: IsoDate[];
  emgDates: IsoDate[];
  regions: [RegionFindings, RegionFindings, RegionFindings, RegionFindings];
  ignoredSigns: IgnoredSign[];
  muscles: MergedEmgMuscle[];
  unknownMuscles: { muscle: string; side: Side; date: IsoDate }[];
  ncs: NerveConduction;
  other: OtherExamFindings;
}

export const LMN_BIT: Readonly<Record<LmnComponent, number>> = {
  weakness: 1,
  weaknessLmnType: 2,
  wasting: 4,
  fasciculations: 8,
};

const FASC_RANK: Readonly<Record<FasciculationPotentials, number>> = { none: 0, simple: 1, complex: 2 };

function addSign(list: SignFinding[], sign: UmnSign, side: Side, date: IsoDate): void {
  for (const f of list) {
    if (f.sign === sign && f.side === side) {
      if (date < f.firstDate) f.firstDate = date;
      return;
    }
  }
  list.push({ sign, side, firstDate: date });
}

function addLmn(list: LmnFinding[], component: LmnComponent, side: Side, date: IsoDate): void {
  for (const f of list) {
    if (f.component === component && f.side === side) {
      if (date < f.firstDate) f.firstDate = date;
      return;
    }
  }
  list.push({ component, side, firstDate: date });
}

const SIGN_ORDER = new Map<UmnSign, number>(UMN_SIGNS.map((s, i) => [s, i]));
const COMPONENT_ORDER: Readonly<Record<LmnComponent, number>> = {
  weakness: 0,
  weaknessLmnType: 1,
  wasting: 2,
  fasciculations: 3,
};

function bySignThenSide(a: SignFinding, b: SignFinding): number {
  return (SIGN_ORDER.get(a.sign) ?? 0) - (SIGN_ORDER.get(b.sign) ?? 0) || SIDE_INDEX[a.side] - SIDE_INDEX[b.side];
}

function emptyRegion(region: Region): RegionFindings {
  return { region, umnSigns: [], umnMask: 0, lmn: [], lmnBySide: [0, 0, 0] };
}

const NCS_KEYS: readonly (keyof NerveConduction)[] = [
  'sensoryAbnormal',
  'sensoryAbnormalExplained',
  'motorConductionBlock',
  'demyelinatingSlowing',
  'lowCmap',
  'rnsDecrement',
  'rnsIncrement',
];

/** Gather the exam and EMG findings of `c` dated on or before `asOf`. */
export function gatherFindings(c: PatientCase, asOf: IsoDate): Findings {
  const regions: Findings['regions'] = [
    emptyRegion('bulbar'),
    emptyRegion('cervical'),
    emptyRegion('thoracic'),
    emptyRegion('lumbosacral'),
  ];
  const ignoredSigns: IgnoredSign[] = [];
  const examDates: IsoDate[] = [];
  const other: OtherExamFindings = {};

  for (const exam of c.exams ?? []) {
    if (exam.date > asOf) continue;
    examDates.push(exam.date);
    for (const e of exam.regions) {
      const rf = regions[REGION_RANK[e.region]];
      if (!rf) continue;
      const side = e.side;
      for (const sign of e.umnSigns ?? []) {
        if (umnSignBelongsToRegion(sign, e.region)) {
          addSign(rf.umnSigns, sign, side, exam.date);
          rf.umnMask |= umnSignBit(sign);
        } else {
          const prior = ignoredSigns.find((x) => x.sign === sign && x.side === side && x.region === e.region);
          if (prior) {
            if (exam.date < prior.firstDate) prior.firstDate = exam.date;
          } else {
            ignoredSigns.push({
              sign,
              side,
              region: e.region,
              firstDate: exam.date,
              why: `not a ${e.region} UMN sign`,
            });
          }
        }
      }
      const si = SIDE_INDEX[side];
      let bits = 0;
      if (e.weakness) {
        bits |= LMN_BIT.weakness;
        addLmn(rf.lmn, 'weakness', side, exam.date);
      }
      if (e.weaknessLmnType) {
        bits |= LMN_BIT.weakness | LMN_BIT.weaknessLmnType;
        addLmn(rf.lmn, 'weaknessLmnType', side, exam.date);
      }
      if (e.wasting) {
        bits |= LMN_BIT.wasting;
        addLmn(rf.lmn, 'wasting', side, exam.date);
      }
      if (e.fasciculations) {
        bits |= LMN_BIT.fasciculations;
        addLmn(rf.lmn, 'fasciculations', side, exam.date);
      }
      rf.lmnBySide[si] = (rf.lmnBySide[si] ?? 0) | bits;
    }
    const o = exam.other;
    if (o) {
      for (const k in o) {
        if (o[k as keyof OtherExamFindings] === true) other[k as keyof OtherExamFindings] = true;
      }
    }
  }
  for (const rf of regions) {
    if (rf.umnSigns.length > 1) rf.umnSigns.sort(bySignThenSide);
    if (rf.lmn.length > 1) {
      rf.lmn.sort(
        (a, b) =>
          COMPONENT_ORDER[a.component] - COMPONENT_ORDER[b.component] || SIDE_INDEX[a.side] - SIDE_INDEX[b.side],
      );
    }
  }
  if (ignoredSigns.length > 1) {
    ignoredSigns.sort((a, b) => REGION_RANK[a.region] - REGION_RANK[b.region] || bySignThenSide(a, b));
  }

  const byKey = new Map<number, MergedEmgMuscle>();
  const unknownMuscles: Findings['unknownMuscles'] = [];
  const emgDates: IsoDate[] = [];
  const ncs: NerveConduction = {};
  for (const study of c.emg ?? []) {
    if (study.date > asOf) continue;
    emgDates.push(study.date);
    for (const m of study.muscles) {
      const mi = muscleIndex(m.muscle);
      if (mi < 0) {
        unknownMuscles.push({ muscle: m.muscle, side: m.side, date: study.date });
        continue;
      }
      const level = m.thoracicLevel !== undefined && Number.isInteger(m.thoracicLevel) ? m.thoracicLevel : 0;
      const key = (mi << 6) | (SIDE_INDEX[m.side] << 4) | (level >= 0 && level <= 15 ? level : 0);
      let g = byKey.get(key);
      if (!g) {
        g = {
          muscleIndex: mi,
          side: m.side,
          lastDate: study.date,
          fibrillations: false,
          positiveSharpWaves: false,
          fasciculationPotentials: 'none',
          fasciculationsUnstable: false,
          chronicNeurogenicMups: false,
          reducedRecruitment: false,
          unstableMups: false,
          myopathicMups: false,
        };
        if (m.thoracicLevel !== undefined) g.thoracicLevel = m.thoracicLevel;
        byKey.set(key, g);
      } else if (study.date > g.lastDate) {
        g.lastDate = study.date;
      }
      if (m.fibrillations) g.fibrillations = true;
      if (m.positiveSharpWaves) g.positiveSharpWaves = true;
      const fp = m.fasciculationPotentials;
      if (fp && FASC_RANK[fp] > FASC_RANK[g.fasciculationPotentials]) g.fasciculationPotentials = fp;
      if (m.fasciculationsUnstable) g.fasciculationsUnstable = true;
      if (m.chronicNeurogenicMups) g.chronicNeurogenicMups = true;
      if (m.reducedRecruitment) g.reducedRecruitment = true;
      if (m.unstableMups) g.unstableMups = true;
      if (m.myopathicMups) g.myopathicMups = true;
    }
    const n = study.ncs;
    if (n) for (const k of NCS_KEYS) if (n[k] === true) ncs[k] = true;
  }
  const keys = [...byKey.keys()].sort((a, b) => a - b);
  const muscles = keys.map((k) => byKey.get(k)!);
  if (unknownMuscles.length > 1) {
    unknownMuscles.sort((a, b) =>
      a.muscle < b.muscle
        ? -1
        : a.muscle > b.muscle
          ? 1
          : SIDE_INDEX[a.side] - SIDE_INDEX[b.side] || (a.date < b.date ? -1 : 1),
    );
  }
  examDates.sort();
  emgDates.sort();
  return { asOf, examDates, emgDates, regions, ignoredSigns, muscles, unknownMuscles, ncs, other };
}

/** Name of a muscle index. */
export function muscleName(mi: number): string {
  return MUSCLES[mi]?.name ?? '?';
}

export { REGIONS };
