/**
 * The closed vocabularies of the case file that the engine's tables define: muscle ids (the
 * anatomy muscle table), investigation codes (the diagnosis workup catalogue) and care rule codes
 * (what a recorded decision refers to), read from the engine so there is one list of each. They
 * are the shared identifiers of ids.md.
 */
export {
  CARE_RULE_CODES,
  type CareRuleCode,
  INVESTIGATION_CODES,
  type InvestigationCode,
  MUSCLE_IDS,
  type MuscleId,
  RED_FLAG_CODES,
  type RedFlagCode,
} from '@betz/engine';

/**
 * The known id closest to `input` (case-insensitive edit distance of at most a third of its
 * length), to suggest in an error message: 'FirstDorsalInterosseus' -> 'firstDorsalInterosseous'.
 */
export function closestId(input: string, ids: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(needle.length / 3)) + 1;
  for (const id of ids) {
    const d = editDistance(needle, id.toLowerCase());
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
