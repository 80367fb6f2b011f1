/**
 * The diagnosis engine is built once from its settings and keeps what it computes. What it keeps
 * must never change an answer: a warm engine answers as a fresh one, and engines with different
 * settings never see each other's state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../facts/index.js';
import { createDiagnosisEngine, evaluateDiagnosis } from './evaluate.js';
import { DEFAULT_DIAGNOSIS_SETTINGS, type DiagnosisSettings } from './settings.js';

const DIR = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const CASES: { name: string; c: PatientCase; asOf: string }[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const c = JSON.parse(readFileSync(DIR + f, 'utf8')) as PatientCase;
    const dates = (c.exams ?? []).map((e) => e.date).sort();
    return { name: f, c, asOf: dates[dates.length - 1] ?? '2025-01-01' };
  });

const READINGS: Partial<DiagnosisSettings>[] = [
  {},
  { rostralReading: 'R1', gccReading: 'literal' },
  { rostralReading: 'R3', labSupportedReading: 'standalone', fasciculationPotentialRule: 'complexOrUnstable' },
  { lmnClinicalRule: 'weaknessAndWasting', accessoryMuscleRegion: 'bulbar', nerveTrunkRule: 'sharedTrunk' },
];

const json = (x: unknown) => JSON.stringify(x);

describe('createDiagnosisEngine', () => {
  it('resolves its settings once, over the defaults', () => {
    expect(createDiagnosisEngine().settings).toBe(DEFAULT_DIAGNOSIS_SETTINGS);
    const e = createDiagnosisEngine({ rostralReading: 'R1' });
    expect(e.settings).toEqual({ ...DEFAULT_DIAGNOSIS_SETTINGS, rostralReading: 'R1' });
    expect(Object.isFrozen(e.settings)).toBe(true);
  });

  it('a warm engine answers every case as a fresh engine does, for every reading', () => {
    for (const s of READINGS) {
      const warm = createDiagnosisEngine(s);
      // Warm it on every case twice over (its tables and texts fill), then ask again in reverse order.
      for (const { c, asOf } of [...CASES, ...CASES]) warm.evaluate(c, asOf);
      for (const { name, c, asOf } of [...CASES].reverse()) {
        const fresh = createDiagnosisEngine(s).evaluate(c, asOf);
        expect(json(warm.evaluate(c, asOf)), `${name} ${json(s)}`).toBe(json(fresh));
      }
    }
  });

  it('engines with different settings, used in turn, never see each other’s state', () => {
    const engines = READINGS.map((s) => createDiagnosisEngine(s));
    const alone = READINGS.map((s) => CASES.map(({ c, asOf }) => json(createDiagnosisEngine(s).evaluate(c, asOf))));
    for (let i = 0; i < CASES.length; i++) {
      const { c, asOf } = CASES[i]!;
      engines.forEach((e, k) => {
        expect(json(e.evaluate(c, asOf))).toBe(alone[k]![i]);
      });
    }
    // The readings do differ somewhere, so the comparison above can fail.
    expect(alone[1]).not.toEqual(alone[0]);
  });

  it('evaluateDiagnosis is the default engine, or an engine built for the call’s settings', () => {
    for (const { c, asOf } of CASES) {
      expect(evaluateDiagnosis(c, asOf)).toEqual(createDiagnosisEngine().evaluate(c, asOf));
      expect(evaluateDiagnosis(c, asOf, READINGS[2])).toEqual(createDiagnosisEngine(READINGS[2]).evaluate(c, asOf));
    }
  });
});
