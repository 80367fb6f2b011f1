/**
 * Region evidence per criteria set: UMN (clinical), clinical LMN (per the set's rule), EMG LMN (per
 * the set's muscle rules), each with the signs and muscles that justify it; and the region masks the
 * pure classifiers read. Sets that read a region the same way share one evidence object.
 */
import { REGION_RANK } from '../anatomy/regions.js';
import type { Region, Side, UmnSign } from '../facts/index.js';
import { EmgMemo, type MuscleEvidence, muscleEvidence, type RegionEmgEvidence, regionEmgEvidence } from './emg.js';
import { type Findings, LMN_BIT, type LmnFinding, SIDE_ORDER, type SignFinding } from './findings.js';
import type { DiagnosisSettings } from './settings.js';
import {
  acceptedUmnMask,
  type CriteriaSet,
  clinicalLmnSign,
  LMN_CLINICAL_RULE_TEXT,
  type LmnClinicalRule,
  lmnClinicalRuleFor,
  UMN_SIGN_LABEL,
  UMN_SIGNS,
  umnSignsOfMask,
} from './signs.js';

export interface RegionSetEvidence {
  /** Clinical UMN signs the set accepts in the region. */
  umn: boolean;
  umnSigns: readonly UmnSign[];
  lmnClinical: boolean;
  /** Sides with a clinical LMN sign under the set's rule, and the rule in words. */
  lmnClinicalSides: readonly Side[];
  lmnClinicalWhy: string;
  lmnEmg: RegionEmgEvidence;
  /**
   * LMN as the set's anatomical rules read it: clinical only for revised El Escorial (EMG enters
   * only through the lab-supported category); clinical or EMG for Awaji and Gold Coast.
   */
  lmn: boolean;
  /** The region as this set reads it, in one line (printed in the trace). */
  summary: string;
}

