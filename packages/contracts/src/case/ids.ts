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
 * The known id closest to `input`, to suggest in an error message: by spelling first
 * (case-insensitive edit distance of at most a third of its length: 'FirstDorsalInterosseus' ->
 * 'firstDorsalInterosseous'), else by words, for a name written another way
 * ('gastrostomyDiscussion' -> 'nutrition.gastrostomy.discuss'; see `closestByWords`).
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
  return best ?? closestByWords(input, ids);
}

/** The words of an id or a typed name: camelCase, dots, dashes, underscores and spaces split it. */
function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
}

/** Two words match when equal, or when one is the other with an ending ('discuss', 'discussion'). */
function sameWord(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * The id sharing the most words with `input` (at least half of the input's words), the one with
 * fewer other words on a tie ('edaravone' -> 'dmt.edaravone.discuss'); none when still tied.
 */
function closestByWords(input: string, ids: readonly string[]): string | undefined {
  const typed = wordsOf(input);
  if (typed.length === 0) return undefined;
  let best: { id: string; matched: number; extra: number } | undefined;
  let tied = false;
  for (const id of ids) {
    const words = wordsOf(id);
    const matched = typed.filter((t) => words.some((w) => sameWord(t, w))).length;
    if (matched * 2 < typed.length || matched === 0) continue;
    const extra = words.length - matched;
    if (!best || matched > best.matched || (matched === best.matched && extra < best.extra)) {
      best = { id, matched, extra };
      tied = false;
    } else if (matched === best.matched && extra === best.extra) {
      tied = true;
    }
  }
  return tied ? undefined : best?.id;
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
