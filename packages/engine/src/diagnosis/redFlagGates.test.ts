import { describe, expect, it } from 'vitest';
import type { FamilyHistoryDisease, History, LabResult, OtherExamFindings, WeaknessTempo } from '../facts/index.js';
import { INVESTIGATION_CODES } from './catalogue.js';
import type { Findings, MergedEmgMuscle, RegionFindings } from './findings.js';
import type { Recorded, RecordLookup } from './investigations.js';
import { presentFeatures } from './redFlagGates.js';
import { evaluateRedFlags, type FlagContext, RED_FLAG_RULES } from './redFlags.js';
import { UMN_SIGNS } from './signs.js';

/** mulberry32: a small seeded generator, so a failure names a reproducible context. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OTHER_KEYS: (keyof OtherExamFindings)[] = [
  'objectiveSensoryLoss',
  'sensoryLevel',
  'ocularMotilityAbnormal',
  'ptosis',
  'fatigableWeakness',
  'sphincterDysfunction',
  'cerebellarSigns',
  'extrapyramidalSigns',
  'autonomicFeatures',
  'gynaecomastia',
  'perioralFasciculations',
  'posturalTremor',
  'fingerFlexorQuadricepsWeakness',
  'headDrop',
  'splitHand',
  'isolatedDysphagia',
  'hemiparesis',
  'neckOrRadicularPain',
  'lumbarRadicularPain',
  'cognitiveOrBehaviouralChange',
  'dissociatedSensoryLoss',
  'unilateralTongueWasting',
  'symmetricWeakness',
  'proximalPredominantWeakness',
];
const NCS_KEYS = [
  'sensoryAbnormal',
  'sensoryAbnormalExplained',
  'motorConductionBlock',
  'demyelinatingSlowing',
  'lowCmap',
  'rnsDecrement',
  'rnsIncrement',
] as const;
const HISTORY_FLAGS = [
  'priorPolio',
  'priorRadiotherapy',
  'bariatricSurgery',
  'heavyMetalExposure',
  'zincExposure',
  'adrenalInsufficiency',
  'htlv1EndemicOrigin',
  'bloodTransfusion',
] as const;
const TEMPOS: WeaknessTempo[] = ['acute', 'progressive', 'slowOverYears', 'arrested', 'relapsingOrFluctuating'];
const DISEASES: FamilyHistoryDisease[] = [
  'adrenoleukodystrophy',
  'hereditarySpasticParaplegia',
  'spinalMuscularAtrophy',
  'spinobulbarMuscularAtrophy',
  'hereditaryNeuropathy',
  'spinocerebellarAtaxia',
  'gm2Gangliosidosis',
];
const STATUSES: Recorded['status'][] = ['done', 'abnormal', 'pending', 'notDone'];

/** A random picture: each feature present now and then, so every gate is met open and closed. */
function randomContext(r: () => number): FlagContext {
  const p = (q: number) => r() < q;
  const mask = () => (p(0.4) ? 0 : Math.floor(r() * 16));
  const other: OtherExamFindings = {};
  for (const k of OTHER_KEYS) if (p(0.04)) other[k] = true;
  const ncs: Findings['ncs'] = {};
  for (const k of NCS_KEYS) if (p(0.06)) ncs[k] = true;
  const history: History = {};
  for (const k of HISTORY_FLAGS) if (p(0.04)) history[k] = true;
  if (p(0.15)) history.weaknessTempo = TEMPOS[Math.floor(r() * TEMPOS.length)]!;
  if (p(0.1)) history.familyHistory = { diseases: DISEASES.filter(() => p(0.3)) };
  if (p(0.05)) history.ancestry = p(0.5) ? 'Ashkenazi Jewish' : 'Irish';
  const regions = ['bulbar', 'cervical', 'thoracic', 'lumbosacral'].map(
    (region): RegionFindings => ({
      region: region as RegionFindings['region'],
      umnSigns: p(0.3)
        ? [{ sign: UMN_SIGNS[Math.floor(r() * UMN_SIGNS.length)]!, side: 'left', firstDate: '2024-01-01' }]
        : [],
      umnMask: 0,
      lmn: [],
      lmnBySide: [p(0.3) ? Math.floor(r() * 16) : 0, p(0.3) ? Math.floor(r() * 16) : 0, 0],
      examined: p(0.8),
    }),
  ) as Findings['regions'];
  const muscles = (p(0.1) ? [{ myopathicMups: p(0.5) }] : []) as MergedEmgMuscle[];
  const f: Findings = {
    asOf: '2024-06-01',
    examDates: [],
    emgDates: [],
    regions,
    ignoredSigns: [],
    muscles,
    unknownMuscles: [],
    ncs,
    other,
  };
  const byCode = new Map<string, Recorded>();
  const present: number[] = [];
  INVESTIGATION_CODES.forEach((code, i) => {
    if (p(0.05)) {
      byCode.set(code, { status: STATUSES[Math.floor(r() * STATUSES.length)]! });
      present.push(i);
    }
  });
  const records: RecordLookup = {
    get: (code) => byCode.get(code),
    presentIndices: () => present,
    ckMaxIuPerL: p(0.05) ? Math.floor(r() * 3000) : undefined,
  };
  const labs: LabResult[] = p(0.05)
    ? [
        {
          date: '2024-01-01',
          test: ['ft4', 'ft3', 'calcium', 'pth', 'ck'][Math.floor(r() * 5)]!,
          value: 10,
          upperLimitOfNormal: p(0.5) ? 5 : 20,
        },
      ]
    : [];
  const age = p(0.2) ? undefined : 15 + Math.floor(r() * 60);
  return {
    f,
    umn: mask(),
    lmn: mask(),
    lmnAnyComponent: mask(),
    lmnBilateral: mask(),
    sex: p(0.5) ? 'male' : 'female',
    ageAtOnsetYears: age,
    ageNeeds: age === undefined ? ['patient.birthDate'] : [],
    history,
    labs,
    records,
    asOf: '2024-06-01',
    judgements: undefined,
  };
}

