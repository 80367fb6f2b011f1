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
import {
  type ChangeCode,
  type ChangeParams,
  type DenervationKey,
  type EmgPhrasing,
  renderChangeAction,
} from './changeText.js';
import type { RegionEvidence } from './regionEvidence.js';
import type { DiagnosisSettings } from './settings.js';
import { type CriteriaSet, lmnClinicalRuleFor } from './signs.js';

export interface ChangeAction {
  kind: FlipKind;
  region: Region;
  /** Stable code of the phrasing (CHANGE_CODES). */
  code: ChangeCode;
  /** The values the text names (region, set, suggested muscles by id, …). */
  params: ChangeParams;
  /** The English text: `renderChangeAction(action)`. */
  text: string;
}

export interface ChangeAlternative {
  /** The category (or 'met') the actions together reach. */
  reaches: string;
  actions: readonly ChangeAction[];
}

export interface WhatWouldChange {
  /** A category above the current one (or 'met' for Gold Coast). */
  target: string;
  /** The smallest sets of new findings that reach it; any one set suffices. */
  alternatives: readonly ChangeAlternative[];
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

/** Which denervation EMG must show: revised El Escorial does not count fasciculation potentials. */
function denervationFor(set: CriteriaSet, s: DiagnosisSettings): DenervationKey {
  if (set === 'revisedElEscorial') return 'fibrillations';
  return s.fasciculationPotentialRule === 'any' ? 'fasciculationsAny' : 'fasciculationsComplex';
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

interface EmgEntry {
  phrasing: EmgPhrasing;
  params: ChangeParams;
  text: string;
  /** Unique within the engine: keys its remembered actions and results. */
  id: number;
}

/** Bound on remembered EMG texts per engine (distinct EMG pictures); cleared when reached. */
const EMG_TEXT_MEMO_MAX = 20_000;

/** Results by search result, then the EMG text entry of each region (by identity). */
type ResultTree = Map<EmgEntry | null, ResultTree | readonly WhatWouldChange[]>;

/**
 * What an engine remembers of phrased changes: EMG texts, phrased actions and whole results (frozen,
 * shared). An action depends on the set, its kind, its region and (for EMG) the EMG text; a result on
 * the search result and those EMG texts. The engine's settings are fixed, so they are no part of a key.
 */
export class PhraseMemo {
  readonly emgTexts = new Map<number, Map<number, EmgEntry>>();
  emgTextCount = 0;
  nextEmgId = 1;
  readonly actions = new Map<number, ChangeAction>();
  results = new WeakMap<readonly RawTarget[], ResultTree>();
  /** Per search result: bit r set when some alternative adds EMG (or Awaji/Gold Coast LMN) evidence in region r. */
  readonly emgRegions = new WeakMap<readonly RawTarget[], number>();
}

/**
 * The EMG action for a region. It depends only on the set (revised El Escorial, or the two that count
 * fasciculation potentials), the region, which suggested muscles were sampled, which muscles are
 * positive, the first fasciculation-only muscle and a thoracic sample that does not count: kept on
 * exactly those facts, as numbers.
 */
function emgText(
  region: Region,
  ev: RegionEvidence,
  set: CriteriaSet,
  s: DiagnosisSettings,
  memo: PhraseMemo,
): EmgEntry {
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
    if (high === 0 && m.muscle === 'thoracicParaspinals' && !m.countsForRegion) {
      const lv = m.thoracicLevel;
      high = lv === undefined ? 14 : Number.isInteger(lv) && lv >= 0 && lv <= 12 ? lv + 1 : 15;
    }
  }
  // 1 + 2 + 8 + 6 + 4 = 21 bits of small fields, then 26 bits of positives: an exact integer key below 2^53.
  const outer =
    (eec ? 1 : 0) + REGION_INDEX[region] * 2 + sampled * 8 + fascOnly * 2048 + high * 131072 + positivesHi * 2097152;
  let inner = memo.emgTexts.get(outer);
  if (!inner) {
    inner = new Map();
    memo.emgTexts.set(outer, inner);
  }
  let entry = inner.get(positivesLo);
  if (entry === undefined) {
    if (memo.emgTextCount >= EMG_TEXT_MEMO_MAX) {
      // Results hold EMG entries: they go with them (actions are keyed by entry id, which keeps increasing).
      memo.emgTexts.clear();
      memo.actions.clear();
      memo.results = new WeakMap();
      memo.emgTextCount = 0;
      memo.emgTexts.set(outer, inner);
    }
    const { phrasing, params } = composeEmg(region, ev, set, s);
    const text = renderChangeAction({ code: `lmnEmg.${phrasing}`, params });
    entry = { phrasing, params: Object.freeze(params), text, id: memo.nextEmgId++ };
    inner.set(positivesLo, entry);
    memo.emgTextCount++;
  }
  return entry;
}

const REGION_INDEX: Readonly<Record<Region, number>> = { bulbar: 0, cervical: 1, thoracic: 2, lumbosacral: 3 };

/** The phrasing of the EMG action and the values it names (muscles by id). */
function composeEmg(
  region: Region,
  ev: RegionEvidence,
  set: CriteriaSet,
  s: DiagnosisSettings,
): { phrasing: EmgPhrasing; params: ChangeParams } {
  // No `set` here: an EMG picture is phrased once for Awaji and Gold Coast alike (the action adds it).
  const base: Record<string, ChangeParams[string]> = { region, denervation: denervationFor(set, s) };
  if (set === 'revisedElEscorial') {
    const fascOnly = ev.muscles.find((m) => m.positive.awaji && !m.positive.revisedElEscorial);
    if (fascOnly) base.fasciculationOnly = fascOnly.muscle;
  }
  if (region === 'bulbar') return { phrasing: 'bulbar', params: { ...base, suggested: ['genioglossus'] } };
  if (region === 'thoracic') {
    const high = ev.muscles.find((m) => m.muscle === 'thoracicParaspinals' && !m.countsForRegion);
    if (high) base.uncountedThoracicLevel = high.thoracicLevel ?? 'none';
    return { phrasing: 'thoracic', params: base };
  }
  const positives = ev.muscles.filter((m) => m.positive[set] && m.countsForRegion);
  const sampled = new Set(ev.muscles.map((m) => m.muscle));
  const list = SUGGESTED_MUSCLES[region];
  const ordered = [...list.filter((id) => !sampled.has(id)), ...list.filter((id) => sampled.has(id))];
  for (const p of positives) {
    const pe = muscleById(p.muscle)!;
    const c = ordered.find((id) => id !== p.muscle && musclesPairForLimbRule(pe, muscleById(id)!, s));
    if (c) return { phrasing: 'anotherRootAndNerve', params: { ...base, abnormalMuscle: p.muscle, suggested: [c] } };
  }
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const a = ordered[i]!;
      const b = ordered[j]!;
      if (musclesPairForLimbRule(muscleById(a)!, muscleById(b)!, s))
        return { phrasing: 'twoMuscles', params: { ...base, suggested: [a, b] } };
    }
  }
  return { phrasing: 'twoMusclesNoExample', params: base };
}

