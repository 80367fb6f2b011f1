/**
 * Gathers the motor findings of the case as known on its date (`caseAsOf`: later examinations and
 * EMG studies are not in it). Signs of a degenerative disease are cumulative, so the union over visits is taken; each
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
  Region,
  Side,
  UmnSign,
} from '../facts/index.js';
import type { CaseFactsView } from '../view/asOf.js';
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
  thoracicLevel?: number | undefined;
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
  /** An examination recorded the region (with findings or `normal`): "nothing found" differs from "not examined". */
  examined: boolean;
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

const SIGN_ORDER = Object.fromEntries(UMN_SIGNS.map((s, i) => [s, i])) as Readonly<Record<UmnSign, number>>;

function bySignThenSide(a: SignFinding, b: SignFinding): number {
  return (SIGN_ORDER[a.sign] ?? 0) - (SIGN_ORDER[b.sign] ?? 0) || SIDE_INDEX[a.side] - SIDE_INDEX[b.side];
}

function emptyRegion(region: Region): RegionFindings {
  return { region, umnSigns: [], umnMask: 0, lmn: [], lmnBySide: [0, 0, 0], examined: false };
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

const N_SIGNS = UMN_SIGNS.length;
/** LMN_BIT of each component in LMN_COMPONENTS order ('weaknessLmnType' also sets 'weakness'). */
const COMPONENT_BIT: readonly number[] = [
  LMN_BIT.weakness,
  LMN_BIT.weaknessLmnType,
  LMN_BIT.wasting,
  LMN_BIT.fasciculations,
];
/**
 * Scratch tables of first dates, one set per engine (an evaluation is synchronous and never
 * re-entered): sign slots (region, sign, side) and LMN component slots (region, component, side), in
 * canonical order. A slot is valid only when its generation stamp equals the current call's, so
 * nothing needs clearing between calls and a call that throws cannot leave stale entries behind.
 */
export class FindingsScratch {
  private readonly signFirst: IsoDate[] = new Array<IsoDate>(4 * N_SIGNS * 3).fill('');
  private readonly signGen = new Int32Array(4 * N_SIGNS * 3);
  private readonly lmnFirst: IsoDate[] = new Array<IsoDate>(4 * 4 * 3).fill('');
  private readonly lmnGen = new Int32Array(4 * 4 * 3);
  private generation = 0;

  /** Start a new call: every slot of earlier calls becomes invalid. */
  next(): void {
    this.generation = (this.generation + 1) | 0;
  }

  /** Keep the earlier date for a sign slot. */
  noteSign(slot: number, date: IsoDate): void {
    this.note(this.signFirst, this.signGen, slot, date);
  }

  /** Keep the earlier date for an LMN component slot. */
  noteLmn(slot: number, date: IsoDate): void {
    this.note(this.lmnFirst, this.lmnGen, slot, date);
  }

  signDate(slot: number): IsoDate | undefined {
    return this.signGen[slot] === this.generation ? this.signFirst[slot] : undefined;
  }

  lmnDate(slot: number): IsoDate | undefined {
    return this.lmnGen[slot] === this.generation ? this.lmnFirst[slot] : undefined;
  }

  private note(table: IsoDate[], gens: Int32Array, slot: number, date: IsoDate): void {
    if (gens[slot] !== this.generation) {
      gens[slot] = this.generation;
      table[slot] = date;
    } else if (date < table[slot]!) table[slot] = date;
  }
}

/** Sort small arrays in place (insertion sort: the lists are short and usually sorted already). */
function sortSmall<T>(xs: T[], before: (a: T, b: T) => boolean): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && before(x, xs[j]!)) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
}

// Case strings come from parsed JSON and are not interned: telling them apart by their first letter
// (unique within each vocabulary) avoids a keyed lookup per finding. Unknown values give -1.
function regionIndexOf(r: string): number {
  switch (r.charCodeAt(0)) {
    case 98: // b
      return r === 'bulbar' ? 0 : -1;
    case 99: // c
      return r === 'cervical' ? 1 : -1;
    case 116: // t
      return r === 'thoracic' ? 2 : -1;
    case 108: // l
      return r === 'lumbosacral' ? 3 : -1;
    default:
      return -1;
  }
}

function sideIndexOf(side: string): number {
  switch (side.charCodeAt(0)) {
    case 108: // l
      return 0;
    case 114: // r
      return 1;
    default:
      return 2;
  }
}

/**
 * Gather the exam and EMG findings of the case as known on its date. `scratch` is the engine's (a
 * fresh one when called alone).
 */
