/**
 * Turns the what-would-change search into actions a clinician takes: which region to re-examine for
 * which signs, and which muscle to sample next on EMG (one on another root and nerve than the muscle
 * already abnormal, e.g. biceps brachii after first dorsal interosseous).
 */
import { type MuscleId, muscleById, muscleIndex } from '../anatomy/muscles.js';
import { REGIONS } from '../anatomy/regions.js';
import { musclesPairForLimbRule } from '../anatomy/rules.js';
import type { Region } from '../facts/index.js';
import type { Flip, FlipKind, RawTarget } from './changes.js';
import type { RegionEvidence } from './regionEvidence.js';
import type { DiagnosisSettings } from './settings.js';
import { type CriteriaSet, LMN_CLINICAL_RULE_TEXT, lmnClinicalRuleFor } from './signs.js';

export interface ChangeAction {
  kind: FlipKind;
  region: Region;
  text: string;
}

export interface ChangeAlternative {
  /** The category (or 'met') the actions together reach. */
  reaches: string;
  actions: ChangeAction[];
}

export interface WhatWouldChange {
  /** A category above the current one (or 'met' for Gold Coast). */
  target: string;
  /** The smallest sets of new findings that reach it; any one set suffices. */
  alternatives: ChangeAlternative[];
}

/** Muscles to suggest, most commonly sampled first. */
const SUGGESTED_MUSCLES: Readonly<Record<Region, readonly MuscleId[]>> = {
  bulbar: ['genioglossus', 'masseter', 'orbicularisOris'],
  cervical: [
    'firstDorsalInterosseous',
    'bicepsBrachii',
    'tricepsBrachii',
    'deltoid',
    'extensorDigitorumCommunis',
    'pronatorTeres',
    'abductorPollicisBrevis',
    'flexorCarpiUlnaris',
  ],
  thoracic: ['thoracicParaspinals', 'rectusAbdominis'],
  lumbosacral: [
    'tibialisAnterior',
    'gastrocnemiusMedial',
    'vastusLateralis',
    'tibialisPosterior',
    'gluteusMedius',
    'iliopsoas',
    'bicepsFemorisShortHead',
  ],
};

const UMN_EXAMPLES: Readonly<Record<Region, string>> = {
  bulbar: 'brisk jaw jerk, snout reflex, spastic dysarthria',
  cervical: 'Hoffmann sign, brisk or spreading arm reflexes, a reflex kept in a wasted arm muscle',
  thoracic: 'pathological trunk reflexes, lost abdominal reflexes',
  lumbosacral: 'Babinski sign, crossed adductor, spasticity, brisk knee or ankle reflexes',
};
const UMN_EXAMPLES_GOLD_COAST: Readonly<Record<Region, string>> = {
  ...UMN_EXAMPLES,
  bulbar: 'brisk jaw jerk, snout reflex, slow poorly coordinated tongue movement',
  thoracic: 'pathological trunk reflexes',
};

const LMN_EXAMPLES: Readonly<Record<Region, string>> = {
  bulbar: 'tongue wasting',
  cervical: 'wasting of hand or arm muscles',
  thoracic: 'abdominal wall weakness and wasting',
  lumbosacral: 'wasting of leg muscles',
};

function denervationText(set: CriteriaSet, s: DiagnosisSettings): string {
  if (set === 'revisedElEscorial') return 'chronic neurogenic change with fibrillations or positive sharp waves';
  return s.fasciculationPotentialRule === 'any'
    ? 'chronic neurogenic change with fibrillations, positive sharp waves or fasciculation potentials'
    : 'chronic neurogenic change with fibrillations, positive sharp waves or complex fasciculation potentials';
}

const SUGGESTED_BIT: Readonly<Record<Region, ReadonlyMap<string, number>>> = {
  bulbar: bits(SUGGESTED_MUSCLES.bulbar),
  cervical: bits(SUGGESTED_MUSCLES.cervical),
  thoracic: bits(SUGGESTED_MUSCLES.thoracic),
  lumbosacral: bits(SUGGESTED_MUSCLES.lumbosacral),
};
function bits(ids: readonly MuscleId[]): ReadonlyMap<string, number> {
  return new Map(ids.map((id, i) => [id, 1 << i]));
}

const emgTextMemo = new WeakMap<DiagnosisSettings, Map<number, Map<number, string>>>();
/** Bound on memoised EMG texts per settings object (distinct EMG pictures); cleared when reached. */
const EMG_TEXT_MEMO_MAX = 20_000;
let emgTextMemoSize = 0;

/**
 * The EMG action for a region. It depends only on the set (revised El Escorial, or the two that count
 * fasciculation potentials), the region, which suggested muscles were sampled, which muscles are
 * positive, the first fasciculation-only muscle and a thoracic sample that does not count: memoised on
 * exactly those facts, as numbers.
 */
