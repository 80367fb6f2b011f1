/** Reading a case file: JSON text or a parsed value in, a valid `PatientCase` or every problem out. */
import type { PatientCase } from '@betz/engine';
import { type CaseIssue, caseErrorMap, toCaseIssues } from './errors.js';
import { upgradeLegacyRoutes } from './legacy-route.js';
import { PatientCaseSchema } from './patient-case.js';
import { caseWarnings } from './warnings.js';

/** A valid case with its warnings (facts that will not count, by path and reason), or every problem. */
export type CaseParseResult =
  | { ok: true; case: PatientCase; warnings: CaseIssue[] }
  | { ok: false; issues: CaseIssue[] };

/**
 * Validate a parsed case file. Returns the case with its warnings, or the list of every invalid
 * field with its path and reason; never a partial case.
 *
 * @example
 * const r = parseCase(JSON.parse(text));
 * if (!r.ok) for (const i of r.issues) console.log(`${i.path}: ${i.message}`); // alsfrsr[2].speech: must be …
 */
export function parseCase(json: unknown): CaseParseResult {
  // Free-text routes written before the route vocabulary still load (legacy-route.ts).
  const legacy = upgradeLegacyRoutes(json);
  const result = PatientCaseSchema.safeParse(legacy.json, { error: caseErrorMap });
  if (result.success) {
    return { ok: true, case: result.data, warnings: [...legacy.warnings, ...caseWarnings(result.data)] };
  }
  return { ok: false, issues: toCaseIssues(result.error.issues) };
}

/** Validate a case file's text: invalid JSON is one issue at the file itself (path ''). */
export function parseCaseJson(text: string): CaseParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${jsonErrorMessage(text, error)}` }] };
  }
  return parseCase(json);
}

/** The JSON parser's message with the line and column of its character position, where it gives one. */
function jsonErrorMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
