/**
 * How case-file problems read. One error map gives zod's generic issues words a clinician or a
 * data manager understands ("required", "must be one of …"); schema-level messages (ranges with
 * units, ids, item 5, date orders) take precedence over it. Formatting is separate from the schemas.
 */
import type * as z from 'zod';
import { closestId } from './ids.js';

/** One invalid field: where it is in the case (`alsfrsr[2].speech`) and what is wrong with it. */
export interface CaseIssue {
  /** Path in the case file; '' is the file itself. */
  path: string;
  message: string;
}

/** `['alsfrsr', 2, 'speech']` -> `alsfrsr[2].speech`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short rendering of a received value for a message: `"Bulbar"`, `7`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** The error map for case files (pass as `{ error: caseErrorMap }` to `safeParse`). */
export const caseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected} (got ${describeValue(issue.input)})`;
    case 'invalid_value': {
      if (issue.input === undefined) return 'required';
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const texts = issue.values.filter((v): v is string => typeof v === 'string');
      const suggestion = typeof issue.input === 'string' ? closestId(issue.input, texts) : undefined;
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      return `must be one of ${options} (got ${describeValue(issue.input)}${hint})`;
    }
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${issue.minimum} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${issue.maximum} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    default:
      return undefined;
  }
};

/** Every zod issue as one `CaseIssue` per invalid field (an unknown-keys issue becomes one per key). */
export function toCaseIssues(issues: readonly z.core.$ZodIssue[]): CaseIssue[] {
  const out: CaseIssue[] = [];
  const seen = new Set<string>();
  const push = (path: readonly PropertyKey[], message: string) => {
    const issue = { path: formatPath(path), message };
    const key = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        push([...issue.path, key], 'unknown field: not part of the case format (check its spelling)');
    } else {
      push(issue.path, issue.message);
    }
  }
  return out;
}
