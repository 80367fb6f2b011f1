/**
 * One synthetic patient's hidden course: who they are, where the disease starts and how fast it
 * spreads, when each ALSFRS-R item starts to fall, and when gastrostomy, NIV and the composite
 * endpoint happen. Observable facts (visits, exams, EMG) are drawn from this in trajectory.ts
 * and exam.ts. Times are months from symptom onset unless named otherwise.
 */
import type { Sex } from '@betz/engine';
import { SYNTH_PARAMETERS as P } from './params.js';
import type { Rng } from './prng.js';

export type OnsetRegion = 'bulbar' | 'cervical' | 'lumbosacral' | 'respiratory';
export type Phenotype = 'classic' | 'pma' | 'pls';
export type MimicKind = 'mmn' | 'cervicalMyelopathy' | 'sbma' | 'myasthenia' | 'ibm';
export type EventType = 'death' | 'tracheostomy' | 'nivOver23h';
export type GeneName = 'C9orf72' | 'SOD1' | 'FUS' | 'TARDBP';

/** Item order: speech, salivation, swallowing, handwriting, cutting, dressing, turning, walking, stairs, dyspnoea, orthopnoea. */
export const ITEM_COUNT = 11;

export interface RegionStarts {
  bulbar: number;
  arm: number;
  leg: number;
  resp: number;
  thoracic: number;
}

export interface Latent {
  sex: Sex;
  ageAtOnsetYears: number;
  onsetRegion: OnsetRegion;
  onsetSide: 'left' | 'right';
  phenotype: Phenotype;
  mimic: MimicKind | null;
  /** Underlying loss of ALSFRS-R points per month in the onset region's items, scaled. */
  ratePointsPerMonth: number;
  diagnosticDelayMonths: number;
  regionStart: RegionStarts;
  /** Signs show on examination this many months before a region's function falls. */
  examLeadMonths: number;
  /** Months after a limb region starts until the other side follows. */
  contralateralLagMonths: number;
  itemStart: number[];
  itemRate: number[];
  itemPhase: number[];
  /** Composite endpoint (death, tracheostomy or NIV > 23 h/day). */
  eventMonths: number;
  eventType: EventType;
  deathMonths: number;
  nivMonths: number | null;
  gastrostomyMonths: number | null;
  fvcAtOnset: number;
  fvcAtEvent: number;
  heightCm: number;
  premorbidWeightKg: number;
  weightLossPercentPerMonth: number;
  familial: boolean;
  genes: Partial<Record<GeneName, boolean>>;
  geneticTested: boolean;
  ftd: boolean | undefined;
  /** Region-level UMN and LMN involvement when a region is involved (fixed per patient). */
  umn: { bulbar: boolean; cervical: boolean; thoracic: boolean; lumbosacral: boolean };
  lmn: { bulbar: boolean; cervical: boolean; thoracic: boolean; lumbosacral: boolean };
}

const SECOND_REGION: Record<OnsetRegion, [keyof RegionStarts, keyof RegionStarts, number]> = {
  // [more likely second, the other, probability of the first]
  bulbar: ['arm', 'leg', 0.7],
  cervical: ['leg', 'bulbar', 0.6],
  lumbosacral: ['arm', 'bulbar', 0.75],
  respiratory: ['arm', 'bulbar', 0.6],
};

function sampleGenes(rng: Rng, familial: boolean): Partial<Record<GeneName, boolean>> {
  const table = familial ? P.genes.value.familial : P.genes.value.sporadic;
  const genes: Partial<Record<GeneName, boolean>> = {};
  // At most one causal variant per patient: draw which, if any.
  const names = Object.keys(table) as GeneName[];
  const u = rng.next();
  let acc = 0;
  for (const g of names) {
    acc += table[g];
    if (u < acc) {
      genes[g] = true;
      break;
    }
  }
  return genes;
}

/** ALSFRS-R points lost by `t` months over items 1-11 (item 12 follows ventilation). */
export function pointsLost(
  start: readonly number[],
  rate: readonly number[],
  phase: readonly number[],
  t: number,
): number {
  let lost = 0;
  for (let i = 0; i < ITEM_COUNT; i++) {
    const s = t - start[i]!;
    if (s <= 0) continue;
    const l = Math.floor(rate[i]! * s + phase[i]!);
    lost += Math.min(l, 4);
  }
  return lost;
}

