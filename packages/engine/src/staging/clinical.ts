/**
 * The clinical facts King's staging uses (Roche 2012), as of a date: regions involved on
 * examination or by the onset site, gastrostomy and NIV dates, respiratory failure endpoints,
 * and death. Roche 2012 defines a region's involvement as functional: weakness, wasting,
 * spasticity, dysarthria or dysphagia. So on examination weakness, wasting, spasticity or
 * spastic dysarthria count, and a reported dysphagia counts for bulbar; reflex signs alone
 * (brisk reflexes, Babinski) and fasciculations alone do not.
 */
import type { IsoDate } from '../common/index.js';
import type { Region, RegionExam } from '../facts/index.js';
import type { CaseViewOf } from '../view/asOf.js';
import type { KingsRegions } from './kings.js';

export interface KingsClinicalFacts {
  regions: KingsRegions;
  /** Whether any region fact exists (an examination or an onset site). */
  regionsKnown: boolean;
  gastrostomyDate: IsoDate | null;
  /** First date with NIV, tracheostomy, invasive ventilation or NIV > 23 h/day, on or before asOf. */
  respiratoryFailureDate: IsoDate | null;
  deathDate: IsoDate | null;
  reasons: string[];
}

const KINGS_REGION: Partial<Record<Region, keyof KingsRegions>> = {
  bulbar: 'bulbar',
  cervical: 'upperLimb',
  lumbosacral: 'lowerLimb',
};

/** Roche 2012: involvement by weakness, wasting, spasticity or dysarthria (dysphagia: see symptoms). */
function functionallyInvolved(re: RegionExam): boolean {
  if (re.weakness === true || re.wasting === true) return true;
  return re.umnSigns?.some((s) => s === 'spasticity' || s === 'spasticDysarthria') ?? false;
}

const REGION_NAME: Record<keyof KingsRegions, string> = {
  bulbar: 'bulbar',
  upperLimb: 'upper limb',
  lowerLimb: 'lower limb',
};

/** When each clinical fact King's uses first holds, read once from the case as known on its date. */
export interface KingsClinicalTimeline {
  asOf: IsoDate;
  /** The region of the onset site (involved whatever the date), with its reason. */
  site: { known: boolean; region: keyof KingsRegions | undefined; reason: string | undefined };
  firstExamDate: IsoDate | null;
  /** The first examination showing each region functionally involved (in examination order). */
  examInvolvement: Partial<Record<keyof KingsRegions, { date: IsoDate; order: number; reason: string }>>;
  /** The first reported dysphagia (counts for bulbar when nothing else involves it). */
  dysphagia: { date: IsoDate; reason: string } | null;
  gastrostomyDate: IsoDate | null;
  respiratoryFailureDate: IsoDate | null;
  deathDate: IsoDate | null;
}

const earliest = (a: IsoDate | null, b: IsoDate | undefined | null): IsoDate | null =>
  b == null ? a : a === null || b < a ? b : a;

/** The lists King's clinical facts are read from (with the history and endpoints). */
export const KINGS_CLINICAL_LISTS = ['exams', 'symptoms', 'interventions'] as const;

/** A view holding at least the lists King's clinical facts read. */
export type KingsClinicalView = CaseViewOf<(typeof KINGS_CLINICAL_LISTS)[number]>;

