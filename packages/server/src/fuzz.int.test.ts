/**
 * Fuzzing every route with property-based random requests (fast-check): random JSON bodies,
 * examples with fields replaced by hostile values, raw text in any content type, junk in path
 * parameters and query strings. Whatever comes in, the answer is never a 5xx and always the JSON
 * error shape (or a success).
 */
import { randomUUID } from 'node:crypto';
import { testBackends } from '@betz/store';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from './app.js';
import { API_BASE, type RouteSpec } from './http/route.js';
import { openTestClinic, type TestClinic } from './testing/clinic.js';

const HOSTILE: unknown[] = [
  null,
  '',
  ' ',
  '\u0000',
  'x'.repeat(30_000),
  '2025-02-30',
  '0000-01-01',
  '99999-01-01',
  -0,
  -1,
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.1,
  true,
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
  '\ud800',
  "'; DROP TABLE patient; --",
  '%_\\',
  '00000000-0000-0000-0000-000000000000',
];

const leafPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => leafPaths(v, [...path, i]))];
  if (value && typeof value === 'object')
    return [path, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]))];
  return [path];
};

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

const hostileValue = fc.oneof(fc.constantFrom(...HOSTILE), fc.jsonValue({ maxDepth: 3 }), fc.string(), fc.double());

/** A body: random JSON, or the route's example with a few leaves replaced. */
const bodyFor = (route: RouteSpec) => {
  const example = route.example?.body ?? {};
  const paths = leafPaths(example);
  const mutated = fc
    .array(fc.tuple(fc.constantFrom(...paths), hostileValue), { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce<unknown>((acc, [p, v]) => setAt(acc, p, v), example));
  return fc.oneof(fc.jsonValue({ maxDepth: 4 }), mutated, mutated);
};

const junkParam = fc.oneof(
  fc.constant(randomUUID()),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom('..', '%00', '%2F', 'null', '-1', '1e9', ' '),
);

describe.each(testBackends())('fuzzing every route (%s)', (backend) => {
  let clinic: TestClinic;
  let patientId: string;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    patientId = (await clinic.request('POST', `${API_BASE}/patients`, { body: { birthDate: '1950-01-01' } })).json.id;
  }, 60_000);
  afterAll(() => clinic?.close());

  const roleFor = (route: RouteSpec) =>
    route.access.kind === 'action' && ['user.manage', 'audit.read'].includes(route.access.action)
      ? 'admin'
      : route.access.kind === 'action' && route.access.action === 'research.read'
        ? 'researcher'
        : 'clinician';

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s never answers 5xx',
    async (_, route) => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            body: bodyFor(route),
            raw: fc.option(
              fc.tuple(
                fc.string({ maxLength: 200 }),
                fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
              ),
              { freq: 4 },
            ),
            params: fc.dictionary(fc.constantFrom('patientId', 'factId', 'userId', 'tokenId', 'researchId'), junkParam),
            realPatient: fc.boolean(),
            query: fc.dictionary(
              fc.string({ maxLength: 12 }),
              fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('-1', '1e99', '%', '2025-13-01')),
            ),
          }),
          async ({ body, raw, params, realPatient, query }) => {
            let path = route.path;
            for (const name of path.match(/:(\w+)/g) ?? []) {
              const key = name.slice(1);
              const value = key === 'patientId' && realPatient ? patientId : (params[key] ?? randomUUID());
              path = path.replace(name, encodeURIComponent(value));
            }
            const qs = new URLSearchParams(query).toString();
            const url = `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
            const res =
              route.method === 'GET'
                ? await clinic.request(route.method, url, { as: roleFor(route) })
                : raw
                  ? await clinic.request(route.method, url, {
                      as: roleFor(route),
                      text: raw[0],
                      headers: raw[1] ? { 'content-type': raw[1] } : {},
                    })
                  : await clinic.request(route.method, url, { as: roleFor(route), body });
            expect(res.status, JSON.stringify(res.json)).toBeLessThan(500);
            if (res.status >= 400) {
              expect(typeof res.json.code).toBe('string');
              expect(typeof res.json.message).toBe('string');
            }
          },
        ),
        { numRuns: Number(process.env.BETZ_FUZZ_RUNS ?? 25) },
      );
    },
    120_000,
  );
});
