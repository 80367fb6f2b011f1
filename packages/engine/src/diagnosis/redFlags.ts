/**
 * Red flags: findings that argue against ALS, each with the mimics it points to and the test that
 * separates them (Turner & Talbot 2013; BMJ Best Practice; MSD Manual). A red flag never changes the
 * anatomical category; it keeps "exclusions complete" open until its tests are recorded, or, where
 * a negative test cannot exclude the mimic, until the clinician records a judgement on it. A recorded
 * judgement always decides: explained closes the flag, not explained keeps it open.
 */
import type { Source } from '../common/source.js';
import type { History, RedFlagJudgement, Sex } from '../facts/index.js';
import { CATALOGUE, type InvestigationCode } from './catalogue.js';
import type { Findings } from './findings.js';
import type { RecordedStatus, RecordLookup } from './investigations.js';
import type { RedFlagCode } from './redFlagCodes.js';
import {
  BMJ_BEST_PRACTICE,
  MSD_MANUAL,
  TURNER_2020_PLS,
  TURNER_TALBOT_2013,
  TURNER_TALBOT_2013_TABLE,
} from './sources.js';

export interface FlagContext {
  f: Findings;
  /** Regions with clinical UMN signs (bit 0 bulbar … bit 3 lumbosacral). */
  umn: number;
  /** Regions with LMN evidence, clinical or EMG. */
  lmn: number;
  /** Regions with any clinical LMN component, fasciculations included. */
  lmnAnyComponent: number;
  /** Regions where both left and right show LMN signs. */
  lmnBilateral: number;
  sex: Sex | undefined;
  ageAtOnsetYears: number | undefined;
  /** Case paths missing to compute the age at onset. */
  ageNeeds: string[];
  history: History;
  records: RecordLookup;
  /** The clinician's latest judgement per red-flag code, on or before the assessment date. */
  judgements: ReadonlyMap<string, RedFlagJudgement>;
}

export interface RedFlagRule {
  code: RedFlagCode;
  title: string;
  mimics: readonly string[];
  /** Tests that separate the mimics: exclusions stay open until each is recorded. */
  tests: readonly InvestigationCode[];
  alsoConsider?: readonly InvestigationCode[];
  /**
   * `false` when a negative (normal) separating test does not exclude the mimic: the flag then stays
   * open after its tests until the clinician judges it, or a test is positive (and reviewed in the workup).
   */
  negativeTestsClose?: false;
  note?: string;
  source: Source;
  /** The finding in words when the flag fires, else null. */
  fires(ctx: FlagContext): string | null;
  /** When set: the facts without which the rule cannot be judged although its other parts hold. */
  cannotJudge?(ctx: FlagContext): string[] | null;
}

const B = 1;
const C = 2;
const T = 4;
const L = 8;

/** Onset before this age is "young onset" for the Hirayama, adult SMA and HMN flags. */
export const YOUNG_ONSET_AGE_YEARS = 30;
/** CK above this (IU/L) points to a myopathy; mildly raised CK is common in ALS. */
export const CK_RED_FLAG_IU_PER_L = 1000;

const youngNeeds = (ctx: FlagContext, pattern: boolean): string[] | null =>
  pattern && ctx.ageAtOnsetYears === undefined ? ctx.ageNeeds : null;
