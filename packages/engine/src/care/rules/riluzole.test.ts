import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../../facts/index.js';
import { AS_OF, codesOf, DIAGNOSED, find, quietCase } from '../../testkit/index.js';
import { evaluateCare } from '../evaluate.js';
import type { CareContext } from '../types.js';
import { ancPerMm3 } from './riluzole.js';

const run = (c: PatientCase, ctx: CareContext = DIAGNOSED) => evaluateCare(c, AS_OF, ctx);
const notOnRiluzole = (): PatientCase => ({ ...quietCase(), medications: [] });

describe('dmt.riluzole.offer: AAN 2009a Level A, offer riluzole at diagnosis (EAN 2024: lifelong option)', () => {
  it('fires for diagnosed ALS without riluzole, citing Level A', () => {
    const r = find(run(notOnRiluzole()), 'dmt.riluzole.offer');
    expect(r?.priority).toBe('soon');
    expect(r?.source.level).toBe('Level A');
    expect(r?.reason).toMatch(/50 mg once daily/);
  });
  it('does not fire when riluzole is already taken', () => {
    expect(codesOf(run(quietCase()))).not.toContain('dmt.riluzole.offer');
  });
  it('does not fire before ALS is diagnosed', () => {
    expect(codesOf(run(notOnRiluzole(), { alsDiagnosed: false }))).not.toContain('dmt.riluzole.offer');
  });
  it('does not fire with anaphylaxis to riluzole (the labelled contraindication)', () => {
    const c = { ...notOnRiluzole(), allergies: [{ substance: 'Riluzole', reaction: 'anaphylaxis' as const }] };
    expect(codesOf(run(c))).not.toContain('dmt.riluzole.offer');
  });
  it('recognises a drug written with its strength (issue 12: "riluzole 50 mg" was offered riluzole again)', () => {
    const c = { ...quietCase(), medications: [{ drug: 'riluzole 50 mg', startDate: '2025-02-12' }] };
    expect(codesOf(run(c))).not.toContain('dmt.riluzole.offer');
    expect(run(c).dataQuality).toEqual([]);
  });
  it('reads the recorded code whatever the text says', () => {
    const c = {
      ...quietCase(),
      medications: [{ drug: 'the white tablets', code: 'riluzole', startDate: '2025-02-12' }],
    };
    expect(codesOf(run(c))).not.toContain('dmt.riluzole.offer');
  });
  it('does not read "no riluzole" as riluzole: it offers riluzole and flags the entry', () => {
    const c = { ...quietCase(), medications: [{ drug: 'no riluzole', startDate: '2025-02-12' }] };
    expect(codesOf(run(c))).toContain('dmt.riluzole.offer');
    expect(run(c).dataQuality.map((n) => n.path)).toEqual(['medications[0].drug']);
  });
  it('recognises brand names on the medication list (Tiglutik)', () => {
    const c = { ...quietCase(), medications: [{ drug: 'Tiglutik', startDate: '2025-02-12' }] };
    expect(codesOf(run(c))).not.toContain('dmt.riluzole.offer');
  });
});

describe('dmt.riluzole.baselineLiverTests: riluzole label, aminotransferases before treatment', () => {
  it('fires when no ALT/AST is on file in the last 90 days', () => {
    const c = { ...notOnRiluzole(), labs: [{ date: '2025-01-01', test: 'alt', value: 20, upperLimitOfNormal: 40 }] };
    expect(codesOf(run(c))).toContain('dmt.riluzole.baselineLiverTests');
  });
  it('does not fire with a recent ALT', () => {
    expect(codesOf(run(notOnRiluzole()))).not.toContain('dmt.riluzole.baselineLiverTests');
  });
  it('does not fire once the riluzole offer is declined', () => {
    const c = {
      ...notOnRiluzole(),
      labs: [],
      careDecisions: [{ code: 'dmt.riluzole.offer', status: 'declined' as const, date: '2025-05-01' }],
    };
    expect(codesOf(run(c))).not.toContain('dmt.riluzole.baselineLiverTests');
  });
});