export interface RegionEvidence {
  region: Region;
  umnSigns: SignFinding[];
  lmnFindings: LmnFinding[];
  /** Whether an examination recorded the region (with findings or as normal): "no signs" vs "not examined". */
  examined: boolean;
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

interface ClinicalLmn {
  /** Whether an examination recorded the region at all. */
  examined: boolean;
  present: boolean;
  sides: readonly Side[];
  why: string;
  /** Small sequential id (memo keys). */
  id: number;
}

interface UmnText {
  text: string;
  id: number;
}

/** Bound on remembered UMN texts; ids keep increasing across clears so summary keys never collide. */
const UMN_TEXT_MEMO_MAX = 50_000;
const NO_SIGNS: readonly UmnSign[] = Object.freeze([]);
const NO_UMN: UmnText = Object.freeze({ text: 'UMN: none found', id: 0 });
const SIGN_INDEX = Object.fromEntries(UMN_SIGNS.map((x, i) => [x, i])) as Readonly<Record<UmnSign, number>>;
const SIDE_INDEX: Readonly<Record<Side, number>> = { left: 0, right: 1, midline: 2 };

/**
 * What an engine remembers of region evidence: clinical LMN judgements (a small finite space, kept
 * in a table), sign lists, UMN texts and region summaries. Everything kept is frozen and shared
 * between the engine's results.
 */
export class EvidenceMemo {
  readonly emg = new EmgMemo();
  /** Clinical LMN by the per-side component bits and the rule (14 bits: with whether the region was examined). */
  readonly clinical: (ClinicalLmn | undefined)[] = new Array(1 << 14);
  clinicalCount = 0;
  readonly signs = new Map<number, readonly UmnSign[]>();
  readonly umnTexts = new Map<number, UmnText>();
  nextUmnTextId = 1;
  readonly summaries = new WeakMap<RegionEmgEvidence, Map<number, string>>();
}

/** Clinical LMN of a region from its per-side component bits. */
function clinicalLmn(
  lmnBySide: readonly number[],
  rule: LmnClinicalRule,
  examined: boolean,
  memo: EvidenceMemo,
): ClinicalLmn {
  const b0 = lmnBySide[0] ?? 0;
  const b1 = lmnBySide[1] ?? 0;
  const b2 = lmnBySide[2] ?? 0;
  const key = b0 | (b1 << 4) | (b2 << 8) | (rule === 'weaknessAndWasting' ? 1 << 12 : 0) | (examined ? 1 << 13 : 0);
  const hit = memo.clinical[key];
  if (hit) return hit;
  const sides: Side[] = [];
  const bits = [b0, b1, b2];
  for (let i = 0; i < 3; i++) {
    const b = bits[i]!;
    const c = {
      weakness: (b & LMN_BIT.weakness) !== 0,
      weaknessLmnType: (b & LMN_BIT.weaknessLmnType) !== 0,
      wasting: (b & LMN_BIT.wasting) !== 0,
      fasciculations: (b & LMN_BIT.fasciculations) !== 0,
    };
    if (b !== 0 && clinicalLmnSign(c, rule)) sides.push(SIDE_ORDER[i]!);
  }
  const any = (b0 | b1 | b2) !== 0;
  const onlyFasc = any && ((b0 | b1 | b2) & ~LMN_BIT.fasciculations) === 0;
  const why =
    sides.length > 0
      ? `${LMN_CLINICAL_RULE_TEXT[rule]} (${sides.join(', ')})`
      : onlyFasc
        ? 'fasciculations only: not a clinical LMN sign (prompts EMG)'
        : any
          ? `findings fall short of ${LMN_CLINICAL_RULE_TEXT[rule]}`
          : examined
            ? 'examined, no LMN sign found'
            : 'not examined';
  const out: ClinicalLmn = Object.freeze({
    examined,
    present: sides.length > 0,
    sides: Object.freeze(sides),
    why,
    id: ++memo.clinicalCount,
  });
  memo.clinical[key] = out;
  return out;
}

function signsOf(mask: number, memo: EvidenceMemo): readonly UmnSign[] {
  if (mask === 0) return NO_SIGNS;
  let s = memo.signs.get(mask);
  if (!s) {
    s = Object.freeze(umnSignsOfMask(mask));
    memo.signs.set(mask, s);
  }
  return s;
}

/** "UMN: brisk jaw jerk (midline), …" for the accepted signs; kept by the (sign, side) pairs shown. */
function umnText(signs: readonly SignFinding[], accepted: number, memo: EvidenceMemo): UmnText {
  if (accepted === 0) return NO_UMN;
  let lo = 0;
  let hi = 0;
  for (const x of signs) {
    const k = SIGN_INDEX[x.sign];
    if ((accepted & (1 << k)) === 0) continue;
    const b = k * 3 + SIDE_INDEX[x.side];
    if (b < 26) lo |= 1 << b;
    else hi |= 1 << (b - 26);
  }
  const key = lo + hi * 67108864;
  let t = memo.umnTexts.get(key);
  if (!t) {
    if (memo.umnTexts.size >= UMN_TEXT_MEMO_MAX) memo.umnTexts.clear();
    t = Object.freeze({ text: `UMN: ${describeSigns(signs, signsOf(accepted, memo))}`, id: memo.nextUmnTextId++ });
    memo.umnTexts.set(key, t);
  }
  return t;
}

/** The one-line summary of a region under a set, kept by its three parts. */
function summaryOf(umn: UmnText, clin: ClinicalLmn, emg: RegionEmgEvidence, memo: EvidenceMemo): string {
  const emgText = `EMG LMN: ${emg.present ? 'yes' : 'no'} (${emg.why})`;
  // A region no examination recorded is "not examined", never "no signs" (issue 8, defect 6).
  const compose = () =>
    clin.examined
      ? `${umn.text}; clinical LMN: ${clin.present ? 'yes' : 'no'} (${clin.why}); ${emgText}`
      : `not examined clinically; ${emgText}`;
  if (!Object.isFrozen(emg)) return compose();
  let byParts = memo.summaries.get(emg);
  if (!byParts) {
    byParts = new Map();
    memo.summaries.set(emg, byParts);
  }
  const key = umn.id * 16384 + clin.id;
  let text = byParts.get(key);
  if (text === undefined) {
    text = compose();
    byParts.set(key, text);
  }
  return text;
}

function setEvidence(
  set: CriteriaSet,
  accepted: number,
  umn: UmnText,
  clin: ClinicalLmn,
  emg: RegionEmgEvidence,
  memo: EvidenceMemo,
): RegionSetEvidence {
  return {
    umn: accepted !== 0,
    umnSigns: signsOf(accepted, memo),
    lmnClinical: clin.present,
    lmnClinicalSides: clin.sides,
    lmnClinicalWhy: clin.why,
    lmnEmg: emg,
    lmn: set === 'revisedElEscorial' ? clin.present : clin.present || emg.present,
    summary: summaryOf(umn, clin, emg, memo),
  };
}

/** A copy of a set's evidence for another set that reads the region the same way (own object, same facts). */
function withLmn(e: RegionSetEvidence, lmn: boolean): RegionSetEvidence {
  return {
    umn: e.umn,
    umnSigns: e.umnSigns,
    lmnClinical: e.lmnClinical,
    lmnClinicalSides: e.lmnClinicalSides,
    lmnClinicalWhy: e.lmnClinicalWhy,
    lmnEmg: e.lmnEmg,
    lmn,
    summary: e.summary,
  };
}

/** Build region evidence for all sets from gathered findings. `memo` is the engine's (a fresh one when called alone). */
export function buildRegionEvidence(f: Findings, s: DiagnosisSettings, memo = new EvidenceMemo()): EvidenceResult {
  const byRegion: MuscleEvidence[][] = [[], [], [], []];
  for (const m of f.muscles) {
    const ev = muscleEvidence(m, s, memo.emg);
    byRegion[REGION_RANK[ev.region]]!.push(ev);
  }
  const mE: RegionMasks = { umn: 0, lmnClinical: 0, lmnEmg: 0 };
  const mA: RegionMasks = { umn: 0, lmnClinical: 0, lmnEmg: 0 };
  const mG: RegionMasks = { umn: 0, lmnClinical: 0, lmnEmg: 0 };
  const ruleE = lmnClinicalRuleFor('revisedElEscorial', s);
  const ruleG = lmnClinicalRuleFor('goldCoast', s);
  const regions: RegionEvidence[] = [];
  for (let i = 0; i < 4; i++) {
    const rf = f.regions[i]!;
    const muscles = byRegion[i]!;
    // Awaji and Gold Coast judge muscles alike; revised El Escorial differs only where fasciculation potentials carry a muscle.
    const emgA = regionEmgEvidence(rf.region, muscles, 'awaji', s, memo.emg);
    let differs = false;
    for (const m of muscles) if (m.positive.awaji !== m.positive.revisedElEscorial) differs = true;
    const emgE = differs ? regionEmgEvidence(rf.region, muscles, 'revisedElEscorial', s, memo.emg) : emgA;
    const clinE = clinicalLmn(rf.lmnBySide, ruleE, rf.examined, memo);
    const clinG = ruleG === ruleE ? clinE : clinicalLmn(rf.lmnBySide, ruleG, rf.examined, memo);
    const umnE = acceptedUmnMask('revisedElEscorial', rf.umnMask);
    const umnG = acceptedUmnMask('goldCoast', rf.umnMask);
    const textE = umnText(rf.umnSigns, umnE, memo);
    const eec = setEvidence('revisedElEscorial', umnE, textE, clinE, emgE, memo);
    const awaji =
      emgE === emgA
        ? withLmn(eec, clinE.present || emgA.present)
        : setEvidence('awaji', umnE, textE, clinE, emgA, memo);
    const gold =
      umnG === umnE && clinG === clinE
        ? withLmn(awaji, awaji.lmn)
        : setEvidence('goldCoast', umnG, umnG === umnE ? textE : umnText(rf.umnSigns, umnG, memo), clinG, emgA, memo);
    const bit = 1 << i;
    if (eec.umn) mE.umn |= bit;
    if (eec.lmnClinical) mE.lmnClinical |= bit;
    if (emgE.present) mE.lmnEmg |= bit;
    if (awaji.umn) mA.umn |= bit;
    if (awaji.lmnClinical) mA.lmnClinical |= bit;
    if (emgA.present) mA.lmnEmg |= bit;
    if (gold.umn) mG.umn |= bit;
    if (gold.lmnClinical) mG.lmnClinical |= bit;
    if (emgA.present) mG.lmnEmg |= bit;
    regions.push({
      region: rf.region,
      umnSigns: rf.umnSigns,
      lmnFindings: rf.lmn,
      examined: rf.examined,
      muscles,
      sets: { revisedElEscorial: eec, awaji, goldCoast: gold },
    });
  }
  return { regions, masks: { revisedElEscorial: mE, awaji: mA, goldCoast: mG } };
}

/** "brisk jaw jerk (midline), snout reflex (midline)"; only the `accepted` signs when given. */
export function describeSigns(signs: readonly SignFinding[], accepted?: readonly UmnSign[]): string {
  let out = '';
  for (const x of signs) {
    if (accepted && !accepted.includes(x.sign)) continue;
    out += `${out ? ', ' : ''}${UMN_SIGN_LABEL[x.sign]} (${x.side})`;
  }
  return out;
}
