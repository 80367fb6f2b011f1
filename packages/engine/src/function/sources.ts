import type { Source } from '../common/index.js';

/** Where the function measures come from, as data the UI can show. */
export const FUNCTION_SOURCES = {
  alsfrsr: {
    cite: 'Cedarbaum 1999',
    year: 1999,
    detail: 'ALSFRS-R: 12 items scored 0-4, total 0-48; item 5 as 5a (no gastrostomy) or 5b (gastrostomy)',
    doi: '10.1016/S0022-510X(99)00210-5',
    verification: 'R',
  },
  alsfrsOriginal: {
    cite: 'ALS CNTF Treatment Study Phase I-II Group 1996',
    year: 1996,
    detail: 'original ALSFRS: 10 items scored 0-4, total 0-40, one respiratory item',
    verification: 'R',
  },
  domains: {
    cite: 'Cedarbaum 1999',
    year: 1999,
    detail: 'domain subscores by convention: bulbar 1-3, fine motor 4-6, gross motor 7-9, respiratory 10-12',
    verification: 'V',
  },
  deltaFs: {
    cite: 'Kimura 2006',
    year: 2006,
    detail: 'ΔFS = (48 - ALSFRS-R total) / months from symptom onset; months = days / 365.25 * 12',
    doi: '10.1212/01.wnl.0000194316.91908.8a',
    verification: 'V',
  },
  progressionBands: {
    cite: 'Labra 2016',
    year: 2016,
    detail: 'slow < 0.5, intermediate 0.5-1.0, fast > 1.0 points/month (common convention; cut-offs configurable)',
    verification: 'R',
  },
  slope: {
    cite: 'Betz convention (PRO-ACT practice)',
    year: 2025,
    detail: 'per-patient ordinary least squares across visits; meaningful with >= 3 visits spanning >= 3 months',
    verification: 'M',
  },
  onsetAnchor: {
    cite: 'Karanevich 2018',
    year: 2018,
    detail: 'onset-anchored fit: an artificial point of 48 at symptom onset',
    verification: 'V',
  },
  bmi: {
    cite: 'WHO 2000',
    year: 2000,
    detail: 'body mass index = weight (kg) / height (m)^2',
    verification: 'K',
  },
} as const satisfies Record<string, Source>;