describe('red-flag gates skip only rules that cannot fire', () => {
  it('a rule whose gate the case does not open neither fires nor asks for a fact (20,000 random pictures)', () => {
    const r = rng(20250630);
    let closed = 0;
    let opened = 0;
    for (let n = 0; n < 20_000; n++) {
      const ctx = randomContext(r);
      const present = presentFeatures(ctx);
      for (const rule of RED_FLAG_RULES) {
        if (rule.gate === undefined || (rule.gate & present) !== 0) {
          opened++;
          continue;
        }
        closed++;
        const fired = rule.fires(ctx);
        const needs = rule.cannotJudge?.(ctx) ?? null;
        if (fired !== null || (needs !== null && needs.length > 0))
          expect.fail(`${rule.code} is gated out of picture ${n} but gives ${fired ?? needs}`);
      }
    }
    // Both sides were met often: the check is not vacuous.
    expect(closed).toBeGreaterThan(100_000);
    expect(opened).toBeGreaterThan(100_000);
  });

  it('gated evaluation raises the same flags as asking every rule', () => {
    const r = rng(7);
    for (let n = 0; n < 5_000; n++) {
      const ctx = randomContext(r);
      const got = evaluateRedFlags(ctx);
      const fired = RED_FLAG_RULES.filter((rule) => rule.fires(ctx) !== null).map((rule) => rule.code);
      const notJudged = RED_FLAG_RULES.filter(
        (rule) => rule.fires(ctx) === null && rule.cannotJudge?.(ctx)?.length,
      ).map((rule) => rule.code);
      expect(got.flags.map((x) => x.code)).toEqual(fired);
      expect(got.notJudged.map((x) => x.code)).toEqual(notJudged);
    }
  });

  it('every rule has a gate', () => {
    expect(RED_FLAG_RULES.filter((rule) => rule.gate === undefined).map((rule) => rule.code)).toEqual([]);
  });
});
