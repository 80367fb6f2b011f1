/**
 * Structured care reasons: every rule code has an English template; rendering the structure gives
 * exactly the text Betz printed before reasons became data (reasons.examples.json, recorded from the
 * example cases before the change); every fact a reason names is a fact of the case, by its path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../assess.js';
import { CASE_FACT_KINDS } from '../facts/kinds.js';
import { EXAMPLE_CASES, valueAtPath } from '../testkit/examples.js';
import { CARE_REASON_TEMPLATES, renderCareReason } from './reasons.js';
import { CARE_RULES } from './rules/catalogue.js';
import type { CareReason } from './types.js';

const BEFORE = JSON.parse(readFileSync(new URL('./reasons.examples.json', import.meta.url), 'utf8')) as Record<
  string,
  { asOf: string; reasons: { code: string; reason: string }[] }
>;
const examples = EXAMPLE_CASES;

/**
 * Facts that are not one value of the case: 'ctx.' facts come from the other layers (diagnosis,
 * function); 'lastVisit' is the latest date among several lists (kept so the printed text stays as
 * it was; naming the record it came from is left for a version where the text may change).
 */
const DERIVED = (path: string): boolean => path.startsWith('ctx.') || path === 'lastVisit';
const CASE_KEYS = new Set<string>(['patient', 'history', ...CASE_FACT_KINDS.map((k) => k.caseKey)]);

describe('care reason templates', () => {
  it('every rule code has a template, and codes are unique', () => {
    const codes = CARE_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(CARE_REASON_TEMPLATES[code], code).toBeDefined();
  });
  it('a translation table overrides by code and falls back to English for a code it lacks', () => {
    const why: CareReason = {
      code: 'breathing.coughAssist',
      params: { value: 250 },
      facts: [],
      source: CARE_RULES[0]!.source,
    };
    expect(renderCareReason(why, { 'breathing.coughAssist': ({ params }) => `PCF ${params.value}` })).toBe('PCF 250');
    expect(renderCareReason(why, {})).toBe(renderCareReason(why));
    expect(() => renderCareReason({ ...why, code: 'no.such.rule' })).toThrow(/no template/);
  });
});

describe.each(examples)('$name: structured reasons', ({ name, c }) => {
  const before = BEFORE[name];
  if (!before) throw new Error(`${name} has no recorded reasons in reasons.examples.json`);
  const plan = assess(c, before.asOf).care;
  it('render(why) is the text printed before, and the reason field', () => {
    expect(plan.recommendations.map((r) => ({ code: r.code, reason: renderCareReason(r.why) }))).toEqual(
      before.reasons,
    );
    for (const r of plan.recommendations) {
      expect(r.why.code).toBe(r.code);
      expect(r.why.source).toBe(r.source);
      expect(r.reason).toBe(renderCareReason(r.why));
    }
  });
  it('every fact path resolves in the case file (scalar values equal), or names a derived fact', () => {
    const facts = plan.recommendations.flatMap((r) => r.why.facts);
    for (const f of facts) {
      if (DERIVED(f.path)) continue;
      const root = f.path.split(/[.[]/)[0]!;
      expect(CASE_KEYS.has(root), f.path).toBe(true);
      const v = valueAtPath(c, f.path);
      if (v === undefined) {
        // A fact that something is absent names the list it is absent from ('advanceCarePlans': 'none recorded').
        expect(f.path, `${f.path} = ${f.value}`).toBe(root);
        expect(typeof f.value).toBe('string');
      } else if (typeof v !== 'object') {
        expect(v, f.path).toBe(f.value);
      }
    }
  });
});
