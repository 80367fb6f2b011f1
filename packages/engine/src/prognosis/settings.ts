/** Configurable parts of the prognosis; the defaults are the product's choices. */
export interface PrognosisSettings {
  /** Horizons (months from the assessment) for the conditional survival table. */
  horizonsMonths: number[];
  /** Curve grid step, months. */
  curveStepMonths: number;
  /** The curve runs to at least this many months from onset (and 60 months past the assessment). */
  curveMinEndMonthsFromOnset: number;
  /** ΔFS guard: minimum months from onset to the ALSFRS-R used. */
  deltaFsMinMonthsFromOnset: number;
  /** Diagnostic delays below this are refused (the delay transform is an extrapolation there). */
  minDiagnosticDelayMonths: number;
  /** The vital capacity must be within this many months of the ALSFRS-R record used. */
  vitalCapacityWindowMonths: number;
  /** A caution is added when the assessment is this long after diagnosis (the model is for diagnosis). */
  cautionMonthsAfterDiagnosis: number;
  /** Risk-group labels, a labelled approximation (see PROGNOSIS_SOURCES.riskGroups). */
  riskGroups: {
    show: boolean;
    /** Upper bounds of very short, short, intermediate, long (predicted median from onset, months). */
    medianCutoffsMonths: [number, number, number, number];
  };
}

export const DEFAULT_PROGNOSIS_SETTINGS: PrognosisSettings = {
  horizonsMonths: [12, 24, 36, 60],
  curveStepMonths: 1,
  curveMinEndMonthsFromOnset: 120,
  deltaFsMinMonthsFromOnset: 1,
  minDiagnosticDelayMonths: 1,
  vitalCapacityWindowMonths: 3,
  cautionMonthsAfterDiagnosis: 12,
  riskGroups: {
    show: true,
    // Midpoints between the recalled group medians 17.7, 25.3, 32.2, 43.7 and 91.0 months.
    medianCutoffsMonths: [21.5, 28.75, 37.95, 67.35],
  },
};

export function resolvePrognosisSettings(s?: Partial<PrognosisSettings>): PrognosisSettings {
  const d = DEFAULT_PROGNOSIS_SETTINGS;
  if (!s) return d;
  return { ...d, ...s, riskGroups: { ...d.riskGroups, ...s.riskGroups } };
}

export type RiskGroupLabel = 'very short' | 'short' | 'intermediate' | 'long' | 'very long';

/** Bin a predicted median (months from onset) into the five labels; a labelled approximation. */
export function riskGroupOfMedian(medianMonths: number, cutoffs: readonly number[]): RiskGroupLabel {
  const labels: RiskGroupLabel[] = ['very short', 'short', 'intermediate', 'long', 'very long'];
  let i = 0;
  while (i < cutoffs.length && medianMonths >= cutoffs[i]!) i++;
  return labels[i]!;
}
