import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../facts/index.js';
import { caseAsOf } from '../view/asOf.js';
import { gatherFindings } from './findings.js';
import { recordLookup } from './investigations.js';
import { ALSO_SATISFIED_BY, renderWorkupTables, WORKUP_PHENOTYPES, workupFor } from './workup-table.js';

const AS_OF = '2025-06-01';
const base: PatientCase = { schemaVersion: 1, patient: { id: 'p' } };
const [bulbar, limb, lmnWoman, lmnMan] = WORKUP_PHENOTYPES;

describe('the workup per phenotype (EFNS 2012; Turner & Talbot 2013)', () => {
  it('bulbar involvement asks for brain MRI, no bulbar signs for cervical MRI', () => {
    expect(workupFor(bulbar!).required).toContain('mriBrain');
    expect(workupFor(bulbar!).required).not.toContain('mriCervicalSpine');
    expect(workupFor(limb!).required).toContain('mriCervicalSpine');
  });
  it('a pure LMN syndrome adds anti-GM1 and CSF; in a man also the AR CAG repeat (Kennedy disease)', () => {
    expect(workupFor(lmnWoman!).required).toEqual(expect.arrayContaining(['antiGm1', 'csf']));
    expect(workupFor(lmnWoman!).required).not.toContain('arCagRepeat');
    expect(workupFor(lmnMan!).required).toContain('arCagRepeat');
    expect(workupFor(limb!).required).not.toContain('antiGm1');
  });
  it('renders one row per phenotype and one per investigation code', () => {
    const text = renderWorkupTables();
    for (const p of WORKUP_PHENOTYPES) expect(text).toContain(`| ${p.label} |`);
    expect(text).toContain("`investigations[]` with `code: 'ncsEmg'`; or any `emg[]` study");
  });
});

describe('each fact the table names does satisfy its investigation', () => {
  const lookup = (c: PatientCase) => {
    const v = caseAsOf(c, AS_OF);
    return recordLookup(v.case, gatherFindings(v));
  };
  const cases: Partial<Record<keyof typeof ALSO_SATISFIED_BY, [PatientCase, string]>> = {
    ncsEmg: [{ ...base, emg: [{ date: '2025-01-01', muscles: [] }] }, 'done'],
    rns: [{ ...base, emg: [{ date: '2025-01-01', muscles: [], ncs: { rnsIncrement: true } }] }, 'abnormal'],
    arCagRepeat: [
      { ...base, genetics: [{ date: '2025-01-01', gene: 'AR', classification: 'benign', repeatCount: 22 }] },
      'done',
    ],
    smn1: [{ ...base, genetics: [{ date: '2025-01-01', gene: 'SMN1', classification: 'benign' }] }, 'done'],
    geneticPanel: [{ ...base, genetics: [{ date: '2025-01-01', gene: 'SOD1', classification: 'benign' }] }, 'done'],
    ck: [{ ...base, labs: [{ date: '2025-01-01', test: 'ck', value: 300 }] }, 'done'],
  };
  it('the test cases cover every entry of the table', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(ALSO_SATISFIED_BY).sort());
  });
  it.each(Object.entries(cases))('%s', (code, [c, status]) => {
    expect(lookup(c).get(code)?.status).toBe(status);
  });
});
