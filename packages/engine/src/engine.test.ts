import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { createEngine } from './engine.js';
import type { PatientCase } from './facts/index.js';

const DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(DIR + f, 'utf8')) as PatientCase);
const asOfOf = (c: PatientCase) =>
  (c.exams ?? [])
    .map((e) => e.date)
    .sort()
    .at(-1) ?? '2025-01-01';

describe('createEngine', () => {
  it('assesses as assess does with the same settings, case after case', () => {
    const settings = { diagnosis: { rostralReading: 'R1' as const }, care: { jurisdiction: 'UK' as const } };
    const engine = createEngine(settings);
    for (const c of [...CASES, ...CASES]) expect(engine.assess(c, asOfOf(c))).toEqual(assess(c, asOfOf(c), settings));
  });
  it('its diagnosis reads its own settings; two engines do not mix', () => {
    const r1 = createEngine({ diagnosis: { rostralReading: 'R1' } });
    const r3 = createEngine({ diagnosis: { rostralReading: 'R3' } });
    for (const c of CASES) {
      expect(r1.evaluateDiagnosis(c, asOfOf(c)).settings.find((u) => u.name === 'rostralReading')?.value).toBe('R1');
      expect(r3.evaluateDiagnosis(c, asOfOf(c)).settings.find((u) => u.name === 'rostralReading')?.value).toBe('R3');
    }
    expect(Object.isFrozen(r1.settings)).toBe(true);
  });
});