export function gatherFindings(v: CaseFactsView, scratch = new FindingsScratch()): Findings {
  const c = v.case;
  const regions: Findings['regions'] = [
    emptyRegion('bulbar'),
    emptyRegion('cervical'),
    emptyRegion('thoracic'),
    emptyRegion('lumbosacral'),
  ];
  const ignoredSigns: IgnoredSign[] = [];
  const examDates: IsoDate[] = [];
  const other: OtherExamFindings = {};
  const x = scratch;
  x.next();

  for (const exam of c.exams ?? []) {
    const date = exam.date;
    examDates.push(date);
    for (const e of exam.regions) {
      const ri = regionIndexOf(e.region);
      const rf = regions[ri];
      if (!rf) continue;
      rf.examined = true;
      const side = e.side;
      const si = sideIndexOf(side);
      const signs = e.umnSigns;
      if (signs) {
        for (const sign of signs) {
          if (umnSignBelongsToRegion(sign, rf.region)) {
            x.noteSign((ri * N_SIGNS + SIGN_ORDER[sign]) * 3 + si, date);
            rf.umnMask |= umnSignBit(sign);
          } else {
            const prior = ignoredSigns.find((x) => x.sign === sign && x.side === side && x.region === e.region);
            if (prior) {
              if (date < prior.firstDate) prior.firstDate = date;
            } else {
              ignoredSigns.push({ sign, side, region: e.region, firstDate: date, why: `not a ${e.region} UMN sign` });
            }
          }
        }
      }
      let bits = 0;
      if (e.weakness) {
        bits |= LMN_BIT.weakness;
        x.noteLmn((ri * 4 + 0) * 3 + si, date);
      }
      if (e.weaknessLmnType) {
        bits |= LMN_BIT.weakness | LMN_BIT.weaknessLmnType;
        x.noteLmn((ri * 4 + 1) * 3 + si, date);
      }
      if (e.wasting) {
        bits |= LMN_BIT.wasting;
        x.noteLmn((ri * 4 + 2) * 3 + si, date);
      }
      if (e.fasciculations) {
        bits |= LMN_BIT.fasciculations;
        x.noteLmn((ri * 4 + 3) * 3 + si, date);
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
  // Read the scratch tables back in canonical order (sign, then side; component, then side).
  for (let ri = 0; ri < 4; ri++) {
    const rf = regions[ri]!;
    const signMask = rf.umnMask;
    if (signMask !== 0) {
      for (let k = 0; k < N_SIGNS; k++) {
        if ((signMask & (1 << k)) === 0) continue;
        for (let si = 0; si < 3; si++) {
          const d = x.signDate((ri * N_SIGNS + k) * 3 + si);
          if (d !== undefined) rf.umnSigns.push({ sign: UMN_SIGNS[k]!, side: SIDE_ORDER[si]!, firstDate: d });
        }
      }
    }
    const components = rf.lmnBySide[0] | rf.lmnBySide[1] | rf.lmnBySide[2];
    if (components !== 0) {
      for (let k = 0; k < 4; k++) {
        if ((components & COMPONENT_BIT[k]!) === 0) continue;
        for (let si = 0; si < 3; si++) {
          const d = x.lmnDate((ri * 4 + k) * 3 + si);
          if (d !== undefined) rf.lmn.push({ component: LMN_COMPONENTS[k]!, side: SIDE_ORDER[si]!, firstDate: d });
        }
      }
    }
  }
  if (ignoredSigns.length > 1) {
    ignoredSigns.sort((a, b) => REGION_RANK[a.region] - REGION_RANK[b.region] || bySignThenSide(a, b));
  }

  // Merged samples with their keys (muscle, side, thoracic level); a linear search beats a Map at these sizes.
  const keys: number[] = [];
  const muscles: MergedEmgMuscle[] = [];
  const unknownMuscles: Findings['unknownMuscles'] = [];
  const emgDates: IsoDate[] = [];
  const ncs: NerveConduction = {};
  for (const study of c.emg ?? []) {
    emgDates.push(study.date);
    for (const m of study.muscles) {
      const mi = muscleIndex(m.muscle);
      if (mi < 0) {
        unknownMuscles.push({ muscle: m.muscle, side: m.side, date: study.date });
        continue;
      }
      const level = m.thoracicLevel !== undefined && Number.isInteger(m.thoracicLevel) ? m.thoracicLevel : 0;
      const key = (mi << 6) | (sideIndexOf(m.side) << 4) | (level >= 0 && level <= 15 ? level : 0);
      const at = keys.indexOf(key);
      let g = at < 0 ? undefined : muscles[at];
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
          thoracicLevel: m.thoracicLevel,
        };
        keys.push(key);
        muscles.push(g);
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
  // Canonical order (muscle table order, side, level): sort the keys and their samples together.
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!;
    const m = muscles[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      muscles[j + 1] = muscles[j]!;
      j--;
    }
    keys[j + 1] = k;
    muscles[j + 1] = m;
  }
  if (unknownMuscles.length > 1) {
    unknownMuscles.sort((a, b) =>
      a.muscle < b.muscle
        ? -1
        : a.muscle > b.muscle
          ? 1
          : SIDE_INDEX[a.side] - SIDE_INDEX[b.side] || (a.date < b.date ? -1 : 1),
    );
  }
  sortSmall(examDates, (a, b) => a < b);
  sortSmall(emgDates, (a, b) => a < b);
  return { asOf: v.asOf, examDates, emgDates, regions, ignoredSigns, muscles, unknownMuscles, ncs, other };
}

/** Name of a muscle index. */
export function muscleName(mi: number): string {
  return MUSCLES[mi]?.name ?? '?';
}

export { REGIONS };
