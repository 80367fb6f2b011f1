/** Configurable readings of the function measures; the defaults are the product's choices. */
export interface ProgressionBandCutoffs {
  /** Below this (points/month) progression is slow. Default 0.5 (Labra 2016 convention). */
  slowBelow: number;
  /** Above this (points/month) progression is fast; between the two is intermediate. Default 1.0. */
  fastAbove: number;
}

export interface TrendRules {
  /** Fewest real visits for a slope to be meaningful. Default 3. */
  minVisits: number;
  /** Shortest span from first to last visit, in months. Default 3. */
  minSpanMonths: number;
  /** Confidence level of the slope interval. Default 0.95. */
  confidenceLevel: number;
}

export interface FunctionSettings {
  /** ΔFS is not computed below this disease duration (months from onset). Default 1. */
  deltaFsMinMonthsFromOnset: number;
  progressionBands: ProgressionBandCutoffs;
  /** ALSFRS-R slope across visits. */
  slope: TrendRules & {
    /** Add an artificial 48 at symptom onset (Karanevich 2018). Default false. */
    anchorAtOnset: boolean;
  };
  /** Vital capacity slope across visits (same kind and posture only). */
  vitalCapacitySlope: TrendRules;
  /** The weight "at diagnosis" is the record nearest the diagnosis date within this many days. Default 90. */
  diagnosisWeightWindowDays: number;
}

export const DEFAULT_FUNCTION_SETTINGS: FunctionSettings = {
  deltaFsMinMonthsFromOnset: 1,
  progressionBands: { slowBelow: 0.5, fastAbove: 1.0 },
  slope: { minVisits: 3, minSpanMonths: 3, confidenceLevel: 0.95, anchorAtOnset: false },
  vitalCapacitySlope: { minVisits: 3, minSpanMonths: 3, confidenceLevel: 0.95 },
  diagnosisWeightWindowDays: 90,
};

/** Defaults overlaid with a partial settings object (nested groups merged one level deep). */
export function resolveFunctionSettings(s?: Partial<FunctionSettings>): FunctionSettings {
  const d = DEFAULT_FUNCTION_SETTINGS;
  if (!s) return d;
  return {
    ...d,
    ...s,
    progressionBands: { ...d.progressionBands, ...s.progressionBands },
    slope: { ...d.slope, ...s.slope },
    vitalCapacitySlope: { ...d.vitalCapacitySlope, ...s.vitalCapacitySlope },
  };
}
