/**
 * Trace lines as data: every code has a template; the detail of every line is its template applied
 * to its params (for region lines a parity check: the evidence's own summary against the template);
 * the text equals what Betz printed before lines became data (trace.examples.json, recorded from
 * the example cases before the change); every fact a line names is a fact of the case, by its path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../facts/index.js';
import { EXAMPLE_CASES, valueAtPath } from '../testkit/examples.js';
import type { TraceStep } from './assessment.js';
import { evaluateDiagnosis } from './evaluate.js';
import type { DiagnosisSettings } from './settings.js';
import { renderTraceDetail, TRACE_CODES, TRACE_TEMPLATES } from './traceText.js';

const BEFORE = JSON.parse(readFileSync(new URL('./trace.examples.json', import.meta.url), 'utf8')) as {
  settingsLines: Record<Criteria, string>;
  examples: Record<string, { asOf: string } & Record<Criteria, string[]>>;
};
type Criteria = 'elEscorial' | 'awaji' | 'goldCoast';
const CRITERIA: readonly Criteria[] = ['elEscorial', 'awaji', 'goldCoast'];
const examples = EXAMPLE_CASES;

const traces = (c: PatientCase, asOf: string, s?: Partial<DiagnosisSettings>): TraceStep[][] => {
  const d = evaluateDiagnosis(c, asOf, s);
  return [d.elEscorial.trace, d.awaji.trace, d.goldCoast.trace];
};

describe('trace templates', () => {
  it('every trace code has a template, and the table has no other', () => {
    for (const code of TRACE_CODES) expect(TRACE_TEMPLATES[code], code).toBeTypeOf('function');
    expect(Object.keys(TRACE_TEMPLATES).sort()).toEqual([...TRACE_CODES].sort());
  });
  it('a translation overrides a template by code; the others stay English', () => {
    const nl = { 'clause.lmnTwoRegions': (p: { lmn?: unknown }) => `LMN in: ${String(p.lmn)} (NL)` };
    expect(renderTraceDetail({ code: 'clause.lmnTwoRegions', params: { lmn: ['cervical'] } }, nl)).toBe(
      'LMN in: cervical (NL)',
    );
    expect(renderTraceDetail({ code: 'clause.sameRegion', params: { together: [] } }, nl)).toBe('together in: none');
  });
});

describe.each(examples)('$name: trace lines as data', ({ name, c }) => {
  const before = BEFORE.examples[name];
  if (!before) throw new Error(`${name} has no recorded trace in trace.examples.json`);
  const [e, a, g] = traces(c, before.asOf);
  it('every line renders from its code and params to its detail, the text printed before', () => {
    [e!, a!, g!].forEach((trace, i) => {
      const set = CRITERIA[i]!;
      for (const t of trace) {
        expect(TRACE_CODES).toContain(t.code);
        expect(renderTraceDetail(t), `${set} ${t.code}`).toBe(t.detail);
      }
      expect(trace[0]!.detail).toBe(BEFORE.settingsLines[set]);
      expect(trace.slice(1).map((t) => `${t.step}: ${renderTraceDetail(t)}`)).toEqual(before[set]);
    });
  });
  it('every fact a line names resolves in the case file with the value it names', () => {
    for (const t of [...e!, ...a!, ...g!])
      for (const f of t.facts ?? []) expect(valueAtPath(c, f.path), f.path).toBe(f.value);
  });
});

describe('other readings render alike (codes the defaults do not reach)', () => {
  const readings: Partial<DiagnosisSettings>[] = [
    { gccReading: 'literal', labSupportedReading: 'standalone', rostralReading: 'R1' },
    { rostralReading: 'R3', lmnClinicalRule: 'weaknessAndWasting', fasciculationPotentialRule: 'complexOrUnstable' },
  ];
  it.each(readings)('%o', (s) => {
    const seen = new Set<string>();
    for (const { c } of examples) {
      for (const trace of traces(c, '2030-01-01', s)) {
        for (const t of trace) {
          seen.add(t.code);
          expect(renderTraceDetail(t)).toBe(t.detail);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(12);
  });
});
