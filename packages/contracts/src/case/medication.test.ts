/** Medications in a case file: the drug code, the route vocabulary, and routes written before it. */
import { describe, expect, it } from 'vitest';
import { MedicationSchema } from './care.js';
import { caseErrorMap, toCaseIssues } from './errors.js';
import { parseCase } from './parse.js';

const withMeds = (medications: unknown[]) => ({ schemaVersion: 1, patient: { id: 'synthetic-0099' }, medications });
const issues = (data: unknown) => {
  const r = MedicationSchema.safeParse(data, { error: caseErrorMap });
  return r.success ? [] : toCaseIssues(r.error.issues);
};

describe('a medication fact', () => {
  it('accepts a code of the drug table, a dose and a route of the vocabulary beside the drug as written', () => {
    const m = { drug: 'Rilutek 50 mg', code: 'riluzole', dose: '50 mg twice daily', route: 'oral' };
    expect(MedicationSchema.parse(m)).toEqual(m);
    expect(MedicationSchema.parse({ drug: 'xyz' })).toEqual({ drug: 'xyz' });
  });
  it('refuses an unknown code, suggesting the code its text reads as, else the closest spelling', () => {
    expect(issues({ drug: 'riluzole', code: 'Rilutek' })).toEqual([
      { path: 'code', message: 'unknown drug code "Rilutek"; did you mean "riluzole"?' },
    ]);
    expect(issues({ drug: 'riluzole', code: 'riluzol' })[0]?.message).toMatch(/did you mean "riluzole"\?$/);
    expect(issues({ drug: 'x', code: 'qwertyuiop' })[0]?.message).toBe(
      'unknown drug code "qwertyuiop"; see docs/case-format.md for the drug table',
    );
  });
  it('refuses a route outside the vocabulary', () => {
    expect(issues({ drug: 'riluzole', route: 'by the ear' })[0]).toMatchObject({ path: 'route' });
  });
});

describe('a case file with routes written before the route vocabulary', () => {
  it('reads each as the route it names, with a warning at its path', () => {
    const r = parseCase(
      withMeds([
        { drug: 'riluzole', route: 'oral suspension' },
        { drug: 'edaravone', route: 'IV' },
      ]),
    );
    expect(r.ok && r.case.medications?.map((m) => m.route)).toEqual(['oral', 'iv']);
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['medications[0].route', 'medications[1].route']);
  });
  it('reads a route naming none as other, keeping its words in the note', () => {
    const r = parseCase(withMeds([{ drug: 'riluzole', route: 'by the ear', note: 'tolerates well' }]));
    expect(r.ok && r.case.medications?.[0]).toEqual({
      drug: 'riluzole',
      route: 'other',
      note: 'tolerates well; route as written: by the ear',
    });
  });
  it('leaves a case already in the vocabulary untouched and without warnings', () => {
    const c = withMeds([{ drug: 'riluzole', route: 'oral' }]);
    expect(parseCase(c)).toEqual({ ok: true, case: c, warnings: [] });
  });
});
