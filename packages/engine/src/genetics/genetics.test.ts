import { describe, expect, it } from 'vitest';
import { evaluateCare } from '../care/evaluate.js';
import { caseAsOf } from '../facts/asOf.js';
import type { GeneticResult, PatientCase } from '../facts/index.js';
import { AS_OF, codesOf, DIAGNOSED, find, quietCase } from '../testkit/index.js';
import { MINIMUM_ALS_PANEL, untestedMinimumGenes } from './panel.js';
import { tofersenEligibility } from './tofersen.js';

const withGenetics = (genetics: GeneticResult[], extra: Partial<PatientCase> = {}): PatientCase => ({
  ...quietCase(),
  genetics,
  ...extra,
});
const negatives = (genes: readonly string[]): GeneticResult[] =>
  genes.map((gene) => ({ gene, classification: 'negative', date: '2025-02-01' }));
const run = (c: PatientCase) => evaluateCare(c, AS_OF, DIAGNOSED);

describe('Roggenbuck 2023: minimum panel C9orf72 + SOD1, FUS, TARDBP', () => {
  it('lists the four genes and finds the untested ones, case-insensitively', () => {
    expect(MINIMUM_ALS_PANEL).toEqual(['C9orf72', 'SOD1', 'FUS', 'TARDBP']);
    const c = withGenetics(negatives(['C9ORF72', 'sod1']));
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

describe('tofersenEligibility: Qalsody label indication (SOD1-ALS)', () => {
  const sod1 = (classification: GeneticResult['classification']) =>
    withGenetics([{ gene: 'SOD1', classification, variant: 'p.A5V', date: '2025-02-01' }]);
  it('eligible: pathogenic or likely pathogenic SOD1 with ALS', () => {
    expect(tofersenEligibility(caseAsOf(sod1('pathogenic'), AS_OF), true).kind).toBe('eligible');
    expect(tofersenEligibility(caseAsOf(sod1('likelyPathogenic'), AS_OF), true).kind).toBe('eligible');
  });
  it('not eligible: VUS, benign, negative, or a presymptomatic carrier', () => {
    const why = (c: PatientCase, dx: boolean) => {
      const e = tofersenEligibility(caseAsOf(c, AS_OF), dx);
      return e.kind === 'notEligible' ? e.why : e.kind;
    };
    expect(why(sod1('vus'), true)).toBe('sod1VusOnly');
    expect(why(sod1('benign'), true)).toBe('noPathogenicSod1');
    expect(why(sod1('negative'), true)).toBe('noPathogenicSod1');
    expect(why(sod1('pathogenic'), false)).toBe('presymptomaticCarrier');
  });
  it('insufficient: SOD1 not tested, or diagnosis unknown', () => {
    const untested = tofersenEligibility(caseAsOf(withGenetics([]), AS_OF), true);
    expect(untested.kind === 'insufficient' && untested.needs).toEqual(['genetics[gene=SOD1]']);
    const unknown = tofersenEligibility(caseAsOf(sod1('pathogenic'), AS_OF), undefined);
    expect(unknown.kind === 'insufficient' && unknown.needs).toEqual(['ctx.alsDiagnosed']);
  });
  it('ignores a result dated after asOf', () => {
    expect(tofersenEligibility(caseAsOf(sod1('pathogenic'), '2025-01-01'), true).kind).toBe('insufficient');
  });
});
