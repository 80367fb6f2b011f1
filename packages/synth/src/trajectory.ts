/**
 * Visits about every three months from diagnosis to death or the end of follow-up, each with an
 * ALSFRS-R drawn from the latent item curves, a vital capacity and a weight; gastrostomy, NIV,
 * tracheostomy and death as dated events.
 */
import type {
  Administration,
  AlsfrsrItem,
  AlsfrsrRecord,
  Endpoints,
  Intervention,
  VitalCapacity,
  WeightRecord,
} from '@betz/engine';
import { DAYS_PER_MONTH, isoOfDay } from './days.js';
import { ITEM_COUNT, type Latent } from './latent.js';
import { SYNTH_PARAMETERS as P } from './params.js';
import type { Rng } from './prng.js';

export interface Course {
  visitDays: number[];
  alsfrsr: AlsfrsrRecord[];
  vitalCapacity: VitalCapacity[];
  weights: WeightRecord[];
  interventions: Intervention[];
  endpoints: Endpoints;
}

const ADMIN: readonly Administration[] = ['clinician', 'phone', 'self', 'app'];
const ADMIN_WEIGHTS = [0.85, 0.08, 0.05, 0.02];

/** Item score at `t` months from onset: 4 until the item's start, then falling at its rate. */
function itemScore(l: Latent, i: number, t: number): number {
  const s = t - l.itemStart[i]!;
  if (s <= 0) return 4;
  const v = 4 - Math.floor(l.itemRate[i]! * s + l.itemPhase[i]!);
  return Math.max(v, 0);
}

/** ALSFRS-R item 12 follows ventilation: intermittent, then nocturnal, then continuous NIV; 0 once invasive. */
function respiratoryInsufficiency(l: Latent, t: number): number {
  if (l.eventType === 'tracheostomy' && t >= l.eventMonths) return 0;
  if (l.nivMonths === null || t < l.nivMonths) return 4;
  if (t >= l.eventMonths - 1.5) return 1;
  return t < l.nivMonths + 4 ? 3 : 2;
}

function fvcAt(l: Latent, t: number): number {
  const pre = 0.25 * (l.ratePointsPerMonth / 0.6);
  const rs = l.regionStart.resp;
  if (t <= rs) return l.fvcAtOnset - pre * t;
  const atStart = l.fvcAtOnset - pre * rs;
  const slope = (atStart - l.fvcAtEvent) / Math.max(1, l.eventMonths - rs);
  return atStart - slope * (t - rs);
}

function weightAt(l: Latent, t: number): number {
  const swallowAt2 = l.itemStart[2]! + (2 - l.itemPhase[2]!) / l.itemRate[2]!;
  const g = l.gastrostomyMonths ?? Infinity;
  let lossPercent = l.weightLossPercentPerMonth * Math.min(t, g) + 0.5 * Math.max(0, Math.min(t, g) - swallowAt2);
  if (t > g) lossPercent -= 0.1 * (t - g);
  return l.premorbidWeightKg * Math.max(0.6, 1 - lossPercent / 100);
}

/** One ALSFRS-R record; two literal shapes so item 5 is 5a or 5b without spreading. */
function makeRecord(
  date: string,
  v: readonly number[],
  gastrostomy: boolean,
  r3: number,
  administeredBy: Administration,
  respondedBy: 'patient' | 'caregiver',
): AlsfrsrRecord {
  const i = (k: number) => v[k] as AlsfrsrItem;
  if (gastrostomy) {
    return {
      date,
      speech: i(0),
      salivation: i(1),
      swallowing: i(2),
      handwriting: i(3),
      cuttingWithGastrostomy: i(4),
      dressing: i(5),
      turningInBed: i(6),
      walking: i(7),
      climbingStairs: i(8),
      dyspnoea: i(9),
      orthopnoea: i(10),
      respiratoryInsufficiency: r3 as AlsfrsrItem,
      administeredBy,
      respondedBy,
    };
  }
  return {
    date,
    speech: i(0),
    salivation: i(1),
    swallowing: i(2),
    handwriting: i(3),
    cuttingWithoutGastrostomy: i(4),
    dressing: i(5),
    turningInBed: i(6),
    walking: i(7),
    climbingStairs: i(8),
    dyspnoea: i(9),
    orthopnoea: i(10),
    respiratoryInsufficiency: r3 as AlsfrsrItem,
    administeredBy,
    respondedBy,
  };
}

/**
 * The dated course from the first visit (`firstVisitDay`) to death or `endDay`.
 * `onsetDay` anchors the latent times.
 */
