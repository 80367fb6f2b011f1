/**
 * Which clinical signs count, per region and per criteria set.
 *
 * UMN signs per region follow EEC 1994 as carried into Brooks 2000; the Gold Coast list is its
 * footnote * (increased reflexes incl. a reflex kept in a weak wasted muscle and spread; Hoffmann,
 * Babinski, crossed adductor, snout; spasticity; slowed poorly coordinated movement). UMN evidence is
 * clinical in all three sets. Fasciculations alone are never a clinical LMN sign (Brooks 2000).
 */
import type { Region, RegionExam, UmnSign } from '../facts/index.js';
import { VOCABULARY } from '../facts/vocabulary.js';
import type { DiagnosisSettings } from './settings.js';

export type CriteriaSet = 'revisedElEscorial' | 'awaji' | 'goldCoast';
export const CRITERIA_SETS: readonly CriteriaSet[] = ['revisedElEscorial', 'awaji', 'goldCoast'];

/** All UMN signs of the facts model, in a fixed order (bit positions and display order). */
export const UMN_SIGNS: readonly UmnSign[] = VOCABULARY.umnSign;

export const UMN_SIGN_LABEL: Readonly<Record<UmnSign, string>> = {
  hyperreflexia: 'brisk reflexes',
  reflexPreservedInWastedMuscle: 'reflex kept in a weak wasted muscle',
  reflexSpread: 'reflex spread',
  hoffmann: 'Hoffmann sign',
  babinski: 'Babinski sign',
  crossedAdductor: 'crossed adductor',
  clonus: 'clonus',
  spasticity: 'spasticity',
  slowedMovement: 'slowed, poorly coordinated movement',
  jawJerk: 'brisk jaw jerk',
  snout: 'snout reflex',
  exaggeratedGag: 'exaggerated gag',
  spasticDysarthria: 'spastic dysarthria',
  slowTongueMovement: 'slow tongue movement',
  pseudobulbarAffect: 'pseudobulbar affect',
  lostAbdominalReflexes: 'lost abdominal reflexes',
  pathologicalTrunkReflexes: 'pathological trunk reflexes',
};

const SIGN_BIT = Object.fromEntries(UMN_SIGNS.map((s, i) => [s, 1 << i])) as Readonly<Record<UmnSign, number>>;

export function umnSignBit(s: UmnSign): number {
  return SIGN_BIT[s] ?? 0;
}

function mask(signs: readonly UmnSign[]): number {
  let m = 0;
  for (const s of signs) m |= umnSignBit(s);
  return m;
}

/** UMN signs that belong to each region (EEC 1994 region lists; Brooks 2000). */
export const UMN_SIGNS_BY_REGION: Readonly<Record<Region, readonly UmnSign[]>> = {
  bulbar: [
    'jawJerk',
    'snout',
    'exaggeratedGag',
    'spasticDysarthria',
    'slowTongueMovement',
    'pseudobulbarAffect',
    'slowedMovement',
  ],
  cervical: [
    'hyperreflexia',
    'reflexPreservedInWastedMuscle',
    'reflexSpread',
    'hoffmann',
    'clonus',
    'spasticity',
    'slowedMovement',
  ],
  thoracic: ['lostAbdominalReflexes', 'pathologicalTrunkReflexes', 'slowedMovement'],
  lumbosacral: [
    'hyperreflexia',
    'reflexPreservedInWastedMuscle',
    'reflexSpread',
    'babinski',
    'crossedAdductor',
    'clonus',
    'spasticity',
    'slowedMovement',
  ],
};

/**
 * Signs the Gold Coast footnote * does not list: pseudobulbar affect (an emotional sign, not a
 * reflex, tone or movement sign) and lost abdominal reflexes (a lost, not an increased, reflex).
 */
export const GOLD_COAST_EXCLUDED_UMN_SIGNS: readonly UmnSign[] = ['pseudobulbarAffect', 'lostAbdominalReflexes'];

const REGION_SIGN_MASK: Readonly<Record<Region, number>> = {
  bulbar: mask(UMN_SIGNS_BY_REGION.bulbar),
  cervical: mask(UMN_SIGNS_BY_REGION.cervical),
  thoracic: mask(UMN_SIGNS_BY_REGION.thoracic),
  lumbosacral: mask(UMN_SIGNS_BY_REGION.lumbosacral),
};
const GOLD_COAST_SIGN_MASK = ~mask(GOLD_COAST_EXCLUDED_UMN_SIGNS);

export function umnSignBelongsToRegion(sign: UmnSign, region: Region): boolean {
  return (REGION_SIGN_MASK[region] & umnSignBit(sign)) !== 0;
}

/** The mask of region-valid UMN signs a criteria set accepts. */
export function acceptedUmnMask(set: CriteriaSet, regionSigns: number): number {
  return set === 'goldCoast' ? regionSigns & GOLD_COAST_SIGN_MASK : regionSigns;
}

export function umnSignsOfMask(m: number): UmnSign[] {
  const out: UmnSign[] = [];
  for (let i = 0; i < UMN_SIGNS.length; i++) if (m & (1 << i)) out.push(UMN_SIGNS[i]!);
  return out;
}

/** The clinical LMN rule a set uses under the settings. */
export type LmnClinicalRule = 'wastingOrLmnWeakness' | 'weaknessAndWasting';

export function lmnClinicalRuleFor(set: CriteriaSet, s: DiagnosisSettings): LmnClinicalRule {
  if (s.lmnClinicalRule !== 'perCriteria') return s.lmnClinicalRule;
  return set === 'goldCoast' ? 'weaknessAndWasting' : 'wastingOrLmnWeakness';
}

export const LMN_CLINICAL_RULE_TEXT: Readonly<Record<LmnClinicalRule, string>> = {
  wastingOrLmnWeakness: 'wasting, or weakness of LMN type',
  weaknessAndWasting: 'weakness and wasting',
};

/** Clinical LMN components of a region on one side, as flags. */
export interface LmnComponents {
  weakness: boolean;
  weaknessLmnType: boolean;
  wasting: boolean;
  fasciculations: boolean;
}

/**
 * Whether one side of a region shows a clinical LMN sign under the rule. Weakness of LMN type implies
 * weakness. Fasciculations alone never count (Brooks 2000: they prompt EMG).
 */
export function clinicalLmnSign(c: LmnComponents, rule: LmnClinicalRule): boolean {
  if (rule === 'weaknessAndWasting') return (c.weakness || c.weaknessLmnType) && c.wasting;
  return c.wasting || c.weaknessLmnType;
}

/** Flags of one exam entry. */
export function lmnComponentsOf(e: RegionExam): LmnComponents {
  return {
    weakness: e.weakness === true,
    weaknessLmnType: e.weaknessLmnType === true,
    wasting: e.wasting === true,
    fasciculations: e.fasciculations === true,
  };
}