/** First time (months, by bisection) at which `points` have been lost, capped at `horizon`. */
function monthsToLose(start: number[], rate: number[], phase: number[], points: number, horizon: number): number {
  if (pointsLost(start, rate, phase, horizon) < points) return horizon;
  let lo = 0;
  let hi = horizon;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (pointsLost(start, rate, phase, mid) >= points) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Draw the hidden course of an ALS patient (not a mimic). */
export function sampleAlsLatent(rng: Rng): Latent {
  const sex: Sex = rng.chance(P.maleFraction.value) ? 'male' : 'female';
  const familial = rng.chance(P.familialFraction.value);
  const genes = sampleGenes(rng, familial);
  const a = P.ageAtOnset.value;
  let age = rng.clampedNormal(a.mean, a.sd, a.min, a.max);
  if (genes.FUS) age = rng.clampedNormal(38, 10, 18, 70);
  else if (genes.SOD1) age = rng.clampedNormal(50, 11, 22, 80);
  else if (familial) age -= 4;

  const b = P.bulbarOnset.value;
  const pBulbar =
    b.base + (sex === 'female' ? b.femaleExtra : 0) + (age > 70 ? b.over70Extra : 0) + (genes.C9orf72 ? 0.08 : 0);
  let onsetRegion: OnsetRegion;
  if (rng.chance(P.respiratoryOnset.value)) onsetRegion = 'respiratory';
  else if (rng.chance(pBulbar) && !genes.SOD1) onsetRegion = 'bulbar';
  else onsetRegion = rng.chance(genes.SOD1 ? 0.3 : P.limbOnsetCervicalShare.value) ? 'cervical' : 'lumbosacral';

  const pr = P.progressionRate.value;
  let rate = rng.logNormal(pr.median, pr.sigma);
  if (rng.chance(pr.slowFraction)) rate *= pr.slowFactor;
  if (onsetRegion === 'bulbar') rate *= 1.1;
  if (age > 70) rate *= 1.1;
  if (genes.C9orf72) rate *= 1.15;
  if (genes.FUS) rate *= 1.6;
  rate = Math.min(Math.max(rate, 0.03), 6);
  const f = (0.6 / rate) ** 0.8;

  const sv = P.survivalFromOnsetMonths.value;
  let eventMonths =
    sv.median * (0.6 / rate) ** sv.rateExponent * Math.exp(-0.012 * (age - 60)) * rng.logNormal(1, sv.sigma);
  if (onsetRegion === 'bulbar') eventMonths *= 0.92;

  // Spread: King's stage durations (Front Neurol 2018) scaled by the rate.
  const k = P.kingsStageDurationsMonths.value;
  const second = k.stage1 * f * rng.logNormal(1, 0.45);
  const third = second + k.stage2 * f * rng.logNormal(1, 0.45);
  const starts: RegionStarts = { bulbar: Infinity, arm: Infinity, leg: Infinity, resp: Infinity, thoracic: Infinity };
  const first: keyof RegionStarts =
    onsetRegion === 'cervical'
      ? 'arm'
      : onsetRegion === 'lumbosacral'
        ? 'leg'
        : onsetRegion === 'bulbar'
          ? 'bulbar'
          : 'resp';
  starts[first] = 0;
  const [likely, other, p] = SECOND_REGION[onsetRegion];
  const [r2, r3] = rng.chance(p) ? [likely, other] : [other, likely];
  starts[r2] = second;
  starts[r3] = third;
  if (onsetRegion === 'respiratory') starts.leg = third + 4 * f;
  // Respiratory decline leads up to the composite endpoint.
  const respDuration = Math.max(3, 14 * f ** 0.7 * rng.logNormal(1, 0.35));
  starts.resp = onsetRegion === 'respiratory' ? 0 : Math.max(0, eventMonths - respDuration);
  starts.thoracic = Math.min(starts.arm, starts.leg) + 3 * f;

  const itemStart: number[] = [];
  const itemRate: number[] = [];
  const itemPhase: number[] = [];
  const limbs = Math.min(starts.arm, starts.leg);
  const regionOfItem = [
    starts.bulbar,
    starts.bulbar,
    starts.bulbar,
    starts.arm,
    starts.arm,
    limbs,
    limbs + 1,
    starts.leg,
    starts.leg,
    starts.resp,
    starts.resp,
  ];
  const weight = [1, 0.7, 1, 1, 1, 0.9, 0.8, 1, 1.3, 1, 1];
  const respWindow = Math.max(2, eventMonths - starts.resp);
  for (let i = 0; i < ITEM_COUNT; i++) {
    const s0 = regionOfItem[i]!;
    // The onset region's first item starts at onset exactly; others within two months of their region.
    itemStart[i] = s0 === 0 && (i === 0 || i === 3 || i === 7 || i === 9) ? 0 : s0 + rng.uniform(0, 2);
    itemRate[i] = i >= 9 ? (3 / respWindow) * rng.logNormal(1, 0.25) : rate * 0.3 * weight[i]! * rng.logNormal(1, 0.3);
    itemPhase[i] = rng.next();
  }

  // Diagnosis comes once enough function is lost: the delay emerges from the course, so fast
  // progressors are diagnosed sooner and ΔFS at diagnosis tracks the rate (Kimura 2006).
  const d = P.lossAtDiagnosis.value;
  const lossAtDiagnosis = Math.min(d.max, Math.max(d.min, rng.logNormal(d.median, d.sigma)));
  let delay = Math.max(d.minDelayMonths, monthsToLose(itemStart, itemRate, itemPhase, lossAtDiagnosis, eventMonths));
  delay += rng.uniform(-0.5, 0.5);
  if (delay < d.minDelayMonths) delay = d.minDelayMonths;
  if (eventMonths < delay + 1.5) eventMonths = delay + 1.5 + rng.uniform(0, 4);

  // NIV when breathing fails and gastrostomy once swallowing reaches 2 (changes in food
  // consistency): if accepted, after diagnosis (specialist care) and before the endpoint.
  const nivUptake = onsetRegion === 'bulbar' ? P.nivUptake.value - 0.12 : P.nivUptake.value;
  const nivAt = Math.max(starts.resp + rng.uniform(0.35, 0.65) * respWindow, delay + rng.uniform(0.5, 3));
  const nivMonths = rng.chance(nivUptake) && nivAt < eventMonths ? nivAt : null;
  const swallowAt2 = itemStart[2]! + (2 - itemPhase[2]!) / itemRate[2]!;
  const gastrostomyAt = Math.max(swallowAt2 + rng.uniform(1, 5), delay + rng.uniform(1, 4));
  const gastrostomyMonths = rng.chance(P.gastrostomyUptake.value) && gastrostomyAt < eventMonths ? gastrostomyAt : null;

  const ev = P.compositeEventType.value;

  let eventType: EventType = 'death';
  const u = rng.next();
  if (u < ev.tracheostomy) eventType = 'tracheostomy';
  else if (u < ev.tracheostomy + ev.nivOver23h && nivMonths !== null) eventType = 'nivOver23h';
  const deathMonths =
    eventType === 'death'
      ? eventMonths
      : eventMonths + (eventType === 'tracheostomy' ? rng.logNormal(20, 0.5) : rng.logNormal(4, 0.5));

  const ftdP = P.ftd.value;
  const ftd = rng.chance(ftdP.notAssessed) ? undefined : rng.chance(genes.C9orf72 ? ftdP.withC9orf72 : ftdP.base);
  const heightCm = sex === 'male' ? rng.clampedNormal(176, 7, 155, 200) : rng.clampedNormal(163, 6.5, 145, 185);
  const bmi = rng.clampedNormal(25.8, 3.8, 18, 40);
  const phenotypeDraw = rng.next();
  const phenotype: Phenotype = phenotypeDraw < 0.07 ? 'pma' : phenotypeDraw < 0.1 ? 'pls' : 'classic';
  const umnP = phenotype === 'pma' ? 0 : phenotype === 'pls' ? 1 : 0.8;
  const lmnP = phenotype === 'pls' ? 0 : 0.95;
  return {
    sex,
    ageAtOnsetYears: age,
    onsetRegion,
    onsetSide: rng.chance(0.55) ? 'right' : 'left',
    phenotype,
    mimic: null,
    ratePointsPerMonth: rate,
    diagnosticDelayMonths: delay,
    regionStart: starts,
    examLeadMonths: 6 * f * rng.logNormal(1, 0.4),
    contralateralLagMonths: 3 * f * rng.logNormal(1, 0.4),
    itemStart,
    itemRate,
    itemPhase,
    eventMonths,
    eventType,
    deathMonths,
    nivMonths: nivMonths !== null && nivMonths < eventMonths ? nivMonths : null,
    gastrostomyMonths,
    fvcAtOnset: rng.clampedNormal(100, 13, 60, 135),
    fvcAtEvent: rng.clampedNormal(38, 8, 15, 60),
    heightCm,
    premorbidWeightKg: bmi * (heightCm / 100) ** 2,
    weightLossPercentPerMonth: 0.3 * (rate / 0.6) * (onsetRegion === 'bulbar' ? 1.5 : 1),
    familial,
    genes,
    geneticTested: rng.chance(familial ? P.geneticTesting.value.testedIfFamilial : P.geneticTesting.value.tested),
    ftd,
    umn: {
      bulbar: rng.chance(umnP),
      cervical: rng.chance(umnP),
      thoracic: rng.chance(umnP * 0.4),
      lumbosacral: rng.chance(umnP),
    },
    lmn: {
      bulbar: rng.chance(lmnP),
      cervical: rng.chance(lmnP),
      thoracic: rng.chance(lmnP * 0.6),
      lumbosacral: rng.chance(lmnP),
    },
  };
}