const pureLmn = (ctx: FlagContext): boolean => ctx.umn === 0 && ctx.lmn !== 0;
const monomelicArm = (ctx: FlagContext): boolean => pureLmn(ctx) && ctx.lmn === C && (ctx.lmnBilateral & C) === 0;

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    code: 'sensorySigns',
    title: 'objective sensory loss',
    mimics: [
      'radiculopathy or myelopathy',
      'neuropathy (CIDP, paraproteinaemic)',
      'SBMA (sensory neuronopathy)',
      'B12 or copper deficiency',
    ],
    tests: ['mriCervicalSpine', 'b12', 'copper', 'spep'],
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.f.other.objectiveSensoryLoss ? 'objective sensory loss on examination' : null),
  },
  {
    code: 'sensoryLevel',
    title: 'sensory level',
    mimics: ['compressive or inflammatory myelopathy'],
    tests: ['mriCervicalSpine', 'mriThoracicSpine'],
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.f.other.sensoryLevel ? 'a sensory level on examination' : null),
  },
  {
    code: 'abnormalSensoryNerveConduction',
    title: 'abnormal sensory nerve conduction',
    mimics: ['SBMA (Kennedy disease)', 'sensorimotor neuropathy (CIDP, paraproteinaemic)', 'B12 or copper deficiency'],
    tests: ['spep', 'b12', 'copper'],
    alsoConsider: ['arCagRepeat'],
    note: 'sensory potentials should be normal in ALS unless entrapment or a known neuropathy explains them',
    source: TURNER_TALBOT_2013,
    fires: (x) =>
      x.f.ncs.sensoryAbnormal && !x.f.ncs.sensoryAbnormalExplained
        ? 'sensory responses abnormal on NCS, not explained by entrapment'
        : null,
  },
  {
    code: 'motorConductionBlock',
    title: 'motor conduction block or demyelinating slowing',
    mimics: ['multifocal motor neuropathy', 'CIDP'],
    tests: ['antiGm1'],
    alsoConsider: ['csf'],
    // Anti-GM1 IgM is found in only part of patients with MMN: a negative result leaves the
    // conduction block to the clinician's judgement (the rule's own note).
    negativeTestsClose: false,
    note: 'a negative anti-GM1 does not exclude MMN: weigh the conduction block itself; consider an IVIG trial',
    source: BMJ_BEST_PRACTICE,
    fires: (x) =>
      x.f.ncs.motorConductionBlock
        ? 'motor conduction block on NCS'
        : x.f.ncs.demyelinatingSlowing
          ? 'demyelinating-range slowing on NCS'
          : null,
  },
  {
    code: 'sphincterDysfunction',
    title: 'early sphincter dysfunction',
    mimics: ['compressive myelopathy', 'multiple sclerosis', 'HTLV-1 myelopathy', 'cauda equina lesion'],
    tests: ['mriCervicalSpine', 'mriThoracicSpine', 'htlv1'],
    alsoConsider: ['mriLumbarSpine', 'csf'],
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.f.other.sphincterDysfunction ? 'bladder or bowel sphincter dysfunction' : null),
  },
  {
    code: 'ocularMotilityOrPtosis',
    title: 'eye movement disorder or ptosis',
    mimics: ['myasthenia gravis', 'mitochondrial disease', 'brainstem lesion'],
    tests: ['achrMuskAntibodies', 'rns', 'mriBrain'],
    note: 'ALS spares the extraocular muscles',
    source: TURNER_TALBOT_2013,
    fires: (x) =>
      x.f.other.ocularMotilityAbnormal && x.f.other.ptosis
        ? 'abnormal eye movements and ptosis'
        : x.f.other.ocularMotilityAbnormal
          ? 'abnormal eye movements'
          : x.f.other.ptosis
            ? 'ptosis'
            : null,
  },
  {
    code: 'fatigableWeakness',
    title: 'fatigable or fluctuating weakness',
    mimics: ['myasthenia gravis', 'Lambert-Eaton myasthenic syndrome'],
    tests: ['achrMuskAntibodies', 'vgccAntibodies', 'rns'],
    note: 'a decrement on repetitive stimulation alone occurs in ALS and does not make myasthenia',
    source: BMJ_BEST_PRACTICE,
    fires: (x) =>
      x.f.other.fatigableWeakness
        ? 'fatigable weakness on examination'
        : x.f.ncs.rnsIncrement
          ? 'post-exercise increment on repetitive nerve stimulation'
          : null,
  },
  {
    code: 'lmnArmsUmnLegsWithoutBulbarSigns',
    title: 'LMN signs in the arms, UMN signs in the legs, nothing above the neck',
    mimics: ['cervical spondylotic myeloradiculopathy'],
    tests: ['mriCervicalSpine'],
    note: 'EMG of the thoracic paraspinals helps: spared in spondylotic amyotrophy, denervated in ALS (Kuncl 1988)',
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) =>
      (x.lmn & C) !== 0 &&
      (x.lmn & (T | L)) === 0 &&
      (x.umn & L) !== 0 &&
      ((x.umn | x.lmn | x.lmnAnyComponent) & B) === 0
        ? x.f.regions[0].examined
          ? 'LMN signs in the arms only, UMN signs in the legs, no bulbar signs (LMN rostral to UMN)'
          : 'LMN signs in the arms only, UMN signs in the legs, no bulbar signs recorded (bulbar region not examined; LMN rostral to UMN)'
        : null,
  },
  {
    code: 'neckOrRadicularPain',
    title: 'neck or radicular pain',
    mimics: ['cervical radiculopathy', 'cervical spondylotic myelopathy'],
    tests: ['mriCervicalSpine'],
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.f.other.neckOrRadicularPain ? 'neck or radicular pain' : null),
  },
  {
    code: 'lmnConfinedToLegs',
    title: 'LMN signs confined to the legs',
    mimics: ['lumbar canal stenosis', 'polyradiculopathy'],
    tests: ['mriLumbarSpine'],
    alsoConsider: ['csf'],
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) => (x.umn === 0 && x.lmn === L ? 'LMN signs only in the lumbosacral region, no UMN signs' : null),
  },
  {
    code: 'isolatedDysphagia',
    title: 'isolated dysphagia',
    mimics: ['brainstem lesion (stroke, tumour)', 'myasthenia gravis'],
    tests: ['mriBrain'],
    alsoConsider: ['achrMuskAntibodies'],
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) => (x.f.other.isolatedDysphagia ? 'dysphagia with little or no dysarthria' : null),
  },
  {
    code: 'hemiparesis',
    title: 'hemiparesis',
    mimics: ['stroke', 'brain tumour', 'multiple sclerosis'],
    tests: ['mriBrain'],
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) => (x.f.other.hemiparesis ? 'hemiparesis' : null),
  },
  {
    code: 'kennedyFeatures',
    title: 'features of spinal and bulbar muscular atrophy',
    mimics: ['spinal and bulbar muscular atrophy (Kennedy disease)'],
    tests: ['arCagRepeat'],
    alsoConsider: ['ck'],
    note: 'X-linked: men; slow course over many years; low or absent sensory potentials; CAG repeat ≥38 is pathological',
    source: TURNER_TALBOT_2013,
    fires: (x) => {
      const o = x.f.other;
      const parts: string[] = [];
      if (o.gynaecomastia) parts.push('gynaecomastia');
      if (o.perioralFasciculations) parts.push('perioral or chin fasciculations');
      const sensoryNeuronopathy =
        x.sex === 'male' && pureLmn(x) && x.f.ncs.sensoryAbnormal && !x.f.ncs.sensoryAbnormalExplained;
      if (sensoryNeuronopathy) parts.push('pure LMN syndrome in a man with abnormal sensory potentials');
      if (parts.length === 0) return null;
      if (o.posturalTremor) parts.push('postural tremor');
      return parts.join(', ');
    },
  },
  {
    code: 'myopathicPattern',
    title: 'myopathic pattern',
    mimics: ['inclusion body myositis', 'other myopathy'],
    tests: ['ck', 'muscleBiopsy'],
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) => {
      if (x.f.other.fingerFlexorQuadricepsWeakness) return 'weakness of finger flexors and quadriceps';
      for (const m of x.f.muscles) if (m.myopathicMups) return 'myopathic motor unit potentials on EMG';
      return null;
    },
  },
  {
    code: 'ckAbove1000',
    title: `CK above ${CK_RED_FLAG_IU_PER_L} IU/L`,
    mimics: ['myopathy', 'inclusion body myositis'],
    tests: ['muscleBiopsy'],
    note: 'a mildly raised CK is common in ALS',
    source: TURNER_TALBOT_2013_TABLE,
    fires: (x) =>
      x.records.ckMaxIuPerL !== undefined && x.records.ckMaxIuPerL > CK_RED_FLAG_IU_PER_L
        ? `CK ${x.records.ckMaxIuPerL} IU/L`
        : null,
  },
  {
    code: 'abnormalCsf',
    title: 'raised CSF cells or protein',
    mimics: ['inflammatory, infective or neoplastic polyradiculopathy', 'CIDP', 'lymphoma'],
    tests: ['paraneoplasticPanel', 'mriLumbarSpine'],
    alsoConsider: ['lyme', 'hiv'],
    source: MSD_MANUAL,
    fires: (x) => (x.records.get('csf')?.status === 'abnormal' ? 'abnormal CSF' : null),
  },
  {
    code: 'youngOnsetMonomelicArm',
    title: 'young onset, LMN signs in one arm',
    mimics: ['Hirayama disease (monomelic amyotrophy)'],
    tests: ['flexionMriCervical'],
    source: TURNER_TALBOT_2013,
    fires: (x) =>
      x.ageAtOnsetYears !== undefined && x.ageAtOnsetYears < YOUNG_ONSET_AGE_YEARS && monomelicArm(x)
        ? `onset at ${Math.floor(x.ageAtOnsetYears)} years with LMN signs in one arm only`
        : null,
    cannotJudge: (x) => youngNeeds(x, monomelicArm(x)),
  },
  {
    code: 'youngOnsetPureLmn',
    title: 'young onset, pure LMN syndrome',
    mimics: ['adult spinal muscular atrophy', 'hereditary motor neuropathy', 'adult hexosaminidase A deficiency'],
    tests: ['smn1', 'hexosaminidaseA'],
    alsoConsider: ['geneticPanel'],
    source: TURNER_TALBOT_2013,
    fires: (x) =>
      x.ageAtOnsetYears !== undefined && x.ageAtOnsetYears < YOUNG_ONSET_AGE_YEARS && pureLmn(x) && !monomelicArm(x)
        ? `onset at ${Math.floor(x.ageAtOnsetYears)} years with a pure LMN syndrome`
        : null,
    cannotJudge: (x) => youngNeeds(x, pureLmn(x) && !monomelicArm(x)),
  },
  {
    code: 'pureUmnSyndrome',
    title: 'pure UMN syndrome',
    mimics: [
      'primary lateral sclerosis (a phenotype)',
      'hereditary spastic paraplegia',
      'adrenomyeloneuropathy',
      'HTLV-1 myelopathy',
      'multiple sclerosis',
      'B12 or copper deficiency',
      'cord compression',
    ],
    tests: ['mriBrain', 'mriCervicalSpine', 'mriThoracicSpine', 'vlcfa', 'htlv1', 'b12', 'copper'],
    alsoConsider: ['csf', 'geneticPanel'],
    note: 'PLS consensus criteria (Turner 2020): probable PLS after 2–4 years, definite after 4 years without LMN signs',
    source: TURNER_2020_PLS,
    fires: (x) => (x.umn !== 0 && x.lmn === 0 ? 'UMN signs without LMN signs on examination or EMG' : null),
  },
  {
    code: 'cerebellarExtrapyramidalOrAutonomic',
    title: 'cerebellar, extrapyramidal or autonomic features',
    mimics: [
      'multiple system atrophy',
      'spinocerebellar ataxia (SCA3 and others)',
      'adult hexosaminidase A deficiency',
    ],
    tests: ['hexosaminidaseA', 'mriBrain'],
    alsoConsider: ['geneticPanel'],
    source: TURNER_TALBOT_2013,
    fires: (x) => {
      const o = x.f.other;
      const parts = [
        o.cerebellarSigns && 'cerebellar signs',
        o.extrapyramidalSigns && 'extrapyramidal signs',
        o.autonomicFeatures && 'autonomic features',
      ];
      const found = parts.filter((p): p is string => typeof p === 'string');
      return found.length ? found.join(', ') : null;
    },
  },
  {
    code: 'priorPolio',
    title: 'prior poliomyelitis',
    mimics: ['post-polio syndrome'],
    tests: ['ncsEmg'],
    note: 'new weakness confined to previously affected limbs with chronic reinnervation suggests post-polio syndrome',
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.history.priorPolio ? 'history of poliomyelitis' : null),
  },
  {
    code: 'priorRadiotherapy',
    title: 'prior radiotherapy',
    mimics: ['radiation plexopathy or myelopathy'],
    tests: ['ncsEmg'],
    alsoConsider: ['mriCervicalSpine'],
    note: 'myokymic discharges on EMG favour radiation plexopathy',
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.history.priorRadiotherapy ? 'history of radiotherapy' : null),
  },
  {
    code: 'fasciculationsWithoutWeakness',
    title: 'fasciculations without weakness or wasting',
    mimics: ['benign fasciculation syndrome'],
    tests: ['ncsEmg'],
    note: 'follow up clinically and repeat the EMG',
    source: TURNER_TALBOT_2013,
    fires: (x) => {
      if (x.umn !== 0 || x.lmn !== 0) return null;
      let fasc = false;
      for (const r of x.f.regions) {
        for (const b of r.lmnBySide) {
          if (b & ~8) return null;
          if (b & 8) fasc = true;
        }
      }
      return fasc ? 'fasciculations with no weakness, wasting or UMN signs, and no EMG LMN evidence' : null;
    },
  },
  {
    code: 'bariatricSurgery',
    title: 'bariatric surgery',
    mimics: ['copper deficiency myeloneuropathy', 'B12 deficiency'],
    tests: ['copper', 'zinc', 'b12'],
    source: TURNER_TALBOT_2013,
    fires: (x) => (x.history.bariatricSurgery ? 'history of bariatric surgery' : null),
  },
  {
    code: 'heavyMetalExposure',
    title: 'heavy metal exposure',
    mimics: ['lead or heavy metal toxicity'],
    tests: ['heavyMetals'],
    source: MSD_MANUAL,
    fires: (x) => (x.history.heavyMetalExposure ? 'exposure to lead or other heavy metals' : null),
  },
  {
    code: 'ashkenaziAncestryLmn',
    title: 'Ashkenazi ancestry with LMN involvement',
    mimics: ['adult hexosaminidase A deficiency (late-onset GM2)'],
    tests: ['hexosaminidaseA'],
    source: TURNER_TALBOT_2013,
    fires: (x) =>
      x.lmn !== 0 && /ashkenazi/i.test(x.history.ancestry ?? '') ? 'Ashkenazi Jewish ancestry with LMN signs' : null,
  },
];