const SET_INDEX: Readonly<Record<CriteriaSet, number>> = { revisedElEscorial: 0, awaji: 1, goldCoast: 2 };
const KIND_INDEX: Readonly<Record<FlipKind, number>> = { lmnEmg: 0, lmnClinical: 1, umn: 2, lmn: 3 };
const needsEmg = (k: FlipKind): boolean => k === 'lmnEmg' || k === 'lmn';

/** The code and params of an action (the EMG part, when it has one, phrased once per EMG picture). */
function actionData(
  kind: FlipKind,
  region: Region,
  emg: EmgEntry | undefined,
  set: CriteriaSet,
  s: DiagnosisSettings,
): { code: ChangeCode; params: ChangeParams } {
  switch (kind) {
    case 'umn':
      return { code: 'umn', params: { region, set, examples: set === 'goldCoast' ? 'umnGoldCoast' : 'umn' } };
    case 'lmnClinical':
      return {
        code: 'lmnClinical',
        params: { region, set, lmnClinicalRule: lmnClinicalRuleFor(set, s), examples: 'lmn' },
      };
    case 'lmnEmg':
      return { code: `lmnEmg.${emg!.phrasing}`, params: { region, set, ...emg!.params } };
    default:
      return {
        code: `lmn.${emg!.phrasing}`,
        params: { region, set, ...emg!.params, lmnClinicalRule: lmnClinicalRuleFor(set, s) },
      };
  }
}

