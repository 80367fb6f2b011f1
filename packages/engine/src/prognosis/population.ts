/**
 * The ENCALS model's population (Westeneng 2018): patients at or near diagnosis who have not
 * reached the composite endpoint. Already dead, tracheostomy or invasive ventilation, or NIV
 * over 23 hours a day: the model declines, with the reason.
 */
import type { IsoDate } from '../common/index.js';
import type { PatientCase } from '../facts/index.js';
import type { CaseViewOf } from '../view/asOf.js';

export type DeclineCode = 'died' | 'tracheostomy' | 'nivOver23h';

export interface OutsidePopulation {
  code: DeclineCode;
  date: IsoDate | null;
  reason: string;
}

/** Whether the case as known on its date is outside the model's population, and why. */
export function outsideEncalsPopulation(v: CaseViewOf<'alsfrsr' | 'interventions'>): OutsidePopulation | null {
  const c = v.case;
  const latestAlsfrsr = v.alsfrsr.at(-1)?.record;
  // The view holds no endpoint or start date after its date, and no stop date after it either.
  const ep = c.endpoints;
  if (ep?.deathDate !== undefined) {
    return { code: 'died', date: ep.deathDate, reason: `the patient died on ${ep.deathDate}` };
  }
  if (ep?.tracheostomyDate !== undefined) {
    return {
      code: 'tracheostomy',
      date: ep.tracheostomyDate,
      reason: `tracheostomy on ${ep.tracheostomyDate}: the composite endpoint has been reached`,
    };
  }
  for (const iv of c.interventions ?? []) {
    if (iv.kind === 'tracheostomy' || iv.kind === 'invasiveVentilation') {
      return {
        code: 'tracheostomy',
        date: iv.startDate,
        reason: `${iv.kind === 'tracheostomy' ? 'tracheostomy' : 'invasive ventilation'} since ${iv.startDate}: outside the model's population`,
      };
    }
  }
  if (ep?.nivOver23hDate !== undefined) {
    return {
      code: 'nivOver23h',
      date: ep.nivOver23hDate,
      reason: `NIV over 23 hours a day since ${ep.nivOver23hDate}: the composite endpoint has been reached`,
    };
  }
  for (const iv of c.interventions ?? []) {
    const active = iv.stopDate === undefined;
    if (iv.kind === 'niv' && active && iv.hoursPerDay !== undefined && iv.hoursPerDay > 23) {
      return {
        code: 'nivOver23h',
        date: iv.startDate,
        reason: `NIV ${iv.hoursPerDay} hours a day: outside the model's population (NIV over 23 h/day is its endpoint)`,
      };
    }
  }
  if (latestAlsfrsr && latestAlsfrsr.respiratoryInsufficiency === 0) {
    return {
      code: 'tracheostomy',
      date: latestAlsfrsr.date,
      reason: `ALSFRS-R item 12 = 0 on ${latestAlsfrsr.date} (invasive ventilation): outside the model's population`,
    };
  }
  return null;
}

export interface CompositeEndpoint {
  code: DeclineCode;
  date: IsoDate;
  reason: string;
}

/**
 * When the case first reached the ENCALS composite endpoint (Westeneng 2018: death, tracheostomy
 * or invasive ventilation, NIV over 23 hours a day), from the same evidence `outsideEncalsPopulation`
 * reads: the recorded endpoints, tracheostomy / invasive ventilation / NIV > 23 h interventions
 * (by their start, stopped or not), and an ALSFRS-R item 12 of 0 (invasive ventilation). The
 * earliest dated evidence wins; null when there is none. Reads the whole case (no view): the time
 * to event of a survival analysis.
 */
export function compositeEndpoint(c: PatientCase): CompositeEndpoint | null {
  const found: CompositeEndpoint[] = [];
  const ep = c.endpoints;
  if (ep?.deathDate !== undefined) found.push({ code: 'died', date: ep.deathDate, reason: `died on ${ep.deathDate}` });
  if (ep?.tracheostomyDate !== undefined) {
    found.push({ code: 'tracheostomy', date: ep.tracheostomyDate, reason: `tracheostomy on ${ep.tracheostomyDate}` });
  }
  if (ep?.nivOver23hDate !== undefined) {
    found.push({ code: 'nivOver23h', date: ep.nivOver23hDate, reason: `NIV over 23 h/day from ${ep.nivOver23hDate}` });
  }
  for (const iv of c.interventions ?? []) {
    if (iv.kind === 'tracheostomy' || iv.kind === 'invasiveVentilation') {
      const what = iv.kind === 'tracheostomy' ? 'tracheostomy' : 'invasive ventilation';
      found.push({ code: 'tracheostomy', date: iv.startDate, reason: `${what} from ${iv.startDate}` });
    } else if (iv.kind === 'niv' && iv.hoursPerDay !== undefined && iv.hoursPerDay > 23) {
      found.push({
        code: 'nivOver23h',
        date: iv.startDate,
        reason: `NIV ${iv.hoursPerDay} h/day from ${iv.startDate}`,
      });
    }
  }
  for (const r of c.alsfrsr ?? []) {
    if (r.respiratoryInsufficiency === 0) {
      found.push({
        code: 'tracheostomy',
        date: r.date,
        reason: `ALSFRS-R item 12 = 0 (invasive ventilation) on ${r.date}`,
      });
    }
  }
  let first: CompositeEndpoint | null = null;
  for (const f of found) if (first === null || f.date < first.date) first = f;
  return first;
}
