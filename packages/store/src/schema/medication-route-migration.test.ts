/**
 * Migration 0009 maps stored free-text routes onto the route vocabulary with the same words the
 * case-file reader uses (engine routeFromText); this keeps the SQL and the engine in step.
 */
import { readFileSync } from 'node:fs';
import { MEDICATION_ROUTES, routeFromText } from '@betz/engine';
import { describe, expect, it } from 'vitest';

const sqlText = readFileSync(new URL('../../migrations/0009_medication_code_route.sql', import.meta.url), 'utf8');

describe('migration 0009: stored routes onto the route vocabulary', () => {
  const whens = [...sqlText.matchAll(/WHEN '([a-z0-9]+)' THEN '([a-z-]+)'/g)].map((m) => [m[1]!, m[2]!] as const);
  it('maps each word as the engine does', () => {
    expect(whens.length).toBeGreaterThan(40);
    for (const [word, route] of whens) expect(routeFromText(word), word).toBe(route);
  });
  it('keeps the note of exactly the words it maps, and checks the whole vocabulary', () => {
    const kept = sqlText.match(/IN \(\s*('oral', 'orally'[\s\S]*?)\)\s*THEN note/)?.[1];
    expect(kept?.match(/'([a-z0-9]+)'/g)?.map((w) => w.slice(1, -1))).toEqual(whens.map(([w]) => w));
    const check = sqlText.match(/medication_route_vocabulary CHECK \(route IN \(([\s\S]*?)\)\)/)?.[1];
    expect(check?.match(/'([a-z-]+)'/g)?.map((w) => w.slice(1, -1))).toEqual([...MEDICATION_ROUTES]);
  });
});