const NO_CHANGES: readonly WhatWouldChange[] = Object.freeze([]);

function actionFor(
  f: Flip,
  emg: EmgEntry | undefined,
  set: CriteriaSet,
  s: DiagnosisSettings,
  memo: PhraseMemo,
): ChangeAction {
  const key = (emg ? emg.id : 0) * 64 + SET_INDEX[set] * 16 + KIND_INDEX[f.kind] * 4 + f.region;
  let a = memo.actions.get(key);
  if (!a) {
    const region = REGIONS[f.region]!;
    const { code, params } = actionData(f.kind, region, emg, set, s);
    // The EMG text is already rendered with its entry; the other codes render here, once per key.
    const text = f.kind === 'lmnEmg' ? emg!.text : renderChangeAction({ code, params });
    a = Object.freeze({ kind: f.kind, region, code, params: Object.freeze(params), text });
    memo.actions.set(key, a);
  }
  return a;
}

/**
 * Phrase raw search targets for one criteria set. `names` maps a rank to its category name; `memo`
 * is the engine's (a fresh one when called alone).
 */
export function phraseChanges(
  raw: readonly RawTarget[],
  names: readonly string[],
  regions: readonly RegionEvidence[],
  set: CriteriaSet,
  s: DiagnosisSettings,
  memo = new PhraseMemo(),
): readonly WhatWouldChange[] {
  if (raw.length === 0) return NO_CHANGES;
  // The EMG texts this result needs, one per region that an EMG finding would change.
  const emg: (EmgEntry | undefined)[] = [undefined, undefined, undefined, undefined];
  const needs = emgRegionsOf(raw, memo);
  for (let r = 0; r < 4; r++) if (needs & (1 << r)) emg[r] = emgText(REGIONS[r]!, regions[r]!, set, s, memo);
  let node = memo.results.get(raw);
  if (!node) {
    node = new Map();
    memo.results.set(raw, node);
  }
  // Walk one level per region (identity keys: no string building or hashing).
  for (let r = 0; r < 3; r++) {
    const k = emg[r] ?? null;
    let next = node.get(k) as ResultTree | undefined;
    if (!next) {
      next = new Map();
      node.set(k, next);
    }
    node = next;
  }
  const leaf = node;
  const lastKey = emg[3] ?? null;
  let out = leaf.get(lastKey) as readonly WhatWouldChange[] | undefined;
  if (!out) {
    out = Object.freeze(
      raw.map((t) =>
        Object.freeze({
          target: names[t.rank]!,
          alternatives: Object.freeze(
            t.alternatives.map((a) =>
              Object.freeze({
                reaches: names[a.reachesRank]!,
                actions: Object.freeze(
                  a.flips.map((f) => actionFor(f, needsEmg(f.kind) ? emg[f.region] : undefined, set, s, memo)),
                ),
              }),
            ),
          ),
        }),
      ),
    );
    leaf.set(lastKey, out);
  }
  return out;
}

/** Bit r set when some alternative adds EMG (or Awaji/Gold Coast LMN) evidence in region r. */
function emgRegionsOf(raw: readonly RawTarget[], memo: PhraseMemo): number {
  let m = memo.emgRegions.get(raw);
  if (m === undefined) {
    m = 0;
    for (const t of raw)
      for (const a of t.alternatives) for (const f of a.flips) if (needsEmg(f.kind)) m |= 1 << f.region;
    memo.emgRegions.set(raw, m);
  }
  return m;
}
