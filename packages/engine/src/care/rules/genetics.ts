/**
 * Genetic testing and counselling as care rules: offer every person with ALS testing with
 * counselling (Roggenbuck 2023), cascade counselling for relatives (Benatar 2016), and the
 * gene-specific consequences (SOD1, C9orf72, FUS, VUS). Tofersen itself is offered in other-dmt.ts.
 * The genetic knowledge they read (genes, panels, classifications) is genetics/'s.
 */
import {
  type IndexedResult,
  positiveInGene,
  positiveResults,
  unresolvedVus,
  untestedMinimumGenes,
} from '../../genetics/panel.js';
import { ROGGENBUCK_2023 } from '../../genetics/sources.js';
import { BENATAR_2016 } from '../sources.js';
import type { CareEnv, TriggerFact } from '../types.js';
import { rules } from './shared.js';

const M = { ...ROGGENBUCK_2023, verification: 'M' as const };

function familyHistory(env: CareEnv): TriggerFact[] {
  const fh = env.c.history?.familyHistory;
  const out: TriggerFact[] = [];
  if (fh?.als) out.push({ path: 'history.familyHistory.als', value: true, note: 'family history of ALS' });
  if (fh?.ftd) out.push({ path: 'history.familyHistory.ftd', value: true, note: 'family history of FTD' });
  return out;
}

const geneticFact = ({ result, index }: IndexedResult): TriggerFact => ({
  path: `genetics[${index}].classification`,
  value: result.classification,
  ...(result.date ? { date: result.date } : {}),
  note: result.variant ? `${result.gene} ${result.variant}` : result.gene,
});

const pendingPanel = (env: CareEnv) =>
  (env.c.investigations ?? []).some((i) => i.code === 'geneticPanel' && i.result === 'pending');

const positiveIn = (gene: string) => (env: CareEnv) => {
  const p = positiveInGene(env.view, gene);
  return p ? { triggers: [geneticFact(p)] } : null;
};

export const GENETICS_RULES = rules([
  {
    code: 'genetics.offerTesting',
    domain: 'genetics',
    priority: 'soon',
    title: 'Offer genetic testing with pre-test counselling',
    reason: (why) => {
      const familial = why.facts.some((t) => t.path.startsWith('history.familyHistory'));
      const missing = why.facts.filter((t) => t.path === 'genetics').map((t) => t.value);
      return `Every person with ALS, familial or sporadic, should be offered single-step testing: C9orf72 repeat assay plus SOD1, FUS and TARDBP at a minimum (not yet tested: ${missing.join(', ')}). Counsel first: gene-targeted therapy (tofersen for SOD1) and trials, relatives' risk, variants of uncertain significance, the FTD link, insurance.${familial ? ' Family history of ALS or FTD: prioritise.' : ''}`;
    },
    source: ROGGENBUCK_2023,
    jurisdictions: 'all',
    requiresDiagnosis: true,
    trigger: (env) => {
      if (pendingPanel(env)) return null;
      const missing = untestedMinimumGenes(env.view);
      if (missing.length === 0) return null;
      return {
        triggers: [
          ...missing.map((g) => ({ path: 'genetics', value: g, note: `${g} not tested` })),
          ...familyHistory(env),
        ],
      };
    },
  },
  {
    code: 'genetics.cascadeCounselling',
    domain: 'genetics',
    priority: 'soon',
    title: 'Genetic counselling for the result; offer relatives cascade counselling',
    reason:
      'A pathogenic or likely pathogenic variant: post-test counselling; at-risk relatives (autosomal dominant, 50 % to each child, reduced penetrance) may have predictive testing only with counselling (pre-decision, pre-test, post-test); research cohorts such as Pre-fALS.',
    source: BENATAR_2016,
    alsoSee: [ROGGENBUCK_2023],
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      const p = positiveResults(env.view);
      return p.length > 0 ? { triggers: p.map(geneticFact) } : null;
    },
  },
  {
    code: 'genetics.c9orf72',
    domain: 'genetics',
    priority: 'soon',
    title: 'C9orf72 expansion: screen cognition and behaviour, plan early, tell the family about FTD risk',
    reason:
      'C9orf72 repeat expansion: screen cognition and behaviour (ECAS), plan capacity and advance care early, watch breathing closely (possibly faster respiratory decline), and explain the FTD risk to relatives; consider trials.',
    source: M,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: positiveIn('C9orf72'),
  },
  {
    code: 'genetics.fus',
    domain: 'genetics',
    priority: 'routine',
    title: 'FUS variant: point to FUS antisense trials or expanded access',
    reason:
      'FUS-ALS is often young-onset and aggressive: point to FUS antisense trials (ulefnersen/ION363, expanded access).',
    source: M,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: positiveIn('FUS'),
  },
  {
    code: 'genetics.variantOfUncertainSignificance',
    domain: 'genetics',
    priority: 'routine',
    title: 'Variant of uncertain significance: no clinical action; re-review periodically',
    reason:
      'A variant of uncertain significance is not acted on clinically (no gene-targeted therapy, no predictive testing of relatives); ask the laboratory to re-review it periodically; family segregation may help.',
    source: M,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    recurEveryMonths: 24,
    trigger: (env) => {
      const v = unresolvedVus(env.view);
      return v.length > 0 ? { triggers: v.map(geneticFact) } : null;
    },
  },
  {
    code: 'genetics.presymptomaticSod1Carrier',
    domain: 'genetics',
    priority: 'routine',
    title: 'Presymptomatic SOD1 carrier: tofersen is not approved; discuss trials and follow-up',
    reason:
      'SOD1 carrier without ALS: tofersen is not approved before symptoms; point to trials such as ATLAS (tofersen in carriers with rising neurofilament) and offer follow-up.',
    source: M,
    jurisdictions: 'all',
    requiresDiagnosis: false,
    trigger: (env) => {
      if (env.diagnosed !== false) return null;
      const p = positiveInGene(env.view, 'SOD1');
      return p ? { triggers: [geneticFact(p), { path: 'ctx.alsDiagnosed', value: false }] } : null;
    },
  },
]);
