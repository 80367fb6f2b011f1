/**
 * The answer every rule gives when a fact it needs is missing: never a guess.
 * `needs` names the missing facts by their path in the case model (e.g. 'history.onsetDate').
 */
export interface Insufficient {
  kind: 'insufficient';
  needs: string[];
  /** Human sentence, e.g. "insufficient data: needs history.onsetDate". */
  reason: string;
}

/** Build an insufficient-data answer naming what is missing. */
export function insufficient(needs: string[], why?: string): Insufficient {
  const base = `insufficient data: needs ${needs.join(', ')}`;
  return { kind: 'insufficient', needs, reason: why ? `${base} (${why})` : base };
}
