/**
 * The ALSFRS-R and original ALSFRS items as data, with short paraphrased anchors for forms and
 * reports (Cedarbaum 1999; ALS CNTF Treatment Study Group 1996). Anchors are indexed by score:
 * `anchors[4]` is normal function, `anchors[0]` is no function.
 */
import type { AlsfrsOriginalRecord, AlsfrsrRecord } from '../facts/index.js';
import { VOCABULARY } from '../facts/vocabulary.js';

export type FunctionDomain = 'bulbar' | 'fineMotor' | 'grossMotor' | 'respiratory';

/** Item keys of an ALSFRS-R record, in form order (5a and 5b share slot 5). */
export type AlsfrsrItemKey = Exclude<keyof AlsfrsrRecord, 'date' | 'administeredBy' | 'respondedBy'>;
export type AlsfrsOriginalItemKey = Exclude<keyof AlsfrsOriginalRecord, 'date' | 'administeredBy'>;

export interface ItemDefinition<K extends string> {
  key: K;
  /** Number on the form: '1'…'12', '5a', '5b'. */
  number: string;
  label: string;
  domain: FunctionDomain;
  /** Paraphrased anchors, index = score (0 = no function … 4 = normal). */
  anchors: readonly [string, string, string, string, string];
}

const SPEECH = [
  'no useful speech',
  'speech plus non-vocal communication',
  'understood only with repetition',
  'noticeable speech disturbance',
  'normal',
] as const;
const SALIVATION = [
  'marked drooling, needs tissue constantly',
  'marked excess with some drooling',
  'moderate excess, may drool a little',
  'slight excess, may drool at night',
  'normal',
] as const;
const SWALLOWING = [
  'nil by mouth (all enteral or parenteral)',
  'needs supplemental tube feeding',
  'changes in food consistency',
  'early eating problems, occasional choking',
  'normal eating',
] as const;
const HANDWRITING = [
  'cannot grip a pen',
  'can grip a pen but cannot write',
  'not all words legible',
  'slow or sloppy, all words legible',
  'normal',
] as const;
const CUTTING_5A = [
  'must be fed',
  'food cut by someone else, still feeds slowly',
  'cuts most foods with some help',
  'slow or clumsy, no help needed',
  'normal',
] as const;
const CUTTING_5B = [
  'cannot do any part of the task',
  'gives minimal help to the caregiver',
  'needs some help with closures and fasteners',
  'clumsy but does all manipulations alone',
  'normal',
] as const;
const DRESSING = [
  'totally dependent',
  'needs an attendant',
  'intermittent help or substitute methods',
  'independent but slow or effortful',
  'normal',
] as const;
const TURNING = [
  'helpless',
  'can start but cannot finish alone',
  'alone but with great difficulty',
  'slow or clumsy, no help',
  'normal',
] as const;
const WALKING = [
  'no purposeful leg movement',
  'non-ambulatory functional movement only',
  'walks with assistance',
  'early walking difficulty',
  'normal',
] as const;
const STAIRS = ['cannot', 'needs assistance', 'mild unsteadiness or fatigue', 'slow', 'normal'] as const;
const DYSPNOEA = [
  'significant difficulty, considering mechanical support',
  'at rest, sitting or lying',
  'when eating, bathing or dressing',
  'when walking',
  'none',
] as const;
const ORTHOPNOEA = [
  'unable to sleep',
  'sleeps only sitting up',
  'needs more than two pillows',
  'some sleep difficulty from breathlessness',
  'none',
] as const;
const RESP_INSUFFICIENCY = [
  'invasive ventilation (intubation or tracheostomy)',
  'continuous NIV day and night',
  'continuous NIV at night',
  'intermittent NIV',
  'none',
] as const;
const RESPIRATORY_ORIGINAL = [
  'ventilator-dependent',
  'intermittent ventilatory assistance',
  'short of breath at rest',
  'short of breath on minimal exertion',
  'normal',
] as const;

