/**
 * Region evidence per criteria set: UMN (clinical), clinical LMN (per the set's rule), EMG LMN (per
 * the set's muscle rules), each with the signs and muscles that justify it; and the region masks the
 * pure classifiers read.
 */
import { REGIONS } from '../anatomy/regions.js';
import type { Region, Side, UmnSign } from '../facts/index.js';
import { type MuscleEvidence, muscleEvidence, type RegionEmgEvidence, regionEmgEvidence } from './emg.js';
import { type Findings, LMN_BIT, type LmnFinding, SIDE_ORDER, type SignFinding } from './findings.js';
import type { DiagnosisSettings } from './settings.js';
import {
  acceptedUmnMask,
  type CriteriaSet,
  clinicalLmnSign,
  LMN_CLINICAL_RULE_TEXT,
  lmnClinicalRuleFor,
  UMN_SIGN_LABEL,
  umnSignsOfMask,
} from './signs.js';

export interface RegionSetEvidence {
  /** Clinical UMN signs the set accepts in the region. */
  umn: boolean;
  umnSigns: UmnSign[];
  lmnClinical: boolean;
  /** Sides with a clinical LMN sign under the set's rule, and the rule in words. */
  lmnClinicalSides: Side[];
  lmnClinicalWhy: string;
  lmnEmg: RegionEmgEvidence;
  /**
   * LMN as the set's anatomical rules read it: clinical only for revised El Escorial (EMG enters
   * only through the lab-supported category); clinical or EMG for Awaji and Gold Coast.
   */
  lmn: boolean;
}

export interface RegionEvidence {
  region: Region;
  umnSigns: SignFinding[];
  lmnFindings: LmnFinding[];
  muscles: MuscleEvidence[];
  sets: Record<CriteriaSet, RegionSetEvidence>;
}

/** Region bitmasks a classifier reads (bit 0 bulbar … bit 3 lumbosacral). */
export interface RegionMasks {
  umn: number;
  lmnClinical: number;
  lmnEmg: number;
}

export interface EvidenceResult {
  regions: RegionEvidence[];
  masks: Record<CriteriaSet, RegionMasks>;
}

function setEvidence(
  set: CriteriaSet,
  umnMask: number,
  lmnBySide: readonly number[],
  muscles: readonly MuscleEvidence[],
  region: Region,
  s: DiagnosisSettings,
): RegionSetEvidence {
  const accepted = acceptedUmnMask(set, umnMask);
  const rule = lmnClinicalRuleFor(set, s);
  const sides: Side[] = [];
  for (let i = 0; i < 3; i++) {
    const b = lmnBySide[i] ?? 0;
    if (
      b !== 0 &&
      clinicalLmnSign(
        {
          weakness: (b & LMN_BIT.weakness) !== 0,
          weaknessLmnType: (b & LMN_BIT.weaknessLmnType) !== 0,
          wasting: (b & LMN_BIT.wasting) !== 0,
          fasciculations: (b & LMN_BIT.fasciculations) !== 0,
        },
        rule,
      )
    ) {
      sides.push(SIDE_ORDER[i]!);
    }
  }
  const lmnClinical = sides.length > 0;
  const anyComponent = lmnBySide.some((b) => b !== 0);
  const onlyFasc = anyComponent && lmnBySide.every((b) => (b & ~LMN_BIT.fasciculations) === 0);
  const lmnClinicalWhy = lmnClinical
    ? `${LMN_CLINICAL_RULE_TEXT[rule]} (${sides.join(', ')})`
    : onlyFasc
      ? 'fasciculations only: not a clinical LMN sign (prompts EMG)'
      : anyComponent
        ? `findings fall short of ${LMN_CLINICAL_RULE_TEXT[rule]}`
        : 'no clinical LMN finding';
  const lmnEmg = regionEmgEvidence(region, muscles, set, s);
  return {
    umn: accepted !== 0,
    umnSigns: umnSignsOfMask(accepted),
    lmnClinical,
    lmnClinicalSides: sides,
    lmnClinicalWhy,
    lmnEmg,
    lmn: set === 'revisedElEscorial' ? lmnClinical : lmnClinical || lmnEmg.present,
  };
}

/** Build region evidence for all sets from gathered findings. */
export function buildRegionEvidence(f: Findings, s: DiagnosisSettings): EvidenceResult {
  const byRegion: MuscleEvidence[][] = [[], [], [], []];
  for (const m of f.muscles) {
    const ev = muscleEvidence(m, s);
    byRegion[REGIONS.indexOf(ev.region)]!.push(ev);
  }
  const masks: Record<CriteriaSet, RegionMasks> = {
    revisedElEscorial: { umn: 0, lmnClinical: 0, lmnEmg: 0 },
    awaji: { umn: 0, lmnClinical: 0, lmnEmg: 0 },
    goldCoast: { umn: 0, lmnClinical: 0, lmnEmg: 0 },
  };
  const regions: RegionEvidence[] = [];
  for (let i = 0; i < 4; i++) {
    const rf = f.regions[i]!;
    const muscles = byRegion[i]!;
    const sets = {
      revisedElEscorial: setEvidence('revisedElEscorial', rf.umnMask, rf.lmnBySide, muscles, rf.region, s),
      awaji: setEvidence('awaji', rf.umnMask, rf.lmnBySide, muscles, rf.region, s),
      goldCoast: setEvidence('goldCoast', rf.umnMask, rf.lmnBySide, muscles, rf.region, s),
    };
    const bit = 1 << i;
    for (const k of ['revisedElEscorial', 'awaji', 'goldCoast'] as const) {
      const e = sets[k];
      if (e.umn) masks[k].umn |= bit;
      if (e.lmnClinical) masks[k].lmnClinical |= bit;
      if (e.lmnEmg.present) masks[k].lmnEmg |= bit;
    }
    regions.push({ region: rf.region, umnSigns: rf.umnSigns, lmnFindings: rf.lmn, muscles, sets });
  }
  return { regions, masks };
}

/** "brisk jaw jerk (midline), snout reflex (midline)". */
export function describeSigns(signs: readonly SignFinding[]): string {
  return signs.map((x) => `${UMN_SIGN_LABEL[x.sign]} (${x.side})`).join(', ');
}
