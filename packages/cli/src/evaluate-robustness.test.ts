/**
 * Every valid case file gets a complete answer: for cases made by removing or changing parts of the
 * examples, whatever `parseCase` accepts, `assess` answers without throwing, at any assessment
 * date, and the text report never prints a missing value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCase } from '@betz/contracts';
import { addDays, assess, latestFactDate, renderAssessmentText } from '@betz/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as Record<string, unknown>);

type Json = Record<string | number, unknown>;

/** Every path to a value inside `v` (objects and arrays), the root excluded. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v && typeof v === 'object') return [...here, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return here;
}

function edit(c: Json, path: (string | number)[], change: (parent: Json, key: string | number) => void): Json {
  const copy = structuredClone(c);
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Json;
  change(parent, path[path.length - 1]!);
  return copy;
}

const MISSING = /\bundefined\b|\bNaN\b|\[object Object\]/;

describe('betz evaluate answers every valid case', () => {
  it('with parts removed, at any date from 900 days before to a year after the last fact', () => {
    const variant = fc
      .tuple(
        fc.constantFrom(...examples),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: -900, max: 365 }),
      )
      .map(([base, picks, shiftDays]) => {
        let c = base as Json;
        for (const pick of picks) {
          const all = paths(c);
          const path = all[pick % all.length]!;
          c = edit(c, path, (parent, key) => {
            if (Array.isArray(parent)) parent.splice(key as number, 1);
            else delete parent[key];
          });
        }
        return { c, shiftDays };
      });
    let assessed = 0;
    fc.assert(
      fc.property(variant, ({ c, shiftDays }) => {
        const parsed = parseCase(c);
        if (!parsed.ok) return;
        const latest = latestFactDate(parsed.case);
        if (!latest) return;
        const asOf = addDays(latest, shiftDays);
        const text = renderAssessmentText(assess(parsed.case, asOf));
        expect(text).not.toMatch(MISSING);
        assessed++;
      }),
      { numRuns: 300 },
    );
    expect(assessed).toBeGreaterThan(40);
  });

  it('with values changed to other valid values of their kind', () => {
    const flip = fc.tuple(fc.constantFrom(...examples), fc.nat()).map(([base, pick]) => {
      const all = paths(base).filter((p) => {
        const v = p.reduce<unknown>((x, k) => (x as Json)[k], base);
        return typeof v === 'boolean' || typeof v === 'number';
      });
      const path = all[pick % all.length]!;
      return edit(base as Json, path, (parent, key) => {
        const v = parent[key];
        parent[key] =
          typeof v === 'boolean' ? !v : Number.isInteger(v) ? Math.max(0, (v as number) - 1) : (v as number) * 0.9;
      });
    });
    fc.assert(
      fc.property(flip, (c) => {
        const parsed = parseCase(c);
        if (!parsed.ok) return;
        const text = renderAssessmentText(assess(parsed.case, latestFactDate(parsed.case)!));
        expect(text).not.toMatch(MISSING);
      }),
      { numRuns: 300 },
    );
  });
});
