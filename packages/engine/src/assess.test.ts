import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, careContext, latestFactDate, prognosisInput, renderAssessmentText } from './assess.js';
import { renderCareText } from './care/index.js';
import { addDays } from './common/dates.js';
import { evaluateDiagnosis, renderDiagnosisText } from './diagnosis/index.js';
import { CASE_FACT_KINDS, type FactKindEntry, type PatientCase } from './facts/index.js';
import { evaluateFunction, renderFunctionText } from './function/index.js';
import { renderPrognosisText } from './prognosis/index.js';
import { evaluateStaging, renderStagingText } from './staging/index.js';

const DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const example = (name: string): PatientCase => JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8')) as PatientCase;
const asOfOf = (c: PatientCase) => latestFactDate(c)!;

const base: PatientCase = { schemaVersion: 1, patient: { id: 'synthetic-assess' } };

describe('latestFactDate (the default assessment date)', () => {
  it('is undefined for a case with no dated fact', () => {
    expect(latestFactDate(base)).toBeUndefined();
    expect(latestFactDate({ ...base, patient: { id: 'p', birthDate: '1950-01-01' }, weights: [] })).toBeUndefined();
  });

  it('is the latest date across every kind of record', () => {
    const c: PatientCase = {
      ...base,
      history: { onsetDate: '2023-01-01', diagnosisDate: '2023-06-01' },
      weights: [{ date: '2023-07-01', weightKg: 70 }],
      exams: [{ date: '2023-09-01', regions: [] }],
      medications: [{ drug: 'riluzole', startDate: '2023-06-10', stopDate: '2023-10-01' }],
    };
    expect(latestFactDate(c)).toBe('2023-10-01');
    expect(latestFactDate({ ...c, endpoints: { deathDate: '2024-02-02' } })).toBe('2024-02-02');
  });

  it('ignores a date that plans rather than records (a deferral until)', () => {
    const c: PatientCase = {
      ...base,
      careDecisions: [{ code: 'niv', status: 'deferred', date: '2024-01-01', until: '2024-06-01' }],
    };
    expect(latestFactDate(c)).toBe('2024-01-01');
  });

  it('reads every recording date field of every kind in the fact catalogue', () => {
    for (const entry of CASE_FACT_KINDS as readonly FactKindEntry[]) {
      for (const field of [entry.placedBy, ...entry.otherDates]) {
        if (field === null) continue;
        const fact = { [field]: '2030-01-01' };
        const c = { ...base, [entry.caseKey!]: entry.cardinality === 'one' ? fact : [fact] } as PatientCase;
        expect(latestFactDate(c), `${entry.kind}.${field}`).toBe('2030-01-01');
      }
    }
  });

  it('does not take a birth date as a fact date', () => {
    const c: PatientCase = {
      ...base,
      patient: { id: 'p', birthDate: '2024-01-01' },
      weights: [{ date: '2023-01-01', weightKg: 9 }],
    };
    expect(latestFactDate(c)).toBe('2023-01-01');
  });
});

describe('what prognosis takes from the diagnosis (ENCALS "definite" predictor, Westeneng 2018)', () => {
  const input = (name: string) => {
    const c = example(name);
    return prognosisInput(evaluateDiagnosis(c, asOfOf(c)));
  };
  it('is definite for a clinically definite case, and not definite for a probable one', () => {
    expect(input('01-definite-limb-onset')).toEqual({ definiteElEscorial: true });
    expect(input('02-probable-bulbar-onset')).toEqual({ definiteElEscorial: false });
  });
  it('follows the signs while exclusions are pending (the category is shown pending them)', () => {
    const c = example('01-definite-limb-onset');
    const pending = { ...c, investigations: (c.investigations ?? []).filter((i) => i.code !== 'b12') };
    const d = evaluateDiagnosis(pending, asOfOf(c));
    expect(d.elEscorial.status).toBe('pendingExclusions');
    expect(prognosisInput(d)).toEqual({ definiteElEscorial: true });
  });
  it('stays unknown when progression is not documented or another disease explains the signs', () => {
    expect(input('06-not-met-no-progression-yet')).toEqual({});
    expect(input('09-mimic-mmn-conduction-block')).toEqual({});
  });
});

describe('what care takes from diagnosis, function and staging (CareContext)', () => {
  const ctxOf = (c: PatientCase) => {
    const asOf = asOfOf(c);
    return careContext(evaluateDiagnosis(c, asOf), evaluateFunction(c, asOf), evaluateStaging(c, asOf));
  };
  it('counts ALS as diagnosed when a criteria set is met with its prerequisites, naming the category', () => {
    const ctx = ctxOf(example('01-definite-limb-onset'));
    expect(ctx.alsDiagnosed).toBe(true);
    expect(ctx.diagnosisCategory).toBe('definite (revised El Escorial)');
  });
  it('counts ALS as diagnosed by Gold Coast where revised El Escorial is not met (pure LMN)', () => {
    const c = example('07-pma-pure-lmn');
    const d = evaluateDiagnosis(c, asOfOf(c));
    expect([d.elEscorial.category, d.goldCoast.met]).toEqual(['notMet', true]);
    expect(ctxOf(c)).toMatchObject({ alsDiagnosed: true, diagnosisCategory: 'Gold Coast criteria met' });
  });
  it('counts ALS as not diagnosed when an investigation explains the signs (a mimic)', () => {
    expect(ctxOf(example('09-mimic-mmn-conduction-block')).alsDiagnosed).toBe(false);
    expect(ctxOf(example('11-mimic-kennedy-sbma')).alsDiagnosed).toBe(false);
  });
  it('leaves it unknown otherwise, so care falls back to a recorded clinical diagnosis', () => {
    expect(ctxOf(example('06-not-met-no-progression-yet')).alsDiagnosed).toBeUndefined();
  });
  it('passes the progression rate and both stages', () => {
    const c = example('02-probable-bulbar-onset');
    const asOf = asOfOf(c);
    const fn = evaluateFunction(c, asOf);
    const st = evaluateStaging(c, asOf);
    const ctx = ctxOf(c);
    expect(ctx.progressionRatePerMonth).toBe(fn.progressionRate);
    expect(ctx.kingsStage).toBe(st.kings.kind === 'staged' ? st.kings.stage : undefined);
    expect(ctx.mitosStage).toBe(st.mitos.kind === 'staged' ? st.mitos.stage : undefined);
  });
});

