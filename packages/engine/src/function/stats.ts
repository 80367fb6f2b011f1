/**
 * Small numerical helpers: ordinary least squares with the slope's standard error, and the
 * Student t quantile for its confidence interval (regularised incomplete beta by continued
 * fraction, Numerical Recipes §6.4; inverted by bisection).
 */

export interface LinearFit {
  slope: number;
  intercept: number;
  n: number;
  /** Standard error of the slope; null with fewer than 3 points (no residual degrees of freedom). */
  standardError: number | null;
  /** Confidence interval of the slope at the requested level; null when the standard error is. */
  confidenceInterval: [number, number] | null;
  /** Residual standard deviation; null with fewer than 3 points. */
  residualSd: number | null;
}

/** A least-squares line without its confidence interval (`leastSquaresLine`). */
export type LinearFitLine = Omit<LinearFit, 'confidenceInterval'>;

/**
 * Least-squares line through (x, y) with the slope's standard error, without a confidence interval:
 * for a caller that keeps no interval (the cohort batch), which then solves no t quantile (about
 * 40 µs for a fit of more than 32 visits). Null when x has no spread (slope undefined).
 */
export function leastSquaresLine(xs: readonly number[], ys: readonly number[]): LinearFitLine | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    sxx += dx * dx;
    sxy += dx * (ys[i]! - my);
  }
  if (sxx <= 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  if (n < 3) return { slope, intercept, n, standardError: null, residualSd: null };
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = ys[i]! - (intercept + slope * xs[i]!);
    sse += r * r;
  }
  const residualSd = Math.sqrt(sse / (n - 2));
  return { slope, intercept, n, standardError: residualSd / Math.sqrt(sxx), residualSd };
}

/** Least-squares line through (x, y); null when x has no spread (slope undefined). */
export function leastSquares(xs: readonly number[], ys: readonly number[], confidenceLevel = 0.95): LinearFit | null {
  const line = leastSquaresLine(xs, ys);
  if (line === null) return null;
  const { slope, intercept, n, standardError, residualSd } = line;
  if (standardError === null) return { slope, intercept, n, standardError, confidenceInterval: null, residualSd };
  const t = studentTQuantile(1 - (1 - confidenceLevel) / 2, n - 2);
  return {
    slope,
    intercept,
    n,
    standardError,
    confidenceInterval: [slope - t * standardError, slope + t * standardError],
    residualSd,
  };
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T <= t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The p-quantile of Student's t (p in (0, 1)), by bisection on the CDF. The quantile of the default
 * 95 % interval (p = 0.975) for up to T_975_MAX_DF degrees of freedom is read from a table computed
 * once at load; any other is solved when asked (about 40 µs), so no cache is kept between calls.
 */
export function studentTQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (p === 0.975 && Number.isInteger(df) && df >= 1 && df <= T_975_MAX_DF) return T_975[df]!;
  return solveTQuantile(p, df);
}

function solveTQuantile(p: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Fits of more than 32 visits (df > 30) are rare enough to solve on demand. */
const T_975_MAX_DF = 30;
/** t(0.975, df) for df 0..30 (index 0 unused): a constant table, built once at load (about 1 ms). */
const T_975: readonly number[] = Object.freeze(
  Array.from({ length: T_975_MAX_DF + 1 }, (_, df) => (df === 0 ? Number.NaN : solveTQuantile(0.975, df))),
);

/**
 * Regularised lower incomplete gamma P(a, x): series for x < a + 1, continued fraction (modified
 * Lentz) otherwise (Numerical Recipes §6.2, gser/gcf).
 */
export function incompleteGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const lnFront = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < 1000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
    }
    return sum * Math.exp(lnFront);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return 1 - Math.exp(lnFront) * h;
}

/** P(X > x) for a chi-square variable with `df` degrees of freedom (the p-value of a chi-square test). */
export function chiSquareUpperTail(x: number, df: number): number {
  if (x <= 0) return 1;
  return 1 - incompleteGammaP(df / 2, x / 2);
}

/** Φ(z), the standard normal CDF, from P(1/2, z²/2) = P(|Z| < |z|). */
export function normalCdf(z: number): number {
  const half = 0.5 * incompleteGammaP(0.5, (z * z) / 2);
  return z >= 0 ? 0.5 + half : 0.5 - half;
}

/** The p-quantile of the standard normal (p in (0, 1)), by bisection on `normalCdf` (1.959964 for 0.975). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1) (got ${p})`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -normalQuantile(1 - p);
  let lo = 0;
  let hi = 1;
  while (normalCdf(hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
