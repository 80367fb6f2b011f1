import { describe, expect, it } from 'vitest';
import {
  DRUG_CODE_MAX_LENGTH,
  DRUG_CODES,
  DRUGS,
  drugsOfClass,
  MEDICATION_ROUTES,
  medicationDrugCode,
  recogniseDrug,
  routeFromText,
  searchDrugs,
} from './drugs.js';

describe('the drug table', () => {
  it('has unique codes, each letters and digits in camelCase within the stored length', () => {
    expect(new Set(DRUG_CODES).size).toBe(DRUG_CODES.length);
    for (const code of DRUG_CODES) {
      expect(code).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(code.length).toBeLessThanOrEqual(DRUG_CODE_MAX_LENGTH);
    }
  });
  it('every name of every row reads back as its own code (no name is shared by two drugs)', () => {
    for (const d of DRUGS) {
      for (const name of [d.code, d.name, ...d.synonyms]) expect(recogniseDrug(name)?.code, name).toBe(d.code);
    }
  });
  it('external codes have their systems’ shapes where given', () => {
    for (const d of DRUGS as readonly { atc?: string; rxcui?: string }[]) {
      if (d.atc !== undefined) expect(d.atc).toMatch(/^[A-Z]\d\d[A-Z][A-Z]\d\d$/);
      if (d.rxcui !== undefined) expect(d.rxcui).toMatch(/^\d+$/);
    }
  });
  it('holds the CYP1A2 classes the riluzole interaction rule reads', () => {
    expect(drugsOfClass('cyp1a2Inhibitor')).toEqual(
      expect.arrayContaining(['fluvoxamine', 'ciprofloxacin', 'mexiletine']),
    );
    expect(drugsOfClass('cyp1a2Inducer')).toEqual(expect.arrayContaining(['rifampicin', 'phenytoin']));
    expect(drugsOfClass('cyp1a2Inducer')).not.toContain('riluzole');
  });
});

describe('recogniseDrug', () => {
  it('strips strength, form and schedule, and keeps them as the dose', () => {
    expect(recogniseDrug('riluzole 50 mg')).toEqual({ code: 'riluzole', dose: '50 mg' });
    expect(recogniseDrug('riluzole 50 mg tablets bid')).toEqual({
      code: 'riluzole',
      dose: '50 mg tablets bid',
      route: 'oral',
    });
    expect(recogniseDrug('Riluzole 50mg BD')?.code).toBe('riluzole');
  });
  it('ignores case and accents, and reads brand names and other INNs', () => {
    expect(recogniseDrug('RILUTEK')?.code).toBe('riluzole');
    expect(recogniseDrug('Rilutek (riluzole) 50 mg')?.code).toBe('riluzole');
    expect(recogniseDrug('Édaravone')?.code).toBe('edaravone');
    expect(recogniseDrug('Radicava ORS 105 mg')).toEqual({ code: 'edaravone', dose: '105 mg', route: 'oral' });
    expect(recogniseDrug('radicava IV 60 mg')?.route).toBe('iv');
    expect(recogniseDrug('Qalsody 100 mg intrathecal')).toMatchObject({ code: 'tofersen', route: 'intrathecal' });
    expect(recogniseDrug('Relyvrio')?.code).toBe('sodiumPhenylbutyrateTaurursodiol');
    expect(recogniseDrug('sodium phenylbutyrate / taurursodiol')?.code).toBe('sodiumPhenylbutyrateTaurursodiol');
    expect(recogniseDrug('sodiumPhenylbutyrateTaurursodiol')?.code).toBe('sodiumPhenylbutyrateTaurursodiol');
    expect(recogniseDrug('Nuedexta 20/10 mg')?.code).toBe('dextromethorphanQuinidine');
    expect(recogniseDrug('glycopyrrolate 1 mg tds via PEG')).toMatchObject({
      code: 'glycopyrronium',
      route: 'enteral-tube',
    });
    expect(recogniseDrug('rifampin')?.code).toBe('rifampicin');
    expect(recogniseDrug('O2 2 L/min')?.code).toBe('oxygen');
  });
  it('refuses text that is not one drug with its dose: a negation, two drugs, an unknown word', () => {
    expect(recogniseDrug('no riluzole')).toBeUndefined();
    expect(recogniseDrug('riluzole stopped')).toBeUndefined();
    expect(recogniseDrug('riluzole and baclofen')).toBeUndefined();
    expect(recogniseDrug('riluzole baclofen')).toBeUndefined();
    expect(recogniseDrug('xyz')).toBeUndefined();
    expect(recogniseDrug('')).toBeUndefined();
    expect(recogniseDrug('50 mg')).toBeUndefined();
    expect(recogniseDrug('rilusole')).toBeUndefined();
  });
});

describe('medicationDrugCode', () => {
  it('prefers the recorded code and falls back to the text', () => {
    expect(medicationDrugCode({ drug: 'the blue tablets', code: 'riluzole' })).toBe('riluzole');
    expect(medicationDrugCode({ drug: 'Rilutek 50 mg' })).toBe('riluzole');
    expect(medicationDrugCode({ drug: 'xyz', code: 'notACode' })).toBeUndefined();
  });
});

describe('routeFromText', () => {
  it('maps what clinicians write onto the route vocabulary', () => {
    expect(routeFromText('PO')).toBe('oral');
    expect(routeFromText('oral suspension')).toBe('oral');
    expect(routeFromText('Intravenous')).toBe('iv');
    expect(routeFromText('via PEG')).toBe('enteral-tube');
    expect(routeFromText('intrathecal')).toBe('intrathecal');
    expect(routeFromText('by the ear')).toBeUndefined();
    for (const r of MEDICATION_ROUTES) expect(routeFromText(r)).toBe(r);
  });
});

describe('searchDrugs', () => {
  it('finds by the start of a generic or brand name, generic starts first', () => {
    expect(searchDrugs('rilu')[0]).toMatchObject({ code: 'riluzole' });
    expect(searchDrugs('qals')[0]).toMatchObject({ code: 'tofersen', matched: 'Qalsody' });
    expect(searchDrugs('')).toEqual([]);
    expect(searchDrugs('zzzz')).toEqual([]);
  });
});