function emgText(region: Region, ev: RegionEvidence, set: CriteriaSet, s: DiagnosisSettings): string {
  let memo = emgTextMemo.get(s);
  if (!memo) {
    memo = new Map();
    emgTextMemo.set(s, memo);
  }
  const suggested = SUGGESTED_BIT[region];
  const eec = set === 'revisedElEscorial';
  let sampled = 0;
  let positivesLo = 0;
  let positivesHi = 0;
  let fascOnly = 0;
  let high = 0;
  for (const m of ev.muscles) {
    const b = suggested.get(m.muscle);
    if (b !== undefined) sampled |= b;
    if (m.positive[set] && m.countsForRegion) {
      const i = muscleIndex(m.muscle);
      if (i < 26) positivesLo |= 1 << i;
      else positivesHi |= 1 << (i - 26);
    }
    if (eec && fascOnly === 0 && m.positive.awaji && !m.positive.revisedElEscorial)
      fascOnly = muscleIndex(m.muscle) + 1;
    if (high === 0 && m.muscle === 'thoracicParaspinals' && !m.countsForRegion) high = (m.thoracicLevel ?? 0) + 1;
  }
  // 1 + 2 + 8 + 6 + 4 = 21 bits of small fields, then 26 bits of positives: an exact integer key below 2^53.
  const outer =
    (eec ? 1 : 0) + REGION_INDEX[region] * 2 + sampled * 8 + fascOnly * 2048 + high * 131072 + positivesHi * 2097152;
  let inner = memo.get(outer);
  if (!inner) {
    inner = new Map();
    memo.set(outer, inner);
  }
  let text = inner.get(positivesLo);
  if (text === undefined) {
    if (emgTextMemoSize >= EMG_TEXT_MEMO_MAX) {
      memo.clear();
      emgTextMemoSize = 0;
      memo.set(outer, inner);
    }
    text = composeEmgText(region, ev, set, s);
    inner.set(positivesLo, text);
    emgTextMemoSize++;
  }
  return text;
}

const REGION_INDEX: Readonly<Record<Region, number>> = { bulbar: 0, cervical: 1, thoracic: 2, lumbosacral: 3 };

function composeEmgText(region: Region, ev: RegionEvidence, set: CriteriaSet, s: DiagnosisSettings): string {
  const what = denervationText(set, s);
  const positives = ev.muscles.filter((m) => m.positive[set] && m.countsForRegion);
  const sampled = new Set(ev.muscles.map((m) => m.muscle));
  let hint = '';
  if (set === 'revisedElEscorial') {
    const fascOnly = ev.muscles.find((m) => m.positive.awaji && !m.positive.revisedElEscorial);
    if (fascOnly)
      hint = ` (${fascOnly.name} shows fasciculation potentials with chronic change: these count under Awaji, not here)`;
  }
  if (region === 'bulbar') return `EMG of one bulbar muscle showing ${what}, e.g. genioglossus (tongue)${hint}`;
  if (region === 'thoracic') {
    const high = ev.muscles.find((m) => m.muscle === 'thoracicParaspinals' && !m.countsForRegion);
    const extra = high
      ? ` (the thoracic paraspinal sample ${high.thoracicLevel === undefined ? 'without a level' : `at T${high.thoracicLevel}`} does not count)`
      : '';
    return `EMG of the thoracic paraspinals at or below T6, or of rectus abdominis, showing ${what}${extra}${hint}`;
  }
  const list = SUGGESTED_MUSCLES[region];
  const ordered = [...list.filter((id) => !sampled.has(id)), ...list.filter((id) => sampled.has(id))];
  if (positives.length > 0) {
    for (const p of positives) {
      const pe = muscleById(p.muscle)!;
      const c = ordered.find((id) => id !== p.muscle && musclesPairForLimbRule(pe, muscleById(id)!, s));
      if (c) {
        return `EMG of one more ${region} muscle on another root and nerve than ${p.name}, showing ${what}, e.g. ${muscleById(c)!.name}${hint}`;
      }
    }
  }
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const a = muscleById(ordered[i]!)!;
      const b = muscleById(ordered[j]!)!;
      if (musclesPairForLimbRule(a, b, s)) {
        return `EMG of two ${region} muscles on different roots and nerves, each showing ${what}, e.g. ${a.name} and ${b.name}${hint}`;
      }
    }
  }
  return `EMG of two ${region} muscles on different roots and nerves showing ${what}${hint}`;
}

function actionText(f: Flip, ev: RegionEvidence, set: CriteriaSet, s: DiagnosisSettings): string {
  const region = REGIONS[f.region]!;
  const rule = LMN_CLINICAL_RULE_TEXT[lmnClinicalRuleFor(set, s)];
  switch (f.kind) {
    case 'umn':
      return `UMN signs in the ${region} region on examination (e.g. ${(set === 'goldCoast' ? UMN_EXAMPLES_GOLD_COAST : UMN_EXAMPLES)[region]})`;
    case 'lmnClinical':
      return `clinical LMN signs in the ${region} region (${rule}, e.g. ${LMN_EXAMPLES[region]})`;
    case 'lmnEmg':
      return emgText(region, ev, set, s);
    default:
      return `LMN involvement in the ${region} region: ${emgText(region, ev, set, s)}; or clinically, ${rule}`;
  }
}

/** Phrase raw search targets for one criteria set. `names` maps a rank to its category name. */
export function phraseChanges(
  raw: readonly RawTarget[],
  names: readonly string[],
  regions: readonly RegionEvidence[],
  set: CriteriaSet,
  s: DiagnosisSettings,
): WhatWouldChange[] {
  if (raw.length === 0) return [];
  // The same finding recurs across targets and alternatives: phrase each (kind, region) once per call.
  const actions: (ChangeAction | undefined)[] = new Array(16);
  const action = (f: Flip): ChangeAction => {
    const k = (KIND_INDEX[f.kind] << 2) | f.region;
    let a = actions[k];
    if (!a) {
      a = { kind: f.kind, region: REGIONS[f.region]!, text: actionText(f, regions[f.region]!, set, s) };
      actions[k] = a;
    }
    return a;
  };
  return raw.map((t) => ({
    target: names[t.rank]!,
    alternatives: t.alternatives.map((a) => ({ reaches: names[a.reachesRank]!, actions: a.flips.map(action) })),
  }));
}

const KIND_INDEX: Readonly<Record<FlipKind, number>> = { lmnEmg: 0, lmnClinical: 1, umn: 2, lmn: 3 };
