import { describe, expect, it } from 'vitest';
import { DRUGS } from '../facts/drugs.js';
import type { PatientCase } from '../facts/index.js';
import { AS_OF, codesOf, DIAGNOSED, quietCase, vc } from '../testkit/index.js';
import { evaluateCare, evaluateCareWith } from './evaluate.js';
import { renderCareText } from './render.js';
import { DEFAULT_CARE_SETTINGS } from './settings.js';
import { type CareRule, PRIORITY_ORDER } from './types.js';

describe('evaluateCare: the shape of the care plan', () => {
  const a = evaluateCare({ ...quietCase(), vitalCapacity: [vc('2025-05-25', 45)], medications: [] }, AS_OF, DIAGNOSED);
  it('every recommendation carries code, domain, priority, reason, source, due, triggers and jurisdiction', () => {
    for (const r of a.recommendations) {
      expect(r.code).toMatch(/^[a-z]+\.[A-Za-z0-9.]+$/);
      expect(PRIORITY_ORDER).toContain(r.priority);
      expect(r.reason.length).toBeGreaterThan(10);
      expect(r.source.cite.length).toBeGreaterThan(0);
      expect(r.source.year).toBeGreaterThan(1990);
      expect(r.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.triggers.length).toBeGreaterThan(0);
      expect(r.jurisdiction).toBe('US');
    }
  });
  it('sorts by priority, then due date', () => {
    const keys = a.recommendations.map((r) => `${PRIORITY_ORDER.indexOf(r.priority)} ${r.due}`);
    expect(keys).toEqual([...keys].sort());
    expect(a.recommendations[0]?.code).toBe('breathing.niv.offer');
  });
  it('returns the settings used and the jurisdiction', () => {
    expect(a.settings).toEqual(DEFAULT_CARE_SETTINGS);
    const uk = evaluateCare(quietCase(), AS_OF, DIAGNOSED, { jurisdiction: 'UK', nivFvcPercentBelow: undefined });
    expect(uk.jurisdiction).toBe('UK');
    expect(uk.settings.nivFvcPercentBelow).toBe(50);
  });
  it('a threshold is a setting: FVC 55 % offers NIV only when the clinic sets the cut-off to 60 %', () => {
    const c = { ...quietCase(), vitalCapacity: [vc('2025-05-25', 55)] };
    expect(codesOf(evaluateCare(c, AS_OF, DIAGNOSED))).not.toContain('breathing.niv.offer');
    expect(codesOf(evaluateCare(c, AS_OF, DIAGNOSED, { nivFvcPercentBelow: 60 }))).toContain('breathing.niv.offer');
  });
});

describe('diagnosis gate: rules for diagnosed ALS wait for ctx.alsDiagnosed or history.diagnosisDate', () => {
  const undiagnosed: PatientCase = { ...quietCase(), history: { onsetDate: '2024-09-01' }, medications: [] };
  it('with neither, those rules are reported as insufficient, naming the facts', () => {
    const a = evaluateCare(undiagnosed, AS_OF, { alsDiagnosed: undefined });
    expect(codesOf(a)).not.toContain('dmt.riluzole.offer');
    expect(a.insufficient[0]?.code).toBe('care.diagnosis');
    expect(a.insufficient[0]?.needs).toEqual(['ctx.alsDiagnosed', 'history.diagnosisDate']);
    expect(a.insufficient[0]?.reason).toMatch(/dmt\.riluzole\.offer/);
  });
  it('a recorded clinical diagnosis date counts as diagnosed', () => {
    const a = evaluateCare({ ...undiagnosed, history: { diagnosisDate: '2025-01-01' } }, AS_OF, {
      alsDiagnosed: undefined,
    });
    expect(codesOf(a)).toContain('dmt.riluzole.offer');
  });
  it('ctx.alsDiagnosed false silences them without a gap', () => {
    const a = evaluateCare(undiagnosed, AS_OF, { alsDiagnosed: false });
    expect(codesOf(a)).not.toContain('dmt.riluzole.offer');
    expect(a.insufficient.map((g) => g.code)).not.toContain('care.diagnosis');
  });
});

