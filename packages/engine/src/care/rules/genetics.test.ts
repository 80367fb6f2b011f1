import { describe, expect, it } from 'vitest';
import type { GeneticResult, PatientCase } from '../../facts/index.js';
import { MINIMUM_ALS_PANEL } from '../../genetics/genes.js';
import { untestedMinimumGenes } from '../../genetics/panel.js';
import { AS_OF, codesOf, DIAGNOSED, find, quietCase } from '../../testkit/index.js';
import { caseAsOf } from '../../view/asOf.js';
import { evaluateCare } from '../evaluate.js';

const withGenetics = (genetics: GeneticResult[], extra: Partial<PatientCase> = {}): PatientCase => ({
  ...quietCase(),
  genetics,
  ...extra,
});
const negatives = (genes: readonly string[]): GeneticResult[] =>
  genes.map((gene) => ({ gene, classification: 'negative', date: '2025-02-01' }));
const run = (c: PatientCase) => evaluateCare(c, AS_OF, DIAGNOSED);

describe('Roggenbuck 2023: minimum panel C9orf72 + SOD1, FUS, TARDBP', () => {
  it('lists the four genes and finds the untested ones', () => {
    expect(MINIMUM_ALS_PANEL).toEqual(['C9orf72', 'SOD1', 'FUS', 'TARDBP']);
    const c = withGenetics(negatives(['C9orf72', 'SOD1']));
    expect(untestedMinimumGenes(caseAsOf(c, AS_OF))).toEqual(['FUS', 'TARDBP']);
  });
});

describe('genetics.offerTesting: Roggenbuck 2023, offer every person with ALS testing with counselling', () => {
  it('fires with no genetic results, naming all four genes', () => {
    const r = find(run(withGenetics([])), 'genetics.offerTesting');
    expect(r?.triggers.map((t) => t.value)).toEqual(['C9orf72', 'SOD1', 'FUS', 'TARDBP']);
    expect(r?.reason).toMatch(/familial or sporadic/);
  });
  it('fires for an incomplete panel (C9orf72 only)', () => {
    expect(find(run(withGenetics(negatives(['C9orf72']))), 'genetics.offerTesting')?.triggers).toHaveLength(3);
  });
  it('does not fire once the minimum panel is done', () => {
    expect(codesOf(run(withGenetics(negatives(MINIMUM_ALS_PANEL))))).not.toContain('genetics.offerTesting');
  });
  it('does not fire while a panel is pending', () => {
    const c = withGenetics([], { investigations: [{ code: 'geneticPanel', result: 'pending', date: '2025-05-01' }] });
    expect(codesOf(run(c))).not.toContain('genetics.offerTesting');
  });
  it('prioritises familial cases in its reason', () => {
    const c = withGenetics([], { history: { ...quietCase().history, familyHistory: { ftd: true } } });
    expect(find(run(c), 'genetics.offerTesting')?.reason).toMatch(/prioritise/);
  });
  it('waits for a diagnosis', () => {
    expect(codesOf(evaluateCare(withGenetics([]), AS_OF, { alsDiagnosed: false }))).not.toContain(
      'genetics.offerTesting',
    );
  });
});

describe('genetics.cascadeCounselling: Benatar 2016, predictive testing of relatives only with counselling', () => {
  it('fires for any pathogenic or likely pathogenic result; not for negatives or VUS', () => {
    const lp = withGenetics([
      ...negatives(['SOD1', 'FUS', 'TARDBP']),
      { gene: 'C9orf72', classification: 'likelyPathogenic' },
    ]);
    expect(codesOf(run(lp))).toContain('genetics.cascadeCounselling');
    const vus = withGenetics([...negatives(['C9orf72', 'FUS', 'TARDBP']), { gene: 'SOD1', classification: 'vus' }]);
    expect(codesOf(run(vus))).not.toContain('genetics.cascadeCounselling');
  });
});

describe('gene-specific consequences (Roggenbuck 2023 and the care reference §6)', () => {
  it('genetics.c9orf72: C9orf72 expansion -> cognitive screening and FTD risk', () => {
    const c = withGenetics([
      ...negatives(['SOD1', 'FUS', 'TARDBP']),
      { gene: 'C9orf72', classification: 'pathogenic' },
    ]);
    expect(find(run(c), 'genetics.c9orf72')?.reason).toMatch(/FTD/);
  });
  it('genetics.fus: FUS -> antisense trials', () => {
    const c = withGenetics([
      ...negatives(['SOD1', 'C9orf72', 'TARDBP']),
      { gene: 'FUS', classification: 'pathogenic' },
    ]);
    expect(find(run(c), 'genetics.fus')?.reason).toMatch(/ION363/);
  });
  it('genetics.variantOfUncertainSignificance: VUS -> no clinical action, and no tofersen', () => {
    const c = withGenetics([...negatives(['C9orf72', 'FUS', 'TARDBP']), { gene: 'SOD1', classification: 'vus' }]);
    const a = run(c);
    expect(find(a, 'genetics.variantOfUncertainSignificance')?.reason).toMatch(/not acted on clinically/);
    expect(codesOf(a)).not.toContain('dmt.tofersen.offer');
  });
  it('a VUS in a gene that also has a pathogenic result is not reported as unresolved', () => {
    const c = withGenetics([
      ...negatives(['C9orf72', 'FUS', 'TARDBP']),
      { gene: 'SOD1', classification: 'vus', variant: 'p.X' },
      { gene: 'SOD1', classification: 'pathogenic', variant: 'p.A5V' },
    ]);
    expect(codesOf(run(c))).not.toContain('genetics.variantOfUncertainSignificance');
  });
  it('genetics.presymptomaticSod1Carrier: a carrier without ALS is pointed to trials, not tofersen', () => {
    const c = withGenetics([{ gene: 'SOD1', classification: 'pathogenic' }]);
    const a = evaluateCare(c, AS_OF, { alsDiagnosed: false });
    expect(codesOf(a)).toContain('genetics.presymptomaticSod1Carrier');
    expect(codesOf(a)).not.toContain('dmt.tofersen.offer');
    expect(codesOf(run(c))).not.toContain('genetics.presymptomaticSod1Carrier');
  });
});
