import type { CareDecision, SuppressedRecommendation } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import type { FactRecord } from '../../api/patient';
import { comesBack, decisionData, decisionProblems, decisionRecord } from './decisions';
import { triggerName } from './Recommendation';

const base = { date: '2025-03-01', reason: '', until: '' };

describe('decisionProblems: what the form refuses before sending', () => {
  it('a decline needs a reason', () => {
    expect(decisionProblems({ ...base, action: 'declined', reason: '  ' })).toEqual({
      reason: 'say why it was declined',
    });
    expect(decisionProblems({ ...base, action: 'declined', reason: 'not ready' })).toEqual({});
  });
  it('a deferral needs a date after the decision date', () => {
    expect(decisionProblems({ ...base, action: 'deferred' }).until).toBe('choose the date to come back to it');
    expect(decisionProblems({ ...base, action: 'deferred', until: '2025-03-01' }).until).toMatch(
      /after the decision date/,
    );
    expect(decisionProblems({ ...base, action: 'deferred', until: '2025-05-01' })).toEqual({});
  });
  it('accept and done need only a date', () => {
    expect(decisionProblems({ ...base, action: 'accepted' })).toEqual({});
    expect(decisionProblems({ ...base, action: 'done', date: '' })).toEqual({ date: 'must be a date' });
  });
});

describe('decisionData: the careDecision fact', () => {
  it('stores the trigger value and measure the engine compares later', () => {
    const rec = {
      code: 'breathing.niv.offer' as const,
      triggerMeasure: 'fvcPercentPredicted' as const,
      triggerValue: 45,
    };
    expect(decisionData(rec, { ...base, action: 'declined', reason: ' not ready ' })).toEqual({
      code: 'breathing.niv.offer',
      status: 'declined',
      date: '2025-03-01',
      reason: 'not ready',
      triggerMeasure: 'fvcPercentPredicted',
      triggerValue: 45,
    });
  });
  it('keeps `until` for a deferral only', () => {
    const rec = { code: 'team.multidisciplinaryClinic' as const };
    expect(decisionData(rec, { ...base, action: 'deferred', until: '2025-06-01' }).until).toBe('2025-06-01');
    expect(decisionData(rec, { ...base, action: 'accepted', until: '2025-06-01' }).until).toBeUndefined();
  });
});

function held(decision: CareDecision): Pick<SuppressedRecommendation, 'decision' | 'recommendation'> {
  return { decision, recommendation: { code: decision.code } as SuppressedRecommendation['recommendation'] };
}

describe('comesBack: when an item held back is raised again (the engine rule read, not re-made)', () => {
  it('a declined NIV offer comes back when FVC falls by the rule step (5 points)', () => {
    const text = comesBack(
      held({
        code: 'breathing.niv.offer',
        status: 'declined',
        date: '2025-03-01',
        triggerMeasure: 'fvcPercentPredicted',
        triggerValue: 45,
      }),
    );
    expect(text).toContain('falls to 40 % predicted or below');
    expect(text).toContain('45 when declined');
  });
  it('a deferral comes back on its date; a contraindication never', () => {
    expect(
      comesBack(held({ code: 'breathing.niv.offer', status: 'deferred', date: '2025-03-01', until: '2025-04-01' })),
    ).toBe('on 2025-04-01');
    expect(comesBack(held({ code: 'breathing.niv.offer', status: 'contraindicated', date: '2025-03-01' }))).toMatch(
      /never: recorded as contraindicated/,
    );
  });
  it('a decline without a stored value says a worsening cannot be seen', () => {
    expect(comesBack(held({ code: 'breathing.niv.offer', status: 'declined', date: '2025-03-01' }))).toMatch(
      /no trigger value was stored/,
    );
  });
});

describe('decisionRecord', () => {
  it('finds the live record of the decision the engine read', () => {
    const d: CareDecision = {
      code: 'breathing.niv.offer',
      status: 'declined',
      date: '2025-03-01',
      reason: 'not ready',
    };
    const rec = (id: string, data: CareDecision, retracted = false) =>
      ({
        id,
        version: 1,
        retracted: retracted ? { at: '', by: '', reason: '' } : null,
        data,
      }) as FactRecord<CareDecision>;
    expect(decisionRecord([rec('old', d, true), rec('live', d), rec('other', { ...d, status: 'done' })], d)?.id).toBe(
      'live',
    );
    expect(decisionRecord([], d)).toBeUndefined();
  });
});

describe('triggerName: what a trigger value is, in words', () => {
  it('names the kind and field, the kind alone when the unit says the field', () => {
    expect(triggerName({ path: 'vitalCapacity[0].percentPredicted', unit: '% predicted' })).toBe('vital capacity');
    expect(triggerName({ path: 'alsfrsr[0].orthopnoea' })).toBe('ALSFRS-R orthopnoea');
    expect(triggerName({ path: 'weights' })).toBe('weight');
    expect(triggerName({ path: 'ctx.progressionRatePerMonth' })).toBe('progression rate per month');
  });
});
