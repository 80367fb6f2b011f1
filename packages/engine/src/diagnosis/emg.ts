/**
 * Needle EMG, muscle by muscle and region by region.
 *
 * A muscle shows LMN involvement when it has chronic neurogenic change AND ongoing denervation.
 * Ongoing denervation is fibrillations or positive sharp waves under revised El Escorial; under Awaji
 * (de Carvalho 2008) and Gold Coast (Shefner 2020 †) fasciculation potentials count as well, in a
 * muscle with chronic change. A region counts on EMG with one muscle (bulbar; thoracic paraspinal at
 * or below T6, or abdominal) or two limb muscles on different roots and different nerves (cervical,
 * lumbosacral); paraspinals never pair as limb muscles.
 */
import { MUSCLES, type MuscleEntry, type MuscleId, muscleById, muscleIndex } from '../anatomy/muscles.js';
import { muscleRegion, musclesPairForLimbRule, thoracicParaspinalLevelCounts } from '../anatomy/rules.js';
import type { IsoDate } from '../common/dates.js';
import type { FasciculationPotentials, Region, Side } from '../facts/index.js';
import type { MergedEmgMuscle } from './findings.js';
import type { DiagnosisSettings } from './settings.js';
import type { CriteriaSet } from './signs.js';

export interface MuscleEvidence {
  muscle: MuscleId;
  name: string;
  side: Side;
  region: Region;
  lastDate: IsoDate;
  thoracicLevel?: number | undefined;
  fibrillations: boolean;
  positiveSharpWaves: boolean;
  fasciculationPotentials: FasciculationPotentials;
  fasciculationsUnstable: boolean;
  chronicNeurogenicMups: boolean;
  reducedRecruitment: boolean;
  unstableMups: boolean;
  myopathicMups: boolean;
  /** LMN involvement of the muscle under each criteria set. */
  positive: Record<CriteriaSet, boolean>;
  /** Whether the muscle may count for its region's EMG rule (not a paraspinal in a limb region, thoracic level ok). */
  countsForRegion: boolean;
  /** Why, in words. */
  note: string;
}

function fasciculationCounts(m: MergedEmgMuscle, s: DiagnosisSettings): boolean {
  if (m.fasciculationPotentials === 'none') return false;
  if (s.fasciculationPotentialRule === 'any') return true;
  return m.fasciculationPotentials === 'complex' || m.fasciculationsUnstable;
}

function describeFindings(m: MergedEmgMuscle): string {
  const parts: string[] = [];
  if (m.chronicNeurogenicMups) parts.push('chronic neurogenic MUPs');
  if (m.fibrillations) parts.push('fibrillations');
  if (m.positiveSharpWaves) parts.push('positive sharp waves');
  if (m.fasciculationPotentials !== 'none') {
    parts.push(`${m.fasciculationPotentials} fasciculation potentials${m.fasciculationsUnstable ? ' (unstable)' : ''}`);
  }
  if (m.reducedRecruitment) parts.push('reduced recruitment');
  if (m.unstableMups) parts.push('unstable MUPs');
  if (m.myopathicMups) parts.push('myopathic MUPs');
  return parts.length ? parts.join(', ') : 'normal';
}

const FASC_CODE: Readonly<Record<FasciculationPotentials, number>> = { none: 0, simple: 1, complex: 2 };
/** Bound on remembered region EMG judgements per engine; cleared when reached. */
const EMG_EVIDENCE_MEMO_MAX = 50_000;

/** What an engine remembers of EMG judgements (its settings are fixed, so they are not part of a key). */
export class EmgMemo {
  /** Muscle notes by findings, level rule and setting bits (a small finite space). */
  readonly notes = new Map<number, string>();
  /** Region judgements by region, muscle count and positive samples; bounded. */
  readonly regions = new Map<number, RegionEmgEvidence>();
}

