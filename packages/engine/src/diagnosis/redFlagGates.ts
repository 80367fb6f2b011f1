/**
 * What a case offers the red-flag rules, as bits, so that a rule is asked only when the case has
 * something it reads (most cases have no sensory, NCS, history or result feature at all, and most of
 * the 38 rules then cannot fire). A rule's `gate` names the bits it needs (any of them); a rule
 * without a gate is always asked. The gates add no clinical rule: they only skip a `fires` that would
 * return null, which a test checks for every rule over examples and random pictures.
 */
import { INVESTIGATION_CODES } from './catalogue.js';
import type { FlagContext } from './redFlags.js';

/** A sign or feature of the examination a rule reads (sensory, ocular, sphincter, myopathic, …). */
export const OTHER = 1;
/** A nerve conduction finding. */
export const NCS = 2;
/** A history item a rule reads (exposures, tempo, family diseases, ancestry, adrenal insufficiency, …). */
export const HISTORY = 4;
/** An abnormal recorded result, a lab value or a CK. */
export const RESULTS = 8;
/** An EMG muscle with myopathic units. */
export const MYOPATHIC_EMG = 16;
/** LMN signs without UMN signs. */
export const PURE_LMN = 32;
/** UMN signs without LMN signs. */
export const PURE_UMN = 64;
/** Neither UMN nor LMN signs (clinical or EMG). */
export const NO_UMN_OR_LMN = 128;
/** LMN signs in the arms and UMN signs in the legs. */
export const UMN_LEGS_LMN_ARMS = 256;

/** Examination findings common in ALS that no rule reads: they open no gate. */
const NOT_READ: ReadonlySet<string> = new Set(['headDrop', 'splitHand', 'cognitiveOrBehaviouralChange']);

/** The gate bits the case opens. */
export function presentFeatures(x: FlagContext): number {
  let bits = 0;
  const o = x.f.other;
  for (const k in o) {
    if (o[k as keyof typeof o] === true && !NOT_READ.has(k)) {
      bits |= OTHER;
      break;
    }
  }
  const n = x.f.ncs;
  for (const k in n) {
    if (n[k as keyof typeof n] === true) {
      bits |= NCS;
      break;
    }
  }
  const h = x.history;
  if (
    h.adrenalInsufficiency ||
    (h.familyHistory?.diseases?.length ?? 0) > 0 ||
    h.weaknessTempo !== undefined ||
    h.priorPolio ||
    h.priorRadiotherapy ||
    h.bariatricSurgery ||
    h.zincExposure ||
    h.htlv1EndemicOrigin ||
    h.bloodTransfusion ||
    h.heavyMetalExposure ||
    h.ancestry !== undefined
  )
    bits |= HISTORY;
  if (x.labs.length > 0 || x.records.ckMaxIuPerL !== undefined) bits |= RESULTS;
  else {
    for (const i of x.records.presentIndices()) {
      if (x.records.get(INVESTIGATION_CODES[i]!)?.status === 'abnormal') {
        bits |= RESULTS;
        break;
      }
    }
  }
  for (const m of x.f.muscles) {
    if (m.myopathicMups) {
      bits |= MYOPATHIC_EMG;
      break;
    }
  }
  if (x.umn === 0) bits |= x.lmn === 0 ? NO_UMN_OR_LMN : PURE_LMN;
  else if (x.lmn === 0) bits |= PURE_UMN;
  if ((x.lmn & 2) !== 0 && (x.umn & 8) !== 0) bits |= UMN_LEGS_LMN_ARMS;
  return bits;
}
