import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CARE_RULES } from './rules/catalogue.js';
import { CARE_RULE_CODES, isCareRuleCode } from './rules/codes.js';
import { DEFAULT_CARE_SETTINGS } from './settings.js';
import { JURISDICTIONS } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const testFiles = [here, join(here, 'rules'), join(here, '..', 'genetics')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);
/** Every describe/it title in the care and genetics tests, each with its enclosing describe title. */
const titles = testFiles.flatMap((src) => {
  let suite = '';
  return [...src.matchAll(/\b(describe|it)\(\s*(['"`])(.*?)\2/g)].map((m) => {
    if (m[1] === 'describe') suite = m[3]!;
    return `${suite} | ${m[3]}`;
  });
});
/** A title names a source when it carries a year, a label or a guideline body. */
const NAMES_A_SOURCE =
  /\b(19|20)\d\d[a-z]?\b|label|practice|NICE|CMS|Medicare|FDA|EAN|AAN|niv4mnd|neuro-plans|care reference/;

describe('the rule table (care reference; every rule carries its source as data)', () => {
  it('codes are unique and stable in form', () => {
    const codes = CARE_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes)
      expect(c).toMatch(/^(dmt|breathing|nutrition|symptoms|genetics|team|planning|monitoring)\.[A-Za-z0-9.]+$/);
  });
  it('the code table (rules/codes.ts) and the rules agree: every code in the table has its rule', () => {
    expect([...CARE_RULE_CODES].sort()).toEqual(CARE_RULES.map((r) => r.code).sort());
    expect(isCareRuleCode('breathing.niv.offer')).toBe(true);
    expect(isCareRuleCode('edaravone')).toBe(false);
  });
  it('each code starts with its domain', () => {
    for (const r of CARE_RULES) expect(r.code.split('.')[0]).toBe(r.domain);
  });
  it('every rule names a source with a year and a verification tag', () => {
    for (const r of CARE_RULES) {
      expect(r.source.cite, r.code).not.toBe('');
      expect(r.source.year, r.code).toBeGreaterThan(1990);
      expect(['V', 'R', 'K', 'S', 'M'], r.code).toContain(r.source.verification);
    }
  });
  it('jurisdiction lists use the five known jurisdictions', () => {
    for (const r of CARE_RULES)
      if (r.jurisdictions !== 'all') for (const j of r.jurisdictions) expect(JURISDICTIONS).toContain(j);
  });
  it('every rule is named in the title of a test that also names its source', () => {
    const untested = CARE_RULES.filter((r) => !titles.some((t) => t.includes(r.code) && NAMES_A_SOURCE.test(t)));
    expect(untested.map((r) => r.code)).toEqual([]);
  });
  it('every default setting is a documented, finite number (or the jurisdiction)', () => {
    for (const [k, v] of Object.entries(DEFAULT_CARE_SETTINGS)) {
      if (k === 'jurisdiction') expect(JURISDICTIONS).toContain(v);
      else expect(Number.isFinite(v), k).toBe(true);
    }
    const doc = readFileSync(join(here, 'settings.ts'), 'utf8');
    for (const k of Object.keys(DEFAULT_CARE_SETTINGS)) expect(doc, k).toMatch(new RegExp(`\\*/\\n\\s+${k}:`));
  });
});