export interface RedFlagTest {
  code: InvestigationCode;
  name: string;
  status: RecordedStatus | 'notRecorded';
}

export interface RedFlag {
  code: RedFlagCode;
  title: string;
  finding: string;
  mimics: readonly string[];
  tests: RedFlagTest[];
  alsoConsider: readonly InvestigationCode[];
  status: RedFlagStatus;
  /** The clinician's judgement that decided the status, when one is recorded. */
  judgement?: RedFlagJudgement;
  note?: string;
  source: Source;
}

/**
 * - `open`: a separating test has no result yet;
 * - `testsRecorded`: every separating test has a result (closed);
 * - `awaitingJudgement`: the tests are negative but cannot exclude the mimic: a clinician must judge it;
 * - `judgedExplained`: a clinician judged the finding explained without another disease (closed);
 * - `judgedNotExplained`: a clinician judged it not explained: the mimic stays open.
 */
export type RedFlagStatus = 'open' | 'testsRecorded' | 'awaitingJudgement' | 'judgedExplained' | 'judgedNotExplained';

/** Whether a red flag still keeps "other diseases excluded" open, apart from its pending tests. */
export function redFlagNeedsJudgement(status: RedFlagStatus): boolean {
  return status === 'awaitingJudgement' || status === 'judgedNotExplained';
}

