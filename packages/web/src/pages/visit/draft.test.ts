import type { PatientCase } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/client';
import { assessableFacts, buildVisitEntry, caseWithVisit, draftHasEntries, emptyDraft, errorsByField } from './draft';

const DATE = '2026-03-02';

function filled() {
  const d = emptyDraft(DATE, 'Dr A');
  d.exam = {
    'cervical.right': {
      normal: false,
      umnSigns: ['hoffmann'],
      weakness: true,
      weaknessLmnType: false,
      wasting: true,
      fasciculations: false,
    },
    'bulbar.midline': {
      normal: true,
      umnSigns: [],
      weakness: false,
      weaknessLmnType: false,
      wasting: false,
      fasciculations: false,
    },
  };
  d.vc.percentPredicted = '81';
  d.weightKg = '70,5';
  d.symptoms = { cramps: 'moderate', sialorrhoea: '' };
  d.started = [{ drug: 'riluzole', dose: '50 mg twice daily', route: 'oral' }];
  return d;
}

describe('buildVisitEntry', () => {
  it('builds the visit and one fact per thing entered, each with the visit date', () => {
    const { body, problems } = buildVisitEntry(filled());
    expect(problems).toEqual({});
    expect(body.visit).toEqual({ date: DATE, kind: 'clinic', clinician: 'Dr A' });
    expect(body.facts.map((f) => f.kind)).toEqual([
      'exam',
      'vitalCapacity',
      'weight',
      'symptom',
      'symptom',
      'medication',
    ]);
    expect(body.facts[0]?.data).toEqual({
      date: DATE,
      examiner: 'Dr A',
      regions: [
        { region: 'bulbar', side: 'midline', normal: true },
        { region: 'cervical', side: 'right', umnSigns: ['hoffmann'], weakness: true, wasting: true },
      ],
    });
    expect(body.facts[2]?.data).toEqual({ date: DATE, weightKg: 70.5 });
    expect(body.facts[5]?.data).toEqual({
      drug: 'riluzole',
      code: 'riluzole',
      startDate: DATE,
      dose: '50 mg twice daily',
      route: 'oral',
    });
  });

  it('a started drug carries the code picked, else the code its text names; unknown text goes as written', () => {
    const d = filled();
    d.started = [
      { drug: 'Rilutek 50 mg', dose: '', route: '' },
      { drug: 'Radicava', code: 'edaravone', dose: '105 mg', route: 'oral' },
      { drug: 'xyz', dose: '', route: '' },
    ];
    const meds = buildVisitEntry(d)
      .body.facts.filter((f) => f.kind === 'medication')
      .map((f) => f.data);
    expect(meds).toEqual([
      { drug: 'Rilutek 50 mg', code: 'riluzole', startDate: DATE },
      { drug: 'Radicava', code: 'edaravone', startDate: DATE, dose: '105 mg', route: 'oral' },
      { drug: 'xyz', startDate: DATE },
    ]);
  });

  it('findings outside the motor regions make an exam of their own', () => {
    const d = emptyDraft(DATE, '');
    d.other = { objectiveSensoryLoss: true };
    expect(buildVisitEntry(d).body.facts).toEqual([
      { kind: 'exam', data: { date: DATE, regions: [], other: { objectiveSensoryLoss: true } } },
    ]);
    expect(draftHasEntries(d)).toBe(true);
  });

  it('an empty draft is a visit with no facts, and nothing to keep', () => {
    const d = emptyDraft(DATE, '');
    expect(buildVisitEntry(d).body.facts).toEqual([]);
    expect(draftHasEntries(d)).toBe(false);
    expect(draftHasEntries(filled())).toBe(true);
  });

  it('refuses an incomplete ALSFRS-R before sending, naming the items', () => {
    const d = emptyDraft(DATE, '');
    d.alsfrs.scores = { speech: 4 };
    expect(buildVisitEntry(d).problems.alsfrs).toMatch(/items 2, 3, 4, 5a, 6, 7, 8, 9, 10, 11, 12 not scored/);
  });

  it('maps the API issue paths back to the inputs that produced them', () => {
    const request = buildVisitEntry(filled());
    const error = new ApiRequestError(
      400,
      {
        code: 'validation_failed',
        message: 'invalid',
        issues: [
          { in: 'body', path: 'visit.date', message: 'must be a real calendar date' },
          { in: 'body', path: 'facts[0].data.regions[1].umnSigns', message: 'bad sign' },
          { in: 'body', path: 'facts[1].data.percentPredicted', message: 'must be at most 200' },
          { in: 'body', path: 'facts[2].data.weightKg', message: 'must be at least 10 kg' },
          { in: 'body', path: 'facts[4].data.symptom', message: 'unknown' },
          { in: 'body', path: 'facts[5].data.drug', message: 'must not be empty' },
          { in: 'body', path: 'facts[3].data.date', message: 'is before onset' },
          { in: 'body', path: 'somethingElse', message: 'odd' },
        ],
      },
      'x',
    );
    const { fields, rest } = errorsByField(error, request.fieldOf);
    expect(fields).toEqual({
      'visit.date': 'must be a real calendar date',
      'exam.cervical.right': 'bad sign',
      'vc.percentPredicted': 'must be at most 200',
      'weight.weightKg': 'must be at least 10 kg',
      'symptom.sialorrhoea': 'unknown',
      'started.0.drug': 'must not be empty',
    });
    expect(rest).toEqual(['somethingElse: odd']);
  });
});

describe('caseWithVisit', () => {
  const stored: PatientCase = {
    schemaVersion: 1,
    patient: { id: 'p1' },
    history: { onsetDate: '2025-06-01' },
    weights: [{ date: '2025-12-01', weightKg: 72 }],
    medications: [{ drug: 'riluzole', startDate: '2025-09-01' }],
  };

  it('appends the visit facts to a copy of the stored case; the stored case is untouched', () => {
    const facts = assessableFacts(buildVisitEntry(filled()).body.facts);
    const merged = caseWithVisit(stored, facts, [{ drug: 'riluzole', startDate: '2025-09-01' }], DATE);
    expect(merged.weights).toEqual([
      { date: '2025-12-01', weightKg: 72 },
      { date: DATE, weightKg: 70.5 },
    ]);
    expect(merged.exams).toHaveLength(1);
    expect(merged.symptoms).toHaveLength(2);
    expect(merged.medications).toEqual([
      { drug: 'riluzole', startDate: '2025-09-01', stopDate: DATE },
      { drug: 'riluzole', code: 'riluzole', startDate: DATE, dose: '50 mg twice daily', route: 'oral' },
    ]);
    expect(stored.weights).toHaveLength(1);
    expect(stored.medications?.[0]?.stopDate).toBeUndefined();
  });

  it('leaves out what the engine could not read (an incomplete ALSFRS-R, a number that is not one)', () => {
    const d = filled();
    d.alsfrs.scores = { speech: 4 };
    d.weightKg = 'abc';
    const facts = assessableFacts(buildVisitEntry(d).body.facts);
    expect(facts.map((f) => f.kind)).not.toContain('alsfrsr');
    expect(facts.map((f) => f.kind)).not.toContain('weight');
  });
});
