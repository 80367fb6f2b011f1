/**
 * "What would change it" as data: each action has a stable code (one per phrasing) and the values
 * its sentence names (region, criteria set, suggested muscles by id, the example signs, the
 * denervation rule), and the English text is rendered from them by one template per code
 * (CHANGE_TEMPLATES), as the trace lines are (traceText.ts). A translation is another table of the
 * same shape. Actions are built where they are memoised (phrase.ts), so rendering costs nothing per
 * evaluation once seen.
 */
import { muscleById } from '../anatomy/muscles.js';
import type { Region } from '../facts/index.js';
import { LMN_CLINICAL_RULE_TEXT, type LmnClinicalRule } from './signs.js';

/**
 * Stable codes of what-would-change actions (JSON `whatWouldChange[].alternatives[].actions[].code`).
 * EMG actions have one code per phrasing: `lmnEmg.*` alone (revised El Escorial lab-supported,
 * Awaji-Shima and Gold Coast EMG), `lmn.*` offered beside clinical LMN signs.
 */
export const CHANGE_CODES = [
  /** UMN signs in a region on examination. */
  'umn',
  /** Clinical LMN signs in a region. */
  'lmnClinical',
  /** EMG of one bulbar muscle. */
  'lmnEmg.bulbar',
  /** EMG of the thoracic paraspinals at or below T6, or rectus abdominis. */
  'lmnEmg.thoracic',
  /** One more limb muscle on another root and nerve than a muscle already abnormal. */
  'lmnEmg.anotherRootAndNerve',
  /** Two limb muscles on different roots and nerves, with an example pair. */
  'lmnEmg.twoMuscles',
  /** Two limb muscles on different roots and nerves, no example pair available. */
  'lmnEmg.twoMusclesNoExample',
  /** LMN involvement by EMG (as the lmnEmg.* code of the same suffix) or clinically. */
  'lmn.bulbar',
  'lmn.thoracic',
  'lmn.anotherRootAndNerve',
  'lmn.twoMuscles',
  'lmn.twoMusclesNoExample',
] as const;
export type ChangeCode = (typeof CHANGE_CODES)[number];

/** How an EMG action is phrased: the suffix of its `lmnEmg.*` and `lmn.*` codes. */
export type EmgPhrasing = 'bulbar' | 'thoracic' | 'anotherRootAndNerve' | 'twoMuscles' | 'twoMusclesNoExample';

export type ChangeParamValue = string | number | boolean | readonly string[] | undefined;
/**
 * The values an action's sentence names: always `region` and `set`; `examples` (a key of
 * CHANGE_EXAMPLES) for clinical signs; `lmnClinicalRule` for clinical LMN; for EMG `denervation` (a
 * key of DENERVATION_TEXT), `suggested` (muscle ids, the first the one to sample), `abnormalMuscle`
 * (the muscle already positive), `fasciculationOnly` (a muscle whose fasciculation potentials count
 * under Awaji, not revised El Escorial) and `uncountedThoracicLevel` (a thoracic paraspinal sample
 * that does not count: its level, or 'none' when it has none).
 */
export type ChangeParams = Readonly<Record<string, ChangeParamValue>>;
export type ChangeTemplates = Readonly<Record<ChangeCode, (p: ChangeParams) => string>>;

/** Example signs by region, named by the `examples` param. */
export const CHANGE_EXAMPLES = {
  umn: {
    bulbar: 'brisk jaw jerk, snout reflex, spastic dysarthria',
    cervical: 'Hoffmann sign, brisk or spreading arm reflexes, a reflex kept in a wasted arm muscle',
    thoracic: 'pathological trunk reflexes, lost abdominal reflexes',
    lumbosacral: 'Babinski sign, crossed adductor, spasticity, brisk knee or ankle reflexes',
  },
  // Shefner 2020 names slow, poorly coordinated tongue movement and leaves out the abdominal reflexes.
  umnGoldCoast: {
    bulbar: 'brisk jaw jerk, snout reflex, slow poorly coordinated tongue movement',
    cervical: 'Hoffmann sign, brisk or spreading arm reflexes, a reflex kept in a wasted arm muscle',
    thoracic: 'pathological trunk reflexes',
    lumbosacral: 'Babinski sign, crossed adductor, spasticity, brisk knee or ankle reflexes',
  },
  lmn: {
    bulbar: 'tongue wasting',
    cervical: 'wasting of hand or arm muscles',
    thoracic: 'abdominal wall weakness and wasting',
    lumbosacral: 'wasting of leg muscles',
  },
} as const satisfies Record<string, Readonly<Record<Region, string>>>;
export type ChangeExamplesKey = keyof typeof CHANGE_EXAMPLES;

