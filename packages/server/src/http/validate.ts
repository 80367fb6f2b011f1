/**
 * Input checking at the edge: zod with the case format's messages (the contracts' error map), every
 * issue reported with where it is (`body`, `query`, `path`) and its field path. Strings holding a
 * NUL character are refused here: PostgreSQL cannot store them, and they are never meaningful.
 */
import { type ApiIssue, caseErrorMap, closestId, formatPath, toCaseIssues } from '@betz/contracts';
import * as z from 'zod';
import { ApiError, validationFailed } from './errors.js';

type Place = ApiIssue['in'];

function nulIssues(value: unknown, where: Place, path: (string | number)[] = [], out: ApiIssue[] = []): ApiIssue[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      out.push({ in: where, path: formatPath(path), message: 'must not contain a NUL character' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      nulIssues(v, where, [...path, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000'))
        out.push({ in: where, path: formatPath(path), message: 'a field name contains a NUL character' });
      nulIssues(v, where, [...path, k], out);
    }
  }
  return out;
}

/** Parse `value` with `schema`, or throw a 400 listing every invalid field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: Place): z.output<S> {
  const nul = nulIssues(value, where);
  if (nul.length > 0) throw validationFailed(nul);
  const result = schema.safeParse(value, { error: caseErrorMap });
  if (result.success) return result.data;
  throw validationFailed(
    toCaseIssues(result.error.issues).map((i) => ({ in: where, path: i.path, message: i.message })),
  );
}

/**
 * The query-string reader of a route, built once when the route is mounted: a parameter the route
 * does not declare is refused by name, as an unknown body field is (an ignored `?alerts=true` once
 * listed every patient), and a route that declares no query refuses any parameter.
 *
 * @example const readQuery = queryReader(AsOfQuerySchema); readQuery({ asof: '2025-06-01' }) // throws: did you mean "asOf"?
 */
export function queryReader(schema: z.ZodType | undefined): (query: Record<string, string>) => unknown {
  const declared = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const names = new Set(declared);
  const accepts = declared.length > 0 ? `this route takes ${declared.join(', ')}` : 'this route takes no parameters';
  return (query) => {
    const unknown = Object.keys(query).filter((name) => !names.has(name));
    if (unknown.length > 0) {
      throw validationFailed(
        unknown.map((name) => {
          const suggestion = declared.length > 0 ? closestId(name, declared) : undefined;
          const hint = suggestion ? `did you mean "${suggestion}"?` : `${accepts} (check its spelling)`;
          return { in: 'query' as const, path: name, message: `unknown parameter: ${hint}` };
        }),
      );
    }
    return schema ? parseInput(schema, query, 'query') : undefined;
  };
}

/** The JSON body of a request: 415 when it is not declared JSON, 400 when it does not parse. */
export function parseJsonText(text: string, contentType: string | undefined): unknown {
  if (text.length === 0) return undefined;
  if (!contentType || !/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw new ApiError(415, 'unsupported_media_type', 'send the body as JSON (Content-Type: application/json)');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'invalid_json', `the body is not valid JSON: ${(error as Error).message}`);
  }
  if (depthOf(value) > MAX_DEPTH) {
    throw validationFailed([{ in: 'body', path: '', message: `is nested more than ${MAX_DEPTH} levels deep` }]);
  }
  return value;
}

/** No request Betz reads nests deeper than a handful of levels; far deeper is refused unread. */
const MAX_DEPTH = 32;

/** How deeply a parsed JSON value nests, counted without recursion (a hostile body cannot overflow the stack). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > deepest) deepest = d;
    if (deepest > MAX_DEPTH) return deepest;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}