export function buildCourse(rng: Rng, l: Latent, onsetDay: number, firstVisitDay: number, endDay: number): Course {
  const dayAt = (months: number) => Math.round(onsetDay + months * DAYS_PER_MONTH);
  const deathDay = dayAt(l.deathMonths);
  const eventDay = dayAt(l.eventMonths);
  const lastDay = Math.min(endDay, deathDay - 1);
  const gastrostomyDay = l.gastrostomyMonths === null ? null : dayAt(l.gastrostomyMonths);
  const nivDay = l.nivMonths === null ? null : dayAt(l.nivMonths);
  const vcKind = rng.chance(0.12) ? 'SVC' : 'FVC';
  const course: Course = {
    visitDays: [],
    alsfrsr: [],
    vitalCapacity: [],
    weights: [],
    interventions: [],
    endpoints: {},
  };
  const items = new Array<number>(ITEM_COUNT);
  const iv = P.visitIntervalDays.value;
  for (
    let day = firstVisitDay;
    day <= lastDay;
    day += Math.max(45, Math.round(rng.clampedNormal(iv.mean, iv.sd, 45, 150)))
  ) {
    if (day !== firstVisitDay && rng.chance(P.missedVisit.value)) continue;
    const t = (day - onsetDay) / DAYS_PER_MONTH;
    const date = isoOfDay(day);
    course.visitDays.push(day);
    for (let i = 0; i < ITEM_COUNT; i++) {
      let v = itemScore(l, i, t);
      // Measurement noise: an occasional one-point wobble on an item already falling.
      if (v < 4 && rng.chance(0.03)) v = Math.min(4, Math.max(0, v + (rng.chance(0.5) ? 1 : -1)));
      items[i] = v;
    }
    const gastrostomy = gastrostomyDay !== null && day >= gastrostomyDay;
    const rec = makeRecord(
      date,
      items,
      gastrostomy,
      respiratoryInsufficiency(l, t),
      ADMIN[rng.weighted(ADMIN_WEIGHTS)]!,
      rng.chance(0.15 + 0.3 * Math.min(1, t / Math.max(1, l.eventMonths))) ? 'caregiver' : 'patient',
    );
    course.alsfrsr.push(rec);
    const trached = l.eventType === 'tracheostomy' && day >= eventDay;
    if (!trached && !rng.chance(0.08)) {
      const fvc = Math.min(140, Math.max(8, fvcAt(l, t) + 4 * rng.normal()));
      const bulbarWeak = items[0]! <= 2 || items[2]! <= 2;
      const vc: VitalCapacity = { date, kind: vcKind, posture: 'sitting', percentPredicted: Math.round(fvc) };
      if (bulbarWeak && rng.chance(0.12)) vc.reliable = false;
      course.vitalCapacity.push(vc);
      if (rng.chance(0.08)) {
        const drop = t > l.regionStart.resp ? rng.clampedNormal(12, 5, 0, 30) : rng.clampedNormal(4, 3, 0, 10);
        course.vitalCapacity.push({
          date,
          kind: vcKind,
          posture: 'supine',
          percentPredicted: Math.max(5, Math.round(fvc - drop)),
        });
      }
    }
    if (!rng.chance(0.05)) {
      course.weights.push({ date, weightKg: Math.round((weightAt(l, t) + 0.7 * rng.normal()) * 10) / 10 });
    }
  }
  if (gastrostomyDay !== null && gastrostomyDay <= endDay) {
    course.interventions.push({ kind: 'gastrostomy', startDate: isoOfDay(gastrostomyDay) });
  }
  if (nivDay !== null && nivDay <= endDay) {
    const over23 = l.eventType === 'nivOver23h' && eventDay <= endDay;
    course.interventions.push({
      kind: 'niv',
      startDate: isoOfDay(nivDay),
      hoursPerDay: rng.pick([6, 8, 8, 10, 12]),
      ...(over23 ? { stopDate: isoOfDay(eventDay) } : {}),
    });
    if (over23) {
      course.interventions.push({ kind: 'niv', startDate: isoOfDay(eventDay), hoursPerDay: 24 });
      course.endpoints.nivOver23hDate = isoOfDay(eventDay);
    }
  }
  if (l.eventType === 'tracheostomy' && eventDay <= endDay) {
    course.interventions.push({ kind: 'tracheostomy', startDate: isoOfDay(eventDay) });
    course.endpoints.tracheostomyDate = isoOfDay(eventDay);
  }
  if (deathDay <= endDay) course.endpoints.deathDate = isoOfDay(deathDay);
  return course;
}