/** What EMG must show: revised El Escorial counts fibrillations and sharp waves; Awaji and Gold Coast fasciculation potentials too. */
export const DENERVATION_TEXT = {
  fibrillations: 'chronic neurogenic change with fibrillations or positive sharp waves',
  fasciculationsAny: 'chronic neurogenic change with fibrillations, positive sharp waves or fasciculation potentials',
  fasciculationsComplex:
    'chronic neurogenic change with fibrillations, positive sharp waves or complex fasciculation potentials',
} as const;
export type DenervationKey = keyof typeof DENERVATION_TEXT;

const str = (v: ChangeParamValue): string => String(v);
const muscle = (id: ChangeParamValue): string => muscleById(String(id))?.name ?? String(id);
const suggested = (p: ChangeParams, i: number): string =>
  muscle(Array.isArray(p.suggested) ? (p.suggested as readonly string[])[i] : undefined);
const what = (p: ChangeParams): string => DENERVATION_TEXT[p.denervation as DenervationKey];
const examples = (p: ChangeParams): string => CHANGE_EXAMPLES[p.examples as ChangeExamplesKey][p.region as Region];
const rule = (p: ChangeParams): string => LMN_CLINICAL_RULE_TEXT[p.lmnClinicalRule as LmnClinicalRule];
/** Fasciculation potentials that count under Awaji but not revised El Escorial (issue 8: say why a sample did not count). */
const hint = (p: ChangeParams): string =>
  p.fasciculationOnly === undefined
    ? ''
    : ` (${muscle(p.fasciculationOnly)} shows fasciculation potentials with chronic change: these count under Awaji, not here)`;
const thoracicExtra = (p: ChangeParams): string =>
  p.uncountedThoracicLevel === undefined
    ? ''
    : ` (the thoracic paraspinal sample ${p.uncountedThoracicLevel === 'none' ? 'without a level' : `at T${p.uncountedThoracicLevel}`} does not count)`;

const EMG_TEMPLATES: Readonly<Record<EmgPhrasing, (p: ChangeParams) => string>> = {
  bulbar: (p) => `EMG of one bulbar muscle showing ${what(p)}, e.g. ${suggested(p, 0)}${hint(p)}`,
  thoracic: (p) =>
    `EMG of the thoracic paraspinals at or below T6, or of rectus abdominis, showing ${what(p)}${thoracicExtra(p)}${hint(p)}`,
  anotherRootAndNerve: (p) =>
    `EMG of one more ${str(p.region)} muscle on another root and nerve than ${muscle(p.abnormalMuscle)}, showing ${what(p)}, e.g. ${suggested(p, 0)}${hint(p)}`,
  twoMuscles: (p) =>
    `EMG of two ${str(p.region)} muscles on different roots and nerves, each showing ${what(p)}, e.g. ${suggested(p, 0)} and ${suggested(p, 1)}${hint(p)}`,
  twoMusclesNoExample: (p) =>
    `EMG of two ${str(p.region)} muscles on different roots and nerves showing ${what(p)}${hint(p)}`,
};
const lmnTemplate =
  (emg: EmgPhrasing) =>
  (p: ChangeParams): string =>
    `LMN involvement in the ${str(p.region)} region: ${EMG_TEMPLATES[emg](p)}; or clinically, ${rule(p)}`;

/** The English text of every action, by code. */
export const CHANGE_TEMPLATES: ChangeTemplates = {
  umn: (p) => `UMN signs in the ${str(p.region)} region on examination (e.g. ${examples(p)})`,
  lmnClinical: (p) => `clinical LMN signs in the ${str(p.region)} region (${rule(p)}, e.g. ${examples(p)})`,
  'lmnEmg.bulbar': EMG_TEMPLATES.bulbar,
  'lmnEmg.thoracic': EMG_TEMPLATES.thoracic,
  'lmnEmg.anotherRootAndNerve': EMG_TEMPLATES.anotherRootAndNerve,
  'lmnEmg.twoMuscles': EMG_TEMPLATES.twoMuscles,
  'lmnEmg.twoMusclesNoExample': EMG_TEMPLATES.twoMusclesNoExample,
  'lmn.bulbar': lmnTemplate('bulbar'),
  'lmn.thoracic': lmnTemplate('thoracic'),
  'lmn.anotherRootAndNerve': lmnTemplate('anotherRootAndNerve'),
  'lmn.twoMuscles': lmnTemplate('twoMuscles'),
  'lmn.twoMusclesNoExample': lmnTemplate('twoMusclesNoExample'),
};

/**
 * An action in words.
 *
 * @example renderChangeAction({ code: 'lmnClinical', params: { region: 'bulbar', set: 'awaji', lmnClinicalRule: 'wastingOrLmnWeakness', examples: 'lmn' } }) // 'clinical LMN signs in the bulbar region (wasting, or weakness of LMN type, e.g. tongue wasting)'
 */
export function renderChangeAction(
  action: { code: ChangeCode; params: ChangeParams },
  templates: Partial<ChangeTemplates> = CHANGE_TEMPLATES,
): string {
  // A translation that lacks a code falls back to English rather than printing nothing.
  return (templates[action.code] ?? CHANGE_TEMPLATES[action.code])(action.params);
}