/** ALSFRS-R items in form order (Cedarbaum 1999). Exactly one of 5a/5b is scored per record. */
export const ALSFRSR_ITEMS: readonly ItemDefinition<AlsfrsrItemKey>[] = [
  { key: 'speech', number: '1', label: 'Speech', domain: 'bulbar', anchors: SPEECH },
  { key: 'salivation', number: '2', label: 'Salivation', domain: 'bulbar', anchors: SALIVATION },
  { key: 'swallowing', number: '3', label: 'Swallowing', domain: 'bulbar', anchors: SWALLOWING },
  { key: 'handwriting', number: '4', label: 'Handwriting', domain: 'fineMotor', anchors: HANDWRITING },
  {
    key: 'cuttingWithoutGastrostomy',
    number: '5a',
    label: 'Cutting food and handling utensils (no gastrostomy)',
    domain: 'fineMotor',
    anchors: CUTTING_5A,
  },
  {
    key: 'cuttingWithGastrostomy',
    number: '5b',
    label: 'Cutting food and handling utensils (with gastrostomy)',
    domain: 'fineMotor',
    anchors: CUTTING_5B,
  },
  { key: 'dressing', number: '6', label: 'Dressing and hygiene', domain: 'fineMotor', anchors: DRESSING },
  {
    key: 'turningInBed',
    number: '7',
    label: 'Turning in bed and adjusting bedclothes',
    domain: 'grossMotor',
    anchors: TURNING,
  },
  { key: 'walking', number: '8', label: 'Walking', domain: 'grossMotor', anchors: WALKING },
  { key: 'climbingStairs', number: '9', label: 'Climbing stairs', domain: 'grossMotor', anchors: STAIRS },
  { key: 'dyspnoea', number: '10', label: 'Dyspnoea (R1)', domain: 'respiratory', anchors: DYSPNOEA },
  { key: 'orthopnoea', number: '11', label: 'Orthopnoea (R2)', domain: 'respiratory', anchors: ORTHOPNOEA },
  {
    key: 'respiratoryInsufficiency',
    number: '12',
    label: 'Respiratory insufficiency (R3)',
    domain: 'respiratory',
    anchors: RESP_INSUFFICIENCY,
  },
];

/** Original ALSFRS items (1996): items 1-9 as in the ALSFRS-R, item 10 a single respiratory item. */
export const ALSFRS_ORIGINAL_ITEMS: readonly ItemDefinition<AlsfrsOriginalItemKey>[] = [
  ...(ALSFRSR_ITEMS.filter((i) => i.domain !== 'respiratory') as ItemDefinition<AlsfrsOriginalItemKey>[]),
  { key: 'respiratory', number: '10', label: 'Respiratory', domain: 'respiratory', anchors: RESPIRATORY_ORIGINAL },
];

/** The items required on every ALSFRS-R record (slot 5 is checked separately: 5a xor 5b). */
export const ALSFRSR_REQUIRED_KEYS = [
  'speech',
  'salivation',
  'swallowing',
  'handwriting',
  'dressing',
  'turningInBed',
  'walking',
  'climbingStairs',
  'dyspnoea',
  'orthopnoea',
  'respiratoryInsufficiency',
] as const satisfies readonly AlsfrsrItemKey[];

export const ALSFRS_ORIGINAL_REQUIRED_KEYS = [
  'speech',
  'salivation',
  'swallowing',
  'handwriting',
  'dressing',
  'turningInBed',
  'walking',
  'climbingStairs',
  'respiratory',
] as const satisfies readonly AlsfrsOriginalItemKey[];

export const ADMINISTRATION_MODES = VOCABULARY.administration;
export const RESPONDENTS = VOCABULARY.respondedBy;

/** The anchor text for an item score, e.g. `anchorFor('walking', 2)` → 'walks with assistance'. */
export function anchorFor(key: AlsfrsrItemKey | AlsfrsOriginalItemKey, score: number): string | undefined {
  const def = ALSFRSR_ITEMS.find((i) => i.key === key) ?? ALSFRS_ORIGINAL_ITEMS.find((i) => i.key === key);
  return def?.anchors[score];
}