describe('jurisdiction switch changes what is offered (labels, FDA 2010, Medicare LCD, Japanese approval)', () => {
  const c: PatientCase = {
    ...quietCase(),
    vitalCapacity: [vc('2025-05-25', 25)],
    medications: [
      { drug: 'riluzole', startDate: '2025-02-12' },
      { drug: 'quinine', startDate: '2025-05-01' },
      { drug: 'oxygen', startDate: '2025-05-01' },
    ],
    alsfrsr: [{ ...quietCase().alsfrsr![1]!, dyspnoea: 1 }],
    careDecisions: [{ code: 'breathing.niv.offer', status: 'declined', date: '2025-05-25' }],
  };
  const plan = (jurisdiction: 'US' | 'EU' | 'UK' | 'CA' | 'JP') =>
    codesOf(evaluateCare(c, AS_OF, DIAGNOSED, { jurisdiction }));
  it('US: edaravone, the quinine warning and hospice eligibility', () => {
    expect(plan('US')).toEqual(
      expect.arrayContaining(['dmt.edaravone.discuss', 'symptoms.quinineWarning', 'planning.hospiceEligibility']),
    );
    expect(plan('US')).not.toContain('dmt.mecobalamin.discuss');
  });
  it('EU: none of those', () => {
    for (const code of [
      'dmt.edaravone.discuss',
      'symptoms.quinineWarning',
      'planning.hospiceEligibility',
      'dmt.mecobalamin.discuss',
    ]) {
      expect(plan('EU')).not.toContain(code);
    }
  });
  it('JP: edaravone and mecobalamin, no US-only rules', () => {
    expect(plan('JP')).toEqual(expect.arrayContaining(['dmt.edaravone.discuss', 'dmt.mecobalamin.discuss']));
    expect(plan('JP')).not.toContain('symptoms.quinineWarning');
  });
});

describe('withdrawn drugs are never new starts (Amylyx 2024; the interpreter guard)', () => {
  const rogue: CareRule = {
    code: 'dmt.pbTurso.discussWithdrawal',
    domain: 'dmt',
    priority: 'urgent',
    title: 'Start sodium phenylbutyrate-taurursodiol',
    reason: 'a faulty rule',
    source: { cite: 'Test 2025', year: 2025 },
    jurisdictions: 'all',
    requiresDiagnosis: false,
    offersDrug: 'sodiumPhenylbutyrateTaurursodiol',
    trigger: () => ({ triggers: [{ path: 'x', value: 1 }] }),
  };
  it('drops a rule offering a withdrawn drug whatever its trigger says, in every jurisdiction after April 2024', () => {
    for (const jurisdiction of ['US', 'EU', 'UK', 'CA', 'JP'] as const) {
      const a = evaluateCareWith([rogue], quietCase(), AS_OF, DIAGNOSED, { jurisdiction });
      expect(a.recommendations).toEqual([]);
    }
  });
});

describe('renderCareText: the plan by priority with reasons and sources', () => {
  const text = renderCareText(
    evaluateCare({ ...quietCase(), vitalCapacity: [vc('2025-05-25', 45)], medications: [] }, AS_OF, DIAGNOSED),
  );
  it('lists urgent before soon before routine, with the source of each item', () => {
    expect(text.indexOf('URGENT')).toBeLessThan(text.indexOf('SOON'));
    expect(text.indexOf('SOON')).toBeLessThan(text.indexOf('ROUTINE'));
    expect(text).toMatch(/Offer non-invasive ventilation/);
    expect(text).toMatch(/Source: Miller 2009 \(AAN practice parameter, part 1\) \(2009\), Level B \[V\]/);
    expect(text).toMatch(/Why: NIV criteria met: FVC below 50 % predicted/);
  });
  it('shows what decisions held back and what could not be evaluated', () => {
    const held = renderCareText(
      evaluateCare(
        {
          ...quietCase(),
          careDecisions: [
            { code: 'team.refer.socialWork', status: 'declined', date: '2025-05-01', reason: 'has support' },
          ],
        },
        AS_OF,
        DIAGNOSED,
      ),
    );
    expect(held).toMatch(
      /Held back by recorded decisions \(1\)\n {2}- Refer to social work.*declined on 2025-05-01 \(has support\)/,
    );
    const gaps = renderCareText(evaluateCare({ ...quietCase(), history: {} }, AS_OF, { alsDiagnosed: undefined }));
    expect(gaps).toMatch(/Not evaluated, facts missing/);
  });
  it('never calls riluzole the only approved drug', () => {
    expect(text).not.toMatch(/only (FDA[- ])?approved/i);
  });
});

describe('data quality: a medication not recognised is kept and flagged (issue 12)', () => {
  const withMeds = (drugs: string[]) => ({
    ...quietCase(),
    medications: drugs.map((drug) => ({ drug, startDate: '2025-01-10' })),
  });
  it('flags an unknown drug with its path and the text as written, and renders it', () => {
    const a = evaluateCare(withMeds(['riluzole', 'xyz 10 mg']), AS_OF, DIAGNOSED);
    expect(a.dataQuality).toEqual([
      {
        code: 'medication.notRecognised',
        path: 'medications[1].drug',
        value: 'xyz 10 mg',
        message: "medication not recognised: 'xyz 10 mg' — rules that depend on medications may be wrong",
      },
    ]);
    expect(renderCareText(a)).toContain(
      "Data quality (1)\n  - medications[1].drug: medication not recognised: 'xyz 10 mg'",
    );
  });
  it('never flags a known drug, whichever of its names is written', () => {
    for (const d of DRUGS) {
      for (const name of [d.name, ...d.synonyms]) {
        expect(evaluateCare(withMeds([`${name} 10 mg`]), AS_OF, DIAGNOSED).dataQuality, name).toEqual([]);
      }
    }
  });
});