export interface RedFlagNotJudged {
  code: RedFlagCode;
  needs: string[];
}

const NO_CODES: readonly InvestigationCode[] = [];

/** Run every red-flag rule. */
export function evaluateRedFlags(ctx: FlagContext): { flags: RedFlag[]; notJudged: RedFlagNotJudged[] } {
  const flags: RedFlag[] = [];
  const notJudged: RedFlagNotJudged[] = [];
  for (const rule of RED_FLAG_RULES) {
    const finding = rule.fires(ctx);
    if (finding === null) {
      const needs = rule.cannotJudge?.(ctx);
      if (needs?.length) notJudged.push({ code: rule.code, needs });
      continue;
    }
    let open = false;
    let positive = false;
    const tests: RedFlagTest[] = rule.tests.map((code) => {
      const st = ctx.records.get(code)?.status;
      const status = st ?? 'notRecorded';
      if (status !== 'done' && status !== 'abnormal') open = true;
      if (status === 'abnormal') positive = true;
      return { code, name: CATALOGUE[code].name, status };
    });
    const judgement = ctx.judgements.get(rule.code);
    const status: RedFlagStatus = judgement
      ? judgement.judgement === 'explained'
        ? 'judgedExplained'
        : 'judgedNotExplained'
      : open
        ? 'open'
        : rule.negativeTestsClose === false && !positive
          ? 'awaitingJudgement'
          : 'testsRecorded';
    const flag: RedFlag = {
      code: rule.code,
      title: rule.title,
      finding,
      mimics: rule.mimics,
      tests,
      alsoConsider: rule.alsoConsider ?? NO_CODES,
      status,
      source: rule.source,
    };
    if (judgement) flag.judgement = judgement;
    if (rule.note) flag.note = rule.note;
    flags.push(flag);
  }
  return { flags, notJudged };
}

/**
 * The latest judgement per red-flag code dated on or before `asOf` (on the same date, the one listed
 * last wins: a correction recorded later in the list).
 */
export function latestJudgements(
  judgements: readonly RedFlagJudgement[] | undefined,
  asOf: string,
): ReadonlyMap<string, RedFlagJudgement> {
  const out = new Map<string, RedFlagJudgement>();
  for (const j of judgements ?? []) {
    if (j.date > asOf) continue;
    const prev = out.get(j.code);
    if (!prev || j.date >= prev.date) out.set(j.code, j);
  }
  return out;
}