describe('assess', () => {
  it('has every example case', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(10);
  });

  it('composes the five modules as of one date, and the report renders each of them', () => {
    for (const file of EXAMPLES) {
      const c = example(file.replace(/\.json$/, ''));
      const asOf = asOfOf(c);
      const a = assess(c, asOf);
      expect(a.patientId).toBe(c.patient.id);
      for (const part of [a.diagnosis, a.function, a.staging, a.prognosis]) expect(part.asOf).toBe(asOf);
      const text = renderAssessmentText(a);
      for (const section of [
        renderDiagnosisText(a.diagnosis),
        renderFunctionText(a.function),
        renderStagingText(a.staging),
        renderPrognosisText(a.prognosis),
        renderCareText(a.care),
      ]) {
        expect(text).toContain(section);
      }
    }
  });

  it('passes settings through to the module they belong to', () => {
    const c = example('01-definite-limb-onset');
    const asOf = asOfOf(c);
    expect(assess(c, asOf).care.recommendations.every((r) => r.jurisdiction === 'US')).toBe(true);
    expect(
      assess(c, asOf, { care: { jurisdiction: 'UK' } }).care.recommendations.every((r) => r.jurisdiction === 'UK'),
    ).toBe(true);
  });

  it('ignores facts dated after the assessment date (the same answer as the case cut at that date)', () => {
    const cases = EXAMPLES.map((f) => example(f.replace(/\.json$/, '')));
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.integer({ min: 0, max: 1000 }), (c, daysBack) => {
        // Assessment dates before symptom onset are outside the question (there is no disease yet).
        const shifted = addDays(asOfOf(c), -daysBack);
        const onset = c.history?.onsetDate;
        const asOf = onset !== undefined && shifted < onset ? onset : shifted;
        // The answers must agree; the case paths a reason names index each case's own lists, and
        // the cut case's lists are shorter where a later fact sat before an earlier one.
        expect(withoutListIndices(assess(c, asOf))).toEqual(withoutListIndices(assess(cutAt(c, asOf), asOf)));
      }),
      { numRuns: 60 },
    );
  });
});

/** The case as it stood on `asOf` (on or after onset): later records removed, later stop dates, diagnosis and endpoints not yet known. */
function cutAt(c: PatientCase, asOf: string): PatientCase {
  const on = <T extends { date?: string }>(list: T[] | undefined) =>
    list?.filter((r) => r.date === undefined || r.date <= asOf);
  const started = <T extends { startDate?: string; stopDate?: string }>(list: T[] | undefined) =>
    list
      ?.filter((r) => r.startDate === undefined || r.startDate <= asOf)
      .map((r) => {
        if (r.stopDate === undefined || r.stopDate <= asOf) return r;
        const { stopDate: _, ...rest } = r;
        return rest as T;
      });
  const history = c.history && { ...c.history };
  if (history?.diagnosisDate && history.diagnosisDate > asOf) delete history.diagnosisDate;
  const endpoints = c.endpoints && Object.fromEntries(Object.entries(c.endpoints).filter(([, d]) => d <= asOf));
  const cut: PatientCase = {
    ...c,
    exams: on(c.exams),
    emg: on(c.emg),
    investigations: on(c.investigations),
    genetics: on(c.genetics),
    alsfrsr: on(c.alsfrsr),
    alsfrsOriginal: on(c.alsfrsOriginal),
    vitalCapacity: on(c.vitalCapacity),
    respiratory: on(c.respiratory),
    weights: on(c.weights),
    symptoms: on(c.symptoms),
    screenings: on(c.screenings),
    labs: on(c.labs),
    medications: started(c.medications),
    interventions: started(c.interventions) as PatientCase['interventions'],
    careDecisions: on(c.careDecisions),
    advanceCarePlans: on(c.advanceCarePlans),
  };
  if (history) cut.history = history;
  if (endpoints) cut.endpoints = endpoints;
  for (const key of Object.keys(cut) as (keyof PatientCase)[]) if (cut[key] === undefined) delete cut[key];
  return cut;
}

/** The value with every `path` field's list indices blanked (`medications[3].drug` -> `medications[].drug`). */
function withoutListIndices(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    key === 'path' && typeof v === 'string' ? v.replace(/\[\d+\]/g, '[]') : v,
  );
}
