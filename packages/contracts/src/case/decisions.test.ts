/** A recorded care decision names a recommendation by its code: the code must be a care rule's. */
import { describe, expect, it } from 'vitest';
import { CareDecisionSchema } from './care.js';
import { parseCase } from './parse.js';

const decision = (code: string) => ({ code, status: 'declined', date: '2024-04-02' });

describe('careDecisions[].code: a care rule code (the engine table rules/codes.ts)', () => {
  it('accepts a rule code', () => {
    expect(CareDecisionSchema.safeParse(decision('dmt.edaravone.discuss')).success).toBe(true);
  });
  it('refuses a code no rule has, suggesting the closest one', () => {
    const r = parseCase({
      schemaVersion: 1,
      patient: { id: 'p' },
      careDecisions: [decision('breathing.niv.ofer')],
    });
    expect(r.ok ? [] : r.issues).toEqual([
      {
        path: 'careDecisions[0].code',
        message: 'unknown care rule code "breathing.niv.ofer"; did you mean "breathing.niv.offer"?',
      },
    ]);
  });
  it("refuses a drug name where the recommendation code belongs, suggesting the drug's discussion", () => {
    const r = parseCase({ schemaVersion: 1, patient: { id: 'p' }, careDecisions: [decision('edaravone')] });
    expect(r.ok ? '' : r.issues[0]?.message).toBe(
      'unknown care rule code "edaravone"; did you mean "dmt.edaravone.discuss"?',
    );
  });
  it('suggests the code a name written another way means (the OpenAPI example once read gastrostomyDiscussion)', () => {
    const r = CareDecisionSchema.safeParse(decision('gastrostomyDiscussion'));
    expect(r.success ? '' : r.error.issues[0]?.message).toBe(
      'unknown care rule code "gastrostomyDiscussion"; did you mean "nutrition.gastrostomy.discuss"?',
    );
  });
  it('suggests nothing when no code shares the words', () => {
    const r = CareDecisionSchema.safeParse(decision('somethingElseEntirely'));
    expect(r.success ? '' : r.error.issues[0]?.message).toBe(
      'unknown care rule code "somethingElseEntirely"; see docs/case-format.md for the list',
    );
  });
});
