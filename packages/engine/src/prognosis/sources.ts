import type { Source } from '../common/index.js';

export const PROGNOSIS_SOURCES = {
  encals: {
    cite: 'Westeneng 2018',
    year: 2018,
    detail:
      'ENCALS personalised prediction model: Royston-Parmar proportional-odds model of composite survival (death, tracheostomy or NIV > 23 h/day) from symptom onset; 8 predictors incl. C9orf72',
    doi: '10.1016/S1474-4422(18)30089-9',
    verification: 'V',
  },
  tricals: {
    cite: 'Westeneng 2018 (TRICALS 7-predictor profile)',
    year: 2018,
    detail:
      'the same model refitted without C9orf72, as used for TRICALS trial eligibility; betas from the public ENCALS/TRICALS R code (rpavaneijk/Precision-ALS)',
    url: 'https://github.com/rpavaneijk/Precision-ALS',
    verification: 'V',
  },
  roystonParmar: {
    cite: 'Royston 2002',
    year: 2002,
    detail:
      'restricted cubic spline of ln(time) on the log-odds scale; knots 0.081, 3.108, 3.638, 5.917; γ0..γ3 -6.409, 2.643, -0.546, 0.585',
    doi: '10.1002/sim.1203',
    verification: 'R',
  },
  population: {
    cite: 'Westeneng 2018',
    year: 2018,
    detail: 'developed at or near diagnosis in patients without tracheostomy or NIV > 23 h/day',
    verification: 'V',
  },
  riskGroups: {
    cite: 'Betz approximation of Westeneng 2018 groups',
    year: 2025,
    detail:
      'the paper defines five groups by linear-predictor cut-offs Betz does not hold; labels here bin the predicted median from onset at midpoints between recalled group medians (17.7, 25.3, 32.2, 43.7, 91.0 months)',
    verification: 'M',
  },
} as const satisfies Record<string, Source>;
