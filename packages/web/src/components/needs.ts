/**
 * The engine's "insufficient data: needs <case paths> (why)" sentences with the paths in words
 * (describeCasePath), for screens that show a result's `reason` as it comes.
 */
import { describeCasePath } from '@betz/engine';

const PATH = /^[a-z][A-Za-z0-9]*(\[\d+\])?(\.[A-Za-z0-9]+(\[\d+\])?)*$/;

export function needsInWords(text: string): string {
  return text.replace(/needs ([^()]+?)(?=\s*\(|$)/, (_m, list: string) => {
    const parts = list.split(/,\s*/);
    if (!parts.every((part) => PATH.test(part.trim()))) return `needs ${list}`;
    return `needs ${parts.map((part) => describeCasePath(part.trim())).join('; ')}`;
  });
}
