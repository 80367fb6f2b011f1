/**
 * Anatomical rules the EMG criteria rely on: which region a muscle counts for, when two limb muscles
 * are "supplied by different roots and nerves" (de Carvalho 2008; Shefner 2020 footnote ‡), and the
 * thoracic paraspinal level rule. Each ambiguous point is a named setting with a documented default.
 */
import type { Source } from '../common/source.js';
import type { Region } from '../facts/index.js';
import type { MuscleEntry } from './muscles.js';
import { NERVES } from './nerves.js';

export interface AnatomySettings {
  /** Region of sternocleidomastoid and trapezius (accessory nerve): the criteria do not say. Default 'cervical'. */
  accessoryMuscleRegion: 'cervical' | 'bulbar';
  /**
   * When two muscles have "different roots":
   * - 'principalAndRootSet' (default): principal roots differ AND the root sets are not identical
   *   (so FDI and APB, both C8–T1, do not pair although their principal roots are C8 and T1);
   * - 'principalRoot': principal roots differ;
   * - 'disjointRootSets': no root in common (strictest).
   */
  differentRootRule: 'principalAndRootSet' | 'principalRoot' | 'disjointRootSets';
  /**
   * When two muscles have "different nerves":
   * - 'terminalNerve' (default): the named nerve (deep and superficial peroneal differ, as most labs count them);
   * - 'sharedTrunk': branches of one trunk count as one nerve (peroneal branches and the sciatic peroneal
   *   division; tibial and the sciatic tibial division).
   */
  nerveTrunkRule: 'terminalNerve' | 'sharedTrunk';
}

export const DEFAULT_ANATOMY_SETTINGS: Readonly<AnatomySettings> = {
  accessoryMuscleRegion: 'cervical',
  differentRootRule: 'principalAndRootSet',
  nerveTrunkRule: 'terminalNerve',
};

export const DIFFERENT_ROOTS_AND_NERVES_SOURCE: Source = {
  cite: 'de Carvalho 2008',
  year: 2008,
  detail:
    'Awaji-Shima: cervical and lumbosacral regions need two muscles supplied by different roots and different nerves; bulbar and thoracic one muscle',
  verification: 'K',
  doi: '10.1016/j.clinph.2007.09.143',
};

export const THORACIC_LEVEL_SOURCE: Source = {
  cite: 'Shefner 2020',
  year: 2020,
  detail: 'Gold Coast footnote ‡: thoracic region on EMG = one muscle, paraspinal at or below T6, or abdominal',
  verification: 'K',
  doi: '10.1016/j.clinph.2020.04.005',
};

/** Lowest-numbered thoracic paraspinal level that counts (T6 or below, i.e. T6–T12). */
export const THORACIC_PARASPINAL_MIN_LEVEL = 6;

/** The region a muscle counts for under the settings (accessory-nerve muscles follow the setting). */
export function muscleRegion(m: MuscleEntry, s: Pick<AnatomySettings, 'accessoryMuscleRegion'>): Region {
  return m.accessoryNerve ? s.accessoryMuscleRegion : m.region;
}

/**
 * Whether a thoracic paraspinal sample counts for the thoracic region: only at or below T6
 * (levels 6–12). An unrecorded level does not count: it is reported, not guessed.
 */
export function thoracicParaspinalLevelCounts(level: number | undefined): boolean {
  return level !== undefined && Number.isInteger(level) && level >= THORACIC_PARASPINAL_MIN_LEVEL && level <= 12;
}

function sameRootSet(a: MuscleEntry, b: MuscleEntry): boolean {
  if (a.roots.length !== b.roots.length) return false;
  for (const r of a.roots) if (!b.roots.includes(r)) return false;
  return true;
}

/**
 * Whether two muscles are supplied by different roots under the chosen rule.
 *
 * @example differentRoots(FDI, APB, DEFAULT_ANATOMY_SETTINGS) // false: both C8–T1
 * @example differentRoots(FDI, bicepsBrachii, DEFAULT_ANATOMY_SETTINGS) // true
 */
export function differentRoots(a: MuscleEntry, b: MuscleEntry, s: Pick<AnatomySettings, 'differentRootRule'>): boolean {
  switch (s.differentRootRule) {
    case 'principalRoot':
      return a.principalRoot !== null && b.principalRoot !== null && a.principalRoot !== b.principalRoot;
    case 'disjointRootSets':
      for (const r of a.roots) if (b.roots.includes(r)) return false;
      return true;
    default:
      return (
        a.principalRoot !== null &&
        b.principalRoot !== null &&
        a.principalRoot !== b.principalRoot &&
        !sameRootSet(a, b)
      );
  }
}

/** Whether two muscles are supplied by different peripheral nerves under the chosen rule. */
export function differentNerves(a: MuscleEntry, b: MuscleEntry, s: Pick<AnatomySettings, 'nerveTrunkRule'>): boolean {
  if (s.nerveTrunkRule === 'sharedTrunk') return NERVES[a.nerve].trunk !== NERVES[b.nerve].trunk;
  return a.nerve !== b.nerve;
}

/** Whether two muscles may pair for the limb two-muscle rule: no paraspinal, different roots and nerves. */
export function musclesPairForLimbRule(a: MuscleEntry, b: MuscleEntry, s: AnatomySettings): boolean {
  if (a.kind === 'paraspinal' || b.kind === 'paraspinal') return false;
  return differentRoots(a, b, s) && differentNerves(a, b, s);
}
