import { describe, expect, it } from 'vitest';
import { isMuscleId } from '../anatomy/muscles.js';
import type { PatientCase } from '../facts/index.js';
import { EXAMPLE_CASES } from '../testkit/examples.js';
import { CHANGE_CODES, CHANGE_TEMPLATES, type ChangeParams, renderChangeAction } from './changeText.js';
import { evaluateDiagnosis } from './evaluate.js';
import type { ChangeAction } from './phrase.js';
import type { DiagnosisSettings } from './settings.js';

const examples = EXAMPLE_CASES;

const READINGS: Partial<DiagnosisSettings>[] = [
  {},
  { gccReading: 'literal', labSupportedReading: 'standalone', rostralReading: 'R1' },
  { rostralReading: 'R3', lmnClinicalRule: 'weaknessAndWasting', fasciculationPotentialRule: 'complexOrUnstable' },
  { differentRootRule: 'disjointRootSets', nerveTrunkRule: 'sharedTrunk', accessoryMuscleRegion: 'bulbar' },
];
const AS_OF = ['2024-06-01', '2030-01-01'];

function actions(c: PatientCase, asOf: string, s: Partial<DiagnosisSettings>): ChangeAction[] {
  const d = evaluateDiagnosis(c, asOf, s);
  return [d.elEscorial, d.awaji, d.goldCoast].flatMap((r) =>
    r.whatWouldChange.flatMap((w) => w.alternatives.flatMap((a) => a.actions)),
  );
}
const all = (): ChangeAction[] =>
  READINGS.flatMap((s) => AS_OF.flatMap((asOf) => examples.flatMap(({ c }) => actions(c, asOf, s))));

const muscleParams = (p: ChangeParams): string[] =>
  [p.suggested, p.abnormalMuscle, p.fasciculationOnly].flatMap((v) =>
    v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [String(v)],
  );

describe('change templates', () => {
  it('every change code has exactly one template, and the table has no other', () => {
    for (const code of CHANGE_CODES) expect(CHANGE_TEMPLATES[code], code).toBeTypeOf('function');
    expect(Object.keys(CHANGE_TEMPLATES).sort()).toEqual([...CHANGE_CODES].sort());
    expect(new Set(CHANGE_CODES).size).toBe(CHANGE_CODES.length);
  });
  it('a translation overrides a template by code; the others stay English', () => {
    const nl = { umn: (p: ChangeParams) => `UMN-tekenen in de regio ${String(p.region)}` };
    expect(renderChangeAction({ code: 'umn', params: { region: 'bulbar', set: 'awaji', examples: 'umn' } }, nl)).toBe(
      'UMN-tekenen in de regio bulbar',
    );
    expect(
      renderChangeAction(
        {
          code: 'lmnClinical',
          params: { region: 'bulbar', set: 'awaji', lmnClinicalRule: 'wastingOrLmnWeakness', examples: 'lmn' },
        },
        nl,
      ),
    ).toBe('clinical LMN signs in the bulbar region (wasting, or weakness of LMN type, e.g. tongue wasting)');
  });
});

describe('actions as data', () => {
  const seen = all();
  it('every action renders from its code and params to its text', () => {
    expect(seen.length).toBeGreaterThan(50);
    for (const a of seen) {
      expect(CHANGE_CODES).toContain(a.code);
      expect(a.params.region).toBe(a.region);
      expect(renderChangeAction(a), a.code).toBe(a.text);
    }
  });
  it('the codes the examples reach cover the kinds of action', () => {
    const codes = new Set(seen.map((a) => a.code));
    for (const c of ['umn', 'lmnClinical', 'lmnEmg.bulbar', 'lmnEmg.thoracic', 'lmn.bulbar'] as const)
      expect(codes, c).toContain(c);
  });
  it('the muscles an action names are muscle ids of the table', () => {
    let named = 0;
    for (const a of seen) {
      for (const m of muscleParams(a.params)) {
        expect(isMuscleId(m), m).toBe(true);
        named++;
      }
    }
    expect(named).toBeGreaterThan(0);
  });
});
