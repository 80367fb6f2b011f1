/**
 * docs/api.md stays true to the server: every path it calls is a route of the API, and its table
 * of errors has every error code the API can answer.
 */
import { readFileSync } from 'node:fs';
import { API_ERROR_CODES } from '@betz/contracts';
import { describe, expect, it } from 'vitest';
import { ROUTES } from './app.js';

const guide = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

/** `$B/patients/$P/weights?x=1` → `/patients/:id/weights`; route paths get the same `:id`. */
const shape = (path: string) => path.replace(/\?.*$/, '').replace(/\/(\$[A-Z]+|\{\w+\}|:\w+)/g, '/:id');

describe('docs/api.md, the API guide', () => {
  const called = [...guide.matchAll(/\$B(\/[^\s"'`)]*)/g)].map((m) => shape(m[1] as string));
  const routes = new Set(ROUTES.map((r) => shape(r.path)));

  it('calls only routes the server has', () => {
    expect(called.length).toBeGreaterThan(10);
    expect([...new Set(called)].filter((p) => !routes.has(p))).toEqual([]);
  });

  it('lists every error code in its table of errors', () => {
    const listed = [...guide.matchAll(/^\| \d{3} \| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...API_ERROR_CODES].sort());
  });
});
