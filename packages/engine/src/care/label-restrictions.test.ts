import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../facts/index.js';
import { AS_OF, DIAGNOSED, find, quietCase, vc } from '../testkit/index.js';
import { evaluateCare } from './evaluate.js';
import { LABEL_RESTRICTIONS } from './label-restrictions.js';
import { renderCareReason } from './reasons.js';
import { renderCareText } from './render.js';
import { RADICUT_ORAL_JP_LABEL, RILUTEK_SMPC, RILUZOLE_JP_LABEL } from './sources.js';
import type { Jurisdiction } from './types.js';

/** Not on riluzole: the riluzole offer fires. */
const naive = (extra: Partial<PatientCase> = {}): PatientCase => ({ ...quietCase(), medications: [], ...extra });
const offer = (c: PatientCase, jurisdiction: Jurisdiction, code = 'dmt.riluzole.offer', asOf = AS_OF) =>
  find(evaluateCare(c, asOf, DIAGNOSED, { jurisdiction }), code);

describe('Japanese riluzole label 5.1: not below 60 % predicted FVC (caution on the offer)', () => {
  it('FVC 55 %: the offer carries the caution, citing the Japanese label, in its reason and as data', () => {
    const r = offer(naive({ vitalCapacity: [vc('2025-05-20', 55)] }), 'JP');
    expect(r?.cautions).toHaveLength(1);
    expect(r?.cautions?.[0]).toMatchObject({
      code: 'riluzole.jp.fvcBelow60',
      finding: 'applies',
      advice: 'doNotStart',
    });
    expect(r?.cautions?.[0]?.source).toBe(RILUZOLE_JP_LABEL);
    expect(r?.reason).toMatch(/Caution \(Riluzole tablets, Japanese package insert.*\): FVC 55 %; .*below 60 %/);
    expect(renderCareReason(r!.why)).toBe(r?.reason);
  });
  it('FVC exactly 60 % and above: no caution', () => {
    expect(offer(naive({ vitalCapacity: [vc('2025-05-20', 60)] }), 'JP')?.cautions).toBeUndefined();
  });
  it('the same FVC in the US, EU, UK or Canada: no caution (their labels set no FVC limit)', () => {
    for (const j of ['US', 'EU', 'UK', 'CA'] as const) {
      expect(offer(naive({ vitalCapacity: [vc('2025-05-20', 55)] }), j)?.cautions).toBeUndefined();
    }
  });
  it('no FVC recorded in Japan: the caution says it cannot be checked', () => {
    const r = offer(naive({ vitalCapacity: [] }), 'JP');
    expect(r?.cautions?.[0]?.finding).toBe('unchecked');
    expect(r?.reason).toMatch(/FVC not recorded/);
  });
  it('the text report lists the label beside the source', () => {
    const plan = evaluateCare(naive({ vitalCapacity: [vc('2025-05-20', 55)] }), AS_OF, DIAGNOSED, {
      jurisdiction: 'JP',
    });
    expect(renderCareText(plan)).toMatch(/Label cautions: Riluzole tablets, Japanese package insert/);
  });
});

describe('EU SmPC 4.3: riluzole contraindicated with baseline transaminases above 3 x ULN', () => {
  it('ALT 3.75 x ULN before treatment: contraindicated caution on the EU offer', () => {
    const labs = [{ date: '2025-05-10', test: 'alt', value: 150, unit: 'U/L', upperLimitOfNormal: 40 }];
    const r = offer(naive({ labs }), 'EU');
    expect(r?.cautions?.[0]).toMatchObject({
      code: 'riluzole.eu.aminotransferasesAbove3xUln',
      advice: 'contraindicated',
    });
    expect(r?.cautions?.[0]?.source).toBe(RILUTEK_SMPC);
    expect(r?.reason).toMatch(/ALT 3\.8 x ULN/);
    expect(offer(naive({ labs }), 'US')?.cautions).toBeUndefined();
  });
  it('ALT 2.5 x ULN: no caution', () => {
    const labs = [{ date: '2025-05-10', test: 'alt', value: 100, unit: 'U/L', upperLimitOfNormal: 40 }];
    expect(offer(naive({ labs }), 'EU')?.cautions).toBeUndefined();
  });
});

describe('Japanese Radicut oral label: efficacy not established below 70 % FVC (oral form only)', () => {
  const low = naive({ vitalCapacity: [vc('2025-05-20', 65)] });
  it('FVC 65 % in Japan in 2025 (oral licensed): caution on the edaravone offer', () => {
    const r = offer(low, 'JP', 'dmt.edaravone.discuss');
    expect(r?.cautions?.[0]?.code).toBe('edaravone.jp.fvcBelow70');
    expect(r?.cautions?.[0]?.source).toBe(RADICUT_ORAL_JP_LABEL);
  });
  it('in 2020 only IV was licensed in Japan: the oral-label caution is not shown', () => {
    const c = {
      ...low,
      history: { onsetDate: '2019-06-01', diagnosisDate: '2019-09-01' },
      vitalCapacity: [vc('2020-01-20', 65)],
      alsfrsr: [],
      labs: [],
    };
    const r = offer(c, 'JP', 'dmt.edaravone.discuss', '2020-02-01');
    expect(r?.reason).toMatch(/IV only/);
    expect(r?.cautions).toBeUndefined();
  });
});

describe('the restriction table', () => {
  it('every restriction cites a label with a URL and names exactly one threshold', () => {
    for (const r of LABEL_RESTRICTIONS) {
      expect(r.source.url).toMatch(/^https?:/);
      expect((r.below === undefined) !== (r.above === undefined)).toBe(true);
    }
  });
});