/** The King's clinical facts of a case as known on the view's date, with the date each first holds. */
export function kingsClinicalTimeline(v: KingsClinicalView): KingsClinicalTimeline {
  const c = v.case;
  const onsetSite = c.history?.onsetSite;
  const siteRegion =
    onsetSite === 'bulbar' || onsetSite === 'cervical' || onsetSite === 'lumbosacral'
      ? KINGS_REGION[onsetSite]
      : undefined;
  const examInvolvement: KingsClinicalTimeline['examInvolvement'] = {};
  let order = 0;
  // The view's lists are in date order: the first fact found is the earliest.
  for (const exam of c.exams ?? []) {
    for (const re of exam.regions) {
      const k = KINGS_REGION[re.region];
      if (!k || k === siteRegion || examInvolvement[k] || !functionallyInvolved(re)) continue;
      examInvolvement[k] = {
        date: exam.date,
        order: order++,
        reason: `examination ${exam.date}: ${REGION_NAME[k]} involved`,
      };
    }
  }
  const dysphagia = c.symptoms?.find((x) => x.symptom === 'dysphagia');
  let gastrostomyDate: IsoDate | null = null;
  let respiratoryFailureDate: IsoDate | null = null;
  for (const iv of c.interventions ?? []) {
    if (iv.kind === 'gastrostomy') gastrostomyDate = earliest(gastrostomyDate, iv.startDate);
    if (iv.kind === 'niv' || iv.kind === 'tracheostomy' || iv.kind === 'invasiveVentilation') {
      respiratoryFailureDate = earliest(respiratoryFailureDate, iv.startDate);
    }
  }
  const ep = c.endpoints;
  respiratoryFailureDate = earliest(earliest(respiratoryFailureDate, ep?.tracheostomyDate), ep?.nivOver23hDate);
  return {
    asOf: v.asOf,
    site: {
      known: onsetSite !== undefined,
      region: siteRegion,
      reason: siteRegion ? `onset site ${onsetSite}: ${REGION_NAME[siteRegion]} involved` : undefined,
    },
    firstExamDate: c.exams?.[0]?.date ?? null,
    examInvolvement,
    dysphagia: dysphagia
      ? { date: dysphagia.date, reason: `dysphagia reported ${dysphagia.date}: bulbar involved` }
      : null,
    gastrostomyDate,
    respiratoryFailureDate,
    deathDate: ep?.deathDate ?? null,
  };
}

const KINGS_REGION_KEYS: readonly (keyof KingsRegions)[] = ['bulbar', 'upperLimb', 'lowerLimb'];

const on = (d: IsoDate | null, date: IsoDate): IsoDate | null => (d !== null && d <= date ? d : null);

/**
 * The King's clinical facts on `date` (at most the timeline's date): what had happened by then.
 * Staging history reads one timeline at each ALSFRS-R date instead of re-reading the case.
 */
export function kingsClinicalFactsOn(t: KingsClinicalTimeline, date: IsoDate = t.asOf): KingsClinicalFacts {
  const regions: KingsRegions = { bulbar: false, upperLimb: false, lowerLimb: false };
  const reasons: string[] = [];
  let regionsKnown = t.site.known || on(t.firstExamDate, date) !== null;
  if (t.site.region && t.site.reason) {
    regions[t.site.region] = true;
    reasons.push(t.site.reason);
  }
  // Reasons in examination order: at most three regions, so a pass per order number is enough.
  for (let order = 0; order < KINGS_REGION_KEYS.length; order++) {
    for (const k of KINGS_REGION_KEYS) {
      const e = t.examInvolvement[k];
      if (e === undefined || e.order !== order || e.date > date) continue;
      regions[k] = true;
      reasons.push(e.reason);
    }
  }
  if (!regions.bulbar && t.dysphagia && t.dysphagia.date <= date) {
    regions.bulbar = true;
    regionsKnown = true;
    reasons.push(t.dysphagia.reason);
  }
  const gastrostomyDate = on(t.gastrostomyDate, date);
  const respiratoryFailureDate = on(t.respiratoryFailureDate, date);
  const deathDate = on(t.deathDate, date);
  if (gastrostomyDate) reasons.push(`gastrostomy since ${gastrostomyDate}`);
  if (respiratoryFailureDate) reasons.push(`ventilatory support since ${respiratoryFailureDate}`);
  if (deathDate) reasons.push(`died ${deathDate}`);
  return { regions, regionsKnown, gastrostomyDate, respiratoryFailureDate, deathDate, reasons };
}

/** The King's clinical facts on the view's date. */
export function kingsClinicalFacts(v: KingsClinicalView): KingsClinicalFacts {
  return kingsClinicalFactsOn(kingsClinicalTimeline(v));
}