describe('dmt.riluzole.liverTestSchedule: riluzole label, monthly for the first 3 months, then periodically', () => {
  const started = (start: string, labDates: string[]): PatientCase => ({
    ...quietCase(),
    medications: [{ drug: 'riluzole', startDate: start }],
    labs: labDates.map((date) => ({ date, test: 'alt', value: 20, upperLimitOfNormal: 40 })),
  });
  it('is due one month after the last test within the first 3 months', () => {
    const r = find(run(started('2025-04-15', ['2025-05-15'])), 'dmt.riluzole.liverTestSchedule');
    expect(r?.due).toBe('2025-06-14');
  });
  it('is listed once overdue, with the overdue date as due', () => {
    const r = find(run(started('2025-03-01', ['2025-04-01'])), 'dmt.riluzole.liverTestSchedule');
    expect(r?.due).toBe('2025-05-01');
  });
  it('switches to the 3-monthly interval once the first 3 months are covered', () => {
    const r = run(started('2025-01-01', ['2025-02-01', '2025-03-01', '2025-04-01']));
    expect(find(r, 'dmt.riluzole.liverTestSchedule')).toBeUndefined(); // next due 2025-07-01, outside 28 days
    const later = evaluateCare(
      started('2025-01-01', ['2025-02-01', '2025-03-01', '2025-04-01']),
      '2025-06-10',
      DIAGNOSED,
    );
    expect(find(later, 'dmt.riluzole.liverTestSchedule')?.due).toBe('2025-07-01');
  });
  it('is insufficient without a start date', () => {
    const c = { ...quietCase(), medications: [{ drug: 'riluzole' }] };
    const gap = run(c).insufficient.find((g) => g.code === 'dmt.riluzole.liverTestSchedule');
    expect(gap?.needs).toEqual(['medications[0].startDate']);
  });
});

describe('riluzole label: ALT/AST above 5 x ULN (not recommended) and 3-5 x ULN (older label: monitor closely)', () => {
  const withAlt = (value: number, uln: number | null = 40): PatientCase => ({
    ...quietCase(),
    labs: [{ date: '2025-05-25', test: 'alt', value, ...(uln !== null ? { upperLimitOfNormal: uln } : {}) }],
  });
  it('201 U/L with ULN 40 (5.03 x) is urgent: dmt.riluzole.aminotransferasesAbove5xUln', () => {
    const a = run(withAlt(201));
    expect(find(a, 'dmt.riluzole.aminotransferasesAbove5xUln')?.priority).toBe('urgent');
    expect(codesOf(a)).not.toContain('dmt.riluzole.aminotransferases3to5xUln');
  });
  it('exactly 5 x ULN is the warning band, not the stop band', () => {
    const a = run(withAlt(200));
    expect(codesOf(a)).toContain('dmt.riluzole.aminotransferases3to5xUln');
    expect(codesOf(a)).not.toContain('dmt.riluzole.aminotransferasesAbove5xUln');
  });
  it('121 U/L (3.03 x) raises dmt.riluzole.aminotransferases3to5xUln; exactly 3 x does not', () => {
    expect(codesOf(run(withAlt(121)))).toContain('dmt.riluzole.aminotransferases3to5xUln');
    expect(codesOf(run(withAlt(120)))).not.toContain('dmt.riluzole.aminotransferases3to5xUln');
  });
  it('reads AST as well as ALT', () => {
    const c = { ...quietCase(), labs: [{ date: '2025-05-25', test: 'AST', value: 250, upperLimitOfNormal: 40 }] };
    expect(codesOf(run(c))).toContain('dmt.riluzole.aminotransferasesAbove5xUln');
  });
  it('without an upper limit of normal the rule says what is missing', () => {
    const gap = run(withAlt(300, null)).insufficient.find((g) => g.code === 'dmt.riluzole.aminotransferasesAbove5xUln');
    expect(gap?.needs).toEqual(['labs[0].upperLimitOfNormal']);
  });
  it('ignores values from before riluzole started', () => {
    const c = { ...quietCase(), labs: [{ date: '2025-01-01', test: 'alt', value: 300, upperLimitOfNormal: 40 }] };
    expect(codesOf(run(c))).not.toContain('dmt.riluzole.aminotransferasesAbove5xUln');
  });
});

describe('dmt.riluzole.liverDysfunction: riluzole label, discontinue with raised bilirubin', () => {
  const withBili = (value: number): PatientCase => ({
    ...quietCase(),
    labs: [...(quietCase().labs ?? []), { date: '2025-05-25', test: 'bilirubin', value, upperLimitOfNormal: 21 }],
  });
  it('fires above ULN', () =>
    expect(find(run(withBili(22)), 'dmt.riluzole.liverDysfunction')?.priority).toBe('urgent'));
  it('does not fire at ULN', () => expect(codesOf(run(withBili(21)))).not.toContain('dmt.riluzole.liverDysfunction'));
});

describe('dmt.riluzole.baselineBilirubin: older Rilutek label, baseline bilirubin elevation', () => {
  const withBili = (value: number): PatientCase => ({
    ...notOnRiluzole(),
    labs: [...(quietCase().labs ?? []), { date: '2025-05-25', test: 'bilirubin', value, upperLimitOfNormal: 21 }],
  });
  it('fires before a start when bilirubin is above ULN', () =>
    expect(codesOf(run(withBili(30)))).toContain('dmt.riluzole.baselineBilirubin'));
  it('does not fire with normal bilirubin', () =>
    expect(codesOf(run(withBili(10)))).not.toContain('dmt.riluzole.baselineBilirubin'));
});

