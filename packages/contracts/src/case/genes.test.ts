/**
 * Gene symbols are normalised once, at the edge: a known gene in any case becomes its HGNC
 * spelling, so diagnosis (rEEC familial lab-supported) and care (genetics rules, tofersen) read
 * the same result. Issue 8, defect 2: 'sod1' made diagnosis report "no pathogenic variant" while
 * the genetics care rules fired for it.
 */
import { readFileSync } from 'node:fs';
import { assess, type PatientCase } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import { FACT_ROUTES } from '../api/facts.js';
import { parseCase } from './parse.js';

const example = JSON.parse(
  readFileSync(new URL('../../../../examples/01-definite-limb-onset.json', import.meta.url), 'utf8'),
) as PatientCase;
const AS_OF = '2024-06-01';

/** The definite limb-onset example with a family history of ALS and one pathogenic variant written `gene`. */
function familialCase(gene: string): PatientCase {
  const parsed = parseCase({
    ...example,
    history: { ...example.history, familyHistory: { als: true } },
    genetics: [{ gene, classification: 'pathogenic', variant: 'p.Ala5Val', date: '2023-11-15' }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.case;
}

describe('parseCase: a known gene symbol in any case is stored in its HGNC spelling', () => {
  it('sod1 -> SOD1, C9ORF72 -> C9orf72, " tardbp" -> TARDBP', () => {
    expect(familialCase('sod1').genetics?.[0]?.gene).toBe('SOD1');
    expect(familialCase('C9ORF72').genetics?.[0]?.gene).toBe('C9orf72');
    expect(familialCase(' tardbp').genetics?.[0]?.gene).toBe('TARDBP');
  });
  it('keeps an unknown symbol as written', () => {
    expect(familialCase('Xyz1').genetics?.[0]?.gene).toBe('Xyz1');
  });
  it('the API genetic-result fact normalises the same way', () => {
    const route = FACT_ROUTES.find((r) => r.kind === 'geneticResult');
    expect(route?.data.parse({ gene: 'sod1', classification: 'pathogenic' })).toEqual({
      gene: 'SOD1',
      classification: 'pathogenic',
    });
  });
});

describe('defect 2: diagnosis and care read a lower-case sod1 the same way', () => {
  it('a pathogenic "sod1" counts for familial lab-supported (Brooks 2000) and for the genetics and tofersen rules', () => {
    const a = assess(familialCase('sod1'), AS_OF);
    expect(a.diagnosis.elEscorial.familial.variants).toEqual([
      { gene: 'SOD1', variant: 'p.Ala5Val', classification: 'pathogenic' },
    ]);
    expect(a.diagnosis.elEscorial.familialLabSupported).toBe(true);
    const codes = a.care.recommendations.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['genetics.cascadeCounselling', 'dmt.tofersen.offer']));
  });
  it('gives the same assessment as the case written SOD1', () => {
    expect(assess(familialCase('sod1'), AS_OF)).toEqual(assess(familialCase('SOD1'), AS_OF));
  });
});
