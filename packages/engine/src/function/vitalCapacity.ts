/**
 * Vital capacity as % predicted, recorded as FVC or SVC and with posture, and its slope. A slope
 * only ever mixes records of one kind and one posture (supine FVC is not sitting FVC), and
 * records marked unreliable (e.g. poor mouth seal) are left out of it.
 */

import type { VitalCapacity } from '../facts/index.js';
import type { CaseView } from '../view/asOf.js';
import type { TrendRules } from './settings.js';
import { type TrendResult, trendAcrossVisits } from './trend.js';

export interface VitalCapacityAssessment {
  /** Latest reliable record on or before the assessment date. */
  latest: VitalCapacity | null;
  /** Slope of % predicted per month over records of the latest record's kind and posture. */
  trend: TrendResult;
  /** The series the trend used, e.g. 'FVC sitting'. */
  series: string | null;
  /** Records left out of the trend as unreliable. */
  unreliableExcluded: number;
}

export function assessVitalCapacity(view: CaseView, rules: TrendRules): VitalCapacityAssessment {
  const upToNow = view.case.vitalCapacity ?? [];
  const reliable = upToNow.filter((v) => v.reliable !== false);
  const latest = reliable.at(-1) ?? null;
  const sameSeries = latest ? reliable.filter((v) => v.kind === latest.kind && v.posture === latest.posture) : [];
  return {
    latest,
    trend: trendAcrossVisits(
      sameSeries.map((v) => ({ date: v.date, value: v.percentPredicted })),
      { rules, path: 'vitalCapacity' },
    ),
    series: latest ? `${latest.kind} ${latest.posture}` : null,
    unreliableExcluded: upToNow.length - reliable.length,
  };
}
