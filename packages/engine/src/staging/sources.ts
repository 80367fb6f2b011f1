import type { Source } from '../common/index.js';

export const STAGING_SOURCES = {
  kings: {
    cite: 'Roche 2012',
    year: 2012,
    detail:
      "King's staging: stages 1-3 = number of regions involved (bulbar, upper limb, lower limb); 4A gastrostomy; 4B non-invasive ventilation; 5 death",
    doi: '10.1093/brain/awr351',
    verification: 'R',
  },
  kingsFromAlsfrsr: {
    cite: 'Balendra 2014',
    year: 2014,
    detail:
      "King's stage from the ALSFRS-R: bulbar = item 1, 2 or 3 < 4; upper limb = item 4 or 5a < 4; lower limb = item 8 < 4 (item 9 not used); 4A = item 5 scored as 5b; 4B = item 10 = 0 or item 12 < 4",
    doi: '10.3109/21678421.2014.897357',
    verification: 'R',
  },
  kingsNoRegion: {
    cite: 'Betz decision (domain README)',
    year: 2025,
    detail:
      'an ALSFRS-R showing no region involved gives stage 1, flagged as estimated (a diagnosed patient has at least one region involved)',
    verification: 'M',
  },
  mitos: {
    cite: 'Chiò 2015',
    year: 2015,
    detail:
      'MiToS, Table 1: movement lost if walking <= 1 or dressing <= 1; swallowing lost if item 3 <= 1; communicating lost if speech <= 1 AND handwriting <= 1; breathing lost if dyspnoea <= 1 or respiratory insufficiency <= 2; stage = domains lost (0-4), 5 = death',
    doi: '10.1136/jnnp-2013-306589',
    verification: 'V',
  },
} as const satisfies Record<string, Source>;