/** Judge one merged muscle sample under all three sets. `memo` is the engine's (a fresh one when called alone). */
export function muscleEvidence(m: MergedEmgMuscle, s: DiagnosisSettings, memo = new EmgMemo()): MuscleEvidence {
  const entry = MUSCLES[m.muscleIndex]!;
  const region = muscleRegion(entry, s);
  const fibsOrPsw = m.fibrillations || m.positiveSharpWaves;
  const chronic = m.chronicNeurogenicMups;
  const fasc = fasciculationCounts(m, s);
  const rEEC = chronic && fibsOrPsw;
  const awaji = chronic && (fibsOrPsw || fasc);
  let countsForRegion = true;
  // The note depends only on the findings, the level rule and the setting: memoised on those bits.
  let tail = 0;
  if (entry.id === 'thoracicParaspinals' && !thoracicParaspinalLevelCounts(m.thoracicLevel)) {
    countsForRegion = false;
    const lv = m.thoracicLevel;
    tail = lv === undefined ? 2 : Number.isInteger(lv) && lv >= 1 && lv < 6 ? 2 + lv : 15;
  } else if (entry.kind === 'paraspinal' && region !== 'thoracic') {
    countsForRegion = false;
    tail = 1;
  }
  const key =
    (m.fibrillations ? 1 : 0) |
    (m.positiveSharpWaves ? 2 : 0) |
    (FASC_CODE[m.fasciculationPotentials] << 2) |
    (m.fasciculationsUnstable ? 16 : 0) |
    (chronic ? 32 : 0) |
    (m.reducedRecruitment ? 64 : 0) |
    (m.unstableMups ? 128 : 0) |
    (m.myopathicMups ? 256 : 0) |
    (fasc ? 512 : 0) |
    (tail << 10);
  let note = memo.notes.get(key);
  if (note === undefined) {
    note = describeFindings(m);
    if (tail === 1) note += '; paraspinal: never pairs as a limb muscle';
    else if (tail === 2) note += '; level not recorded: thoracic paraspinals count only at or below T6';
    else if (tail === 15) note += `; level ${m.thoracicLevel} is not a thoracic level 1–12: does not count`;
    else if (tail >= 3) note += `; sampled at T${m.thoracicLevel}: above T6, does not count`;
    if (awaji && !rEEC) {
      note +=
        '; fasciculation potentials with chronic change count under Awaji and Gold Coast, not revised El Escorial';
    } else if (!chronic && (fibsOrPsw || m.fasciculationPotentials !== 'none')) {
      note += '; no chronic neurogenic change: not LMN evidence';
    } else if (chronic && !fibsOrPsw && !fasc) note += '; chronic change without ongoing denervation: not LMN evidence';
    memo.notes.set(key, note);
  }
  const ev: MuscleEvidence = {
    muscle: entry.id,
    name: entry.name,
    side: m.side,
    region,
    lastDate: m.lastDate,
    fibrillations: m.fibrillations,
    positiveSharpWaves: m.positiveSharpWaves,
    fasciculationPotentials: m.fasciculationPotentials,
    fasciculationsUnstable: m.fasciculationsUnstable,
    chronicNeurogenicMups: m.chronicNeurogenicMups,
    reducedRecruitment: m.reducedRecruitment,
    unstableMups: m.unstableMups,
    myopathicMups: m.myopathicMups,
    positive: { revisedElEscorial: rEEC, awaji, goldCoast: awaji },
    countsForRegion,
    note,
    thoracicLevel: m.thoracicLevel,
  };
  return ev;
}

export interface RegionEmgEvidence {
  present: boolean;
  /** The muscles that justify it (one muscle, or the pair). */
  muscles: readonly MuscleId[];
  why: string;
}

const rootAndNerve = (e: MuscleEntry): string => `${e.principalRoot ?? e.roots.join('-')}, ${e.nerve}`;

const REGION_CODE: Readonly<Record<Region, number>> = { bulbar: 0, cervical: 1, thoracic: 2, lumbosacral: 3 };
const SIDE_CODE: Readonly<Record<Side, number>> = { left: 0, right: 1, midline: 2 };

