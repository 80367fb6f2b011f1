/**
 * The generator's parameters, each with the figure it draws from. Epidemiological ranges are
 * from the Betz clinical reference (function-staging-prognosis.md §7.4), which cites the primary
 * sources named here; [R] marks figures recalled rather than re-read there. The generator aims
 * inside the cited ranges, not at any one cohort.
 */
export interface Cited<T> {
  value: T;
  /** The figure and where it comes from. */
  basis: string;
}

export const SYNTH_PARAMETERS = {
  maleFraction: {
    value: 0.59,
    basis: 'male:female ~1.3-1.6:1 (Brazilian cohort 132:86 [V]; registries [R]) → 0.57-0.62 male',
  },
  ageAtOnset: {
    value: { mean: 61, sd: 11, min: 22, max: 90 },
    basis: 'mean age at onset ~58-65 in population registries (Brazil 57.2 ± 12.3 [V]; trial cohorts ~55)',
  },
  bulbarOnset: {
    value: { base: 0.26, femaleExtra: 0.08, over70Extra: 0.06 },
    basis: 'bulbar onset ~25-35%, higher in women and older people (Serbia 34% [V], Brazil 19.7% [V], Europe ~30% [R])',
  },
  limbOnsetCervicalShare: {
    value: 0.5,
    basis: 'limb onset split evenly between upper and lower limb (registry practice [R])',
  },
  respiratoryOnset: { value: 0.02, basis: 'respiratory onset ~1-3% [R]' },
  lossAtDiagnosis: {
    value: { median: 6.5, sigma: 0.5, min: 2, max: 22, minDelayMonths: 1.5 },
    basis:
      'diagnosis once ~6.5 ALSFRS-R points are lost (assumed), which reproduces the onset-to-diagnosis delay: median ~10-14 months, mean ~12 with a long right tail [R]',
  },
  progressionRate: {
    value: { median: 0.6, sigma: 0.5, slowFraction: 0.12, slowFactor: 0.25 },
    basis:
      'ΔFS at diagnosis right-skewed, median ~0.5-0.7 points/month, ~20% > 1.0 [R] (Kimura 2006 [V] for ΔFS); a slow minority gives the long survivors',
  },
  survivalFromOnsetMonths: {
    value: { median: 36, sigma: 0.4, rateExponent: 0.9 },
    basis:
      "median composite survival from onset ~30-48 months (Lester 2025 30 [V]; King's vignettes 40-44 [V]; Chinese cohort 45.7 [V]); the reference suggests a median ≈ 36; ~10% alive at 10 years [R]; 1-year mortality from diagnosis ~1/3 (Wolf 2014 [V])",
  },
  kingsStageDurationsMonths: {
    value: { stage1: 12, stage2: 7.5 },
    basis:
      "median King's stage durations 12.0 (stage 1), 7.5 (2), 6.5 (3), 4.1 (4) months (Front Neurol 2018;9:442 [V])",
  },
  familialFraction: { value: 0.1, basis: 'familial ALS ~10% [R]' },
  genes: {
    value: {
      familial: { C9orf72: 0.35, SOD1: 0.15, FUS: 0.04, TARDBP: 0.04 },
      sporadic: { C9orf72: 0.06, SOD1: 0.012, FUS: 0.004, TARDBP: 0.005 },
    },
    basis:
      'C9orf72 expansion ~5-10% of sporadic ALS in European cohorts (§7.4 [R]); familial shares and SOD1/FUS/TARDBP are textbook figures [R], not from §7.4',
  },
  geneticTesting: {
    value: { tested: 0.7, testedIfFamilial: 0.92, vusFraction: 0.03 },
    basis: 'offer genetic testing to every person with ALS (Roggenbuck 2023); uptake assumed',
  },
  ftd: {
    value: { base: 0.09, withC9orf72: 0.4, notAssessed: 0.1 },
    basis: 'FTD at diagnosis ~5-15% (§7.4 [R]); higher with C9orf72 [R]',
  },
  gastrostomyUptake: { value: 0.65, basis: 'gastrostomy offered when dysphagia progresses; uptake assumed' },
  nivUptake: { value: 0.72, basis: 'NIV offered at respiratory insufficiency; uptake assumed' },
  compositeEventType: {
    value: { tracheostomy: 0.06, nivOver23h: 0.09 },
    basis: 'ENCALS composite endpoint: most events are deaths; tracheostomy and NIV > 23 h/day a minority (assumed)',
  },
  riluzole: { value: 0.8, basis: 'riluzole used by the majority (PRO-ACT era [R])' },
  mimicFraction: { value: 0.03, basis: 'a few referred "suspected ALS" turn out to be mimics (assumed, small)' },
  visitIntervalDays: { value: { mean: 91, sd: 12 }, basis: 'multidisciplinary clinic visits about every 3 months' },
  missedVisit: { value: 0.06, basis: 'assumed' },
} as const satisfies Record<string, Cited<unknown>>;