describe('riluzole label: neutropenia within the first 2 months; febrile illness needs a blood count', () => {
  const febrile = (start: string, feverDate: string): PatientCase => ({
    ...quietCase(),
    medications: [{ drug: 'riluzole', startDate: start }],
    symptoms: [{ date: feverDate, symptom: 'fever' }],
  });
  it('dmt.riluzole.feverCheckBloodCount fires for fever 30 days after the start', () => {
    expect(find(run(febrile('2025-04-25', '2025-05-25')), 'dmt.riluzole.feverCheckBloodCount')?.priority).toBe(
      'urgent',
    );
  });
  it('does not fire for fever more than 2 months after the start', () => {
    expect(codesOf(run(febrile('2025-03-01', '2025-05-25')))).not.toContain('dmt.riluzole.feverCheckBloodCount');
  });
  it('dmt.riluzole.severeNeutropenia fires below 500/mm3 and reads 10^9/L', () => {
    const anc = (value: number, unit: string): PatientCase => ({
      ...quietCase(),
      labs: [{ date: '2025-05-25', test: 'anc', value, unit }],
    });
    expect(codesOf(run(anc(0.4, '10^9/L')))).toContain('dmt.riluzole.severeNeutropenia');
    expect(codesOf(run(anc(0.5, '10^9/L')))).not.toContain('dmt.riluzole.severeNeutropenia');
    expect(codesOf(run(anc(499, '/mm3')))).toContain('dmt.riluzole.severeNeutropenia');
    expect(run(anc(1, 'mystery')).insufficient.map((g) => g.code)).toContain('dmt.riluzole.severeNeutropenia');
  });
  it('converts ANC units', () => {
    expect(ancPerMm3(1.2, 'x10^9/L')).toBe(1200);
    expect(ancPerMm3(800, 'cells/uL')).toBe(800);
    expect(ancPerMm3(800, undefined)).toBeUndefined();
  });
});

describe('dmt.riluzole.interstitialLungDisease: riluzole label, ILD including hypersensitivity pneumonitis', () => {
  it('fires for a cough reported on riluzole', () => {
    const c = { ...quietCase(), symptoms: [{ date: '2025-05-20', symptom: 'cough' as const }] };
    expect(codesOf(run(c))).toContain('dmt.riluzole.interstitialLungDisease');
  });
  it('does not fire for a cough before riluzole started', () => {
    const c = { ...quietCase(), symptoms: [{ date: '2025-02-01', symptom: 'cough' as const }] };
    expect(codesOf(evaluateCare(c, '2025-03-01', DIAGNOSED))).not.toContain('dmt.riluzole.interstitialLungDisease');
  });
});

describe('dmt.riluzole.cyp1a2Interaction: riluzole label, CYP1A2 inhibitors and inducers', () => {
  it('names fluvoxamine (inhibitor) and rifampicin (inducer)', () => {
    const c = {
      ...quietCase(),
      medications: [
        ...(quietCase().medications ?? []),
        { drug: 'fluvoxamine', startDate: '2025-05-01' },
        { drug: 'Rifampicin', startDate: '2025-05-01' },
      ],
    };
    const r = find(run(c), 'dmt.riluzole.cyp1a2Interaction');
    expect(r?.triggers.map((t) => t.note)).toEqual(['CYP1A2 inhibitor', 'CYP1A2 inducer']);
  });
  it('does not fire for a stopped inhibitor', () => {
    const c = {
      ...quietCase(),
      medications: [
        ...(quietCase().medications ?? []),
        { drug: 'ciprofloxacin', startDate: '2025-04-01', stopDate: '2025-04-08' },
      ],
    };
    expect(codesOf(run(c))).not.toContain('dmt.riluzole.cyp1a2Interaction');
  });
});

describe('dmt.riluzole.contraindicated: riluzole label, anaphylaxis is the contraindication', () => {
  it('fires on riluzole with recorded anaphylaxis, not with intolerance', () => {
    const ana = { ...quietCase(), allergies: [{ substance: 'riluzole', reaction: 'anaphylaxis' as const }] };
    const intol = { ...quietCase(), allergies: [{ substance: 'riluzole', reaction: 'intolerance' as const }] };
    expect(find(run(ana), 'dmt.riluzole.contraindicated')?.priority).toBe('urgent');
    expect(codesOf(run(intol))).not.toContain('dmt.riluzole.contraindicated');
  });
});

describe('dmt.riluzole.yearlyDiscussion: AAN quality measure, riluzole discussed at least yearly', () => {
  const declinedOn = (date: string): PatientCase => ({
    ...notOnRiluzole(),
    careDecisions: [{ code: 'dmt.riluzole.offer', status: 'declined', date, reason: 'prefers not' }],
  });
  it('fires 12 months after a decline', () => {
    expect(codesOf(run(declinedOn('2024-05-01')))).toContain('dmt.riluzole.yearlyDiscussion');
  });
  it('does not fire within 12 months of the decline', () => {
    expect(codesOf(run(declinedOn('2024-08-01')))).not.toContain('dmt.riluzole.yearlyDiscussion');
  });
});