/**
 * EMG LMN evidence of one region under one set. `muscles` are the region's muscle evidences in
 * canonical order; the first qualifying muscle or pair is reported, so input order never matters.
 * The judgement depends only on the region, how many muscles were sampled and which (muscle, side)
 * samples are positive: the engine's `memo` keeps it on those (up to five positives; more are judged
 * afresh).
 */
export function regionEmgEvidence(
  region: Region,
  muscles: readonly MuscleEvidence[],
  set: CriteriaSet,
  s: DiagnosisSettings,
  memo = new EmgMemo(),
): RegionEmgEvidence {
  if (muscles.length === 0) return NO_MUSCLE;
  const eec = set === 'revisedElEscorial';
  let key = muscles.length < 64 ? REGION_CODE[region] + muscles.length * 4 : -1;
  let scale = 256;
  let count = 0;
  for (let i = 0; i < muscles.length && key >= 0; i++) {
    const m = muscles[i]!;
    if (!(eec ? m.positive.revisedElEscorial : m.positive.awaji) || !m.countsForRegion) continue;
    if (++count > 5) key = -1;
    else {
      key += (muscleIndex(m.muscle) * 3 + SIDE_CODE[m.side] + 1) * scale;
      scale *= 256;
    }
  }
  if (key < 0) return judgeRegionEmg(region, muscles, eec, s);
  const judged = memo.regions;
  let ev = judged.get(key);
  if (!ev) {
    if (judged.size >= EMG_EVIDENCE_MEMO_MAX) judged.clear();
    ev = judgeRegionEmg(region, muscles, eec, s);
    Object.freeze(ev.muscles);
    Object.freeze(ev);
    judged.set(key, ev);
  }
  return ev;
}

const NO_MUSCLE: RegionEmgEvidence = Object.freeze({
  present: false,
  muscles: Object.freeze([]),
  why: 'no muscle sampled',
});

function judgeRegionEmg(
  region: Region,
  muscles: readonly MuscleEvidence[],
  eec: boolean,
  s: DiagnosisSettings,
): RegionEmgEvidence {
  const positives: MuscleEvidence[] = [];
  for (const m of muscles)
    if ((eec ? m.positive.revisedElEscorial : m.positive.awaji) && m.countsForRegion) positives.push(m);
  if (region === 'bulbar' || region === 'thoracic') {
    const first = positives[0];
    if (first)
      return {
        present: true,
        muscles: [first.muscle],
        why: `${first.name} (${first.side}): one muscle suffices in the ${region} region`,
      };
    return {
      present: false,
      muscles: [],
      why: `${muscles.length} sampled, none with chronic change and ongoing denervation that counts`,
    };
  }
  for (let i = 0; i < positives.length; i++) {
    const a = positives[i]!;
    const ea = muscleById(a.muscle)!;
    for (let j = i + 1; j < positives.length; j++) {
      const b = positives[j]!;
      const eb = muscleById(b.muscle)!;
      if (musclesPairForLimbRule(ea, eb, s)) {
        return {
          present: true,
          muscles: [a.muscle, b.muscle],
          why: `${a.name} (${rootAndNerve(ea)}) and ${b.name} (${rootAndNerve(eb)}): different roots and different nerves`,
        };
      }
    }
  }
  if (positives.length === 0) {
    return {
      present: false,
      muscles: [],
      why: `${muscles.length} sampled, none with chronic change and ongoing denervation that counts`,
    };
  }
  if (positives.length === 1) {
    return {
      present: false,
      muscles: [positives[0]!.muscle],
      why: `only ${positives[0]!.name}: a second limb muscle on another root and nerve is needed`,
    };
  }
  return {
    present: false,
    muscles: positives.map((p) => p.muscle),
    why: `${positives.map((p) => p.name).join(', ')}: no two on different roots and different nerves`,
  };
}
