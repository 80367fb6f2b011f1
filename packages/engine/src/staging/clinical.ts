/**
 * The clinical facts King's staging uses (Roche 2012), as of a date: regions involved on
 * examination or by the onset site, gastrostomy and NIV dates, respiratory failure endpoints,
 * and death. Roche 2012 defines a region's involvement as functional: weakness, wasting,
 * spasticity, dysarthria or dysphagia. So on examination weakness, wasting, spasticity or
 * spastic dysarthria count, and a reported dysphagia counts for bulbar; reflex signs alone
 * (brisk reflexes, Babinski) and fasciculations alone do not.
 */
import type { IsoDate } from '../common/index.js';
import type { PatientCase, Region, RegionExam } from '../facts/index.js';
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

const earliest = (a: IsoDate | null, b: IsoDate | undefined | null): IsoDate | null =>
  b == null ? a : a === null || b < a ? b : a;

export function kingsClinicalFacts(c: PatientCase, asOf: IsoDate): KingsClinicalFacts {
  const regions: KingsRegions = { bulbar: false, upperLimb: false, lowerLimb: false };
  const reasons: string[] = [];
  let regionsKnown = false;
  const site = c.history?.onsetSite;
  const siteRegion =
    site === 'bulbar' || site === 'cervical' || site === 'lumbosacral' ? KINGS_REGION[site] : undefined;
  if (site !== undefined) regionsKnown = true;
  if (siteRegion) {
    regions[siteRegion] = true;
    reasons.push(`onset site ${site}: ${REGION_NAME[siteRegion]} involved`);
  }
  for (const exam of c.exams ?? []) {
    if (exam.date > asOf) continue;
    regionsKnown = true;
    for (const re of exam.regions) {
      const k = KINGS_REGION[re.region];
      if (!k || regions[k]) continue;
      if (functionallyInvolved(re)) {
        regions[k] = true;
        reasons.push(`examination ${exam.date}: ${REGION_NAME[k]} involved`);
      }
    }
  }
  if (!regions.bulbar) {
    const dysphagia = c.symptoms?.find((x) => x.symptom === 'dysphagia' && x.date <= asOf);
    if (dysphagia) {
      regions.bulbar = true;
      regionsKnown = true;
      reasons.push(`dysphagia reported ${dysphagia.date}: bulbar involved`);
    }
  }
  let gastrostomyDate: IsoDate | null = null;
  let respiratoryFailureDate: IsoDate | null = null;
  for (const iv of c.interventions ?? []) {
    if (iv.startDate > asOf) continue;
    if (iv.kind === 'gastrostomy') gastrostomyDate = earliest(gastrostomyDate, iv.startDate);
    if (iv.kind === 'niv' || iv.kind === 'tracheostomy' || iv.kind === 'invasiveVentilation') {
      respiratoryFailureDate = earliest(respiratoryFailureDate, iv.startDate);
    }
  }
  const ep = c.endpoints;
  for (const d of [ep?.tracheostomyDate, ep?.nivOver23hDate]) {
    if (d !== undefined && d <= asOf) respiratoryFailureDate = earliest(respiratoryFailureDate, d);
  }
  if (gastrostomyDate) reasons.push(`gastrostomy since ${gastrostomyDate}`);
  if (respiratoryFailureDate) reasons.push(`ventilatory support since ${respiratoryFailureDate}`);
  const deathDate = ep?.deathDate !== undefined && ep.deathDate <= asOf ? ep.deathDate : null;
  if (deathDate) reasons.push(`died ${deathDate}`);
  return { regions, regionsKnown, gastrostomyDate, respiratoryFailureDate, deathDate, reasons };
}
