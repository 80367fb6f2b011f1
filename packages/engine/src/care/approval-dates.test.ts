/**
 * Issue 14: date-bound rules respect the assessment date. Walks every dated approval and
 * withdrawal in the table with the day before it may hold, the day it surely holds, and the day
 * after, through the whole care engine: offers, the formulations an offer names, and the
 * withdrawal discussion.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../common/dates.js';
import type { PatientCase } from '../facts/index.js';
import { DIAGNOSED } from '../testkit/index.js';
import {
  APPROVAL_EVENTS,
  type DmtDrug,
  eventWindow,
  isOfferable,
  licensedFormulations,
  OFFERABLE_STATUSES,
} from './approvals.js';
import { evaluateCare } from './evaluate.js';
import { CARE_RULES } from './rules/catalogue.js';
import { JURISDICTIONS } from './types.js';

/** Diagnosed long ago, SOD1 pathogenic long ago, on nothing: every offer rule's trigger fires. */
const candidate: PatientCase = {
  schemaVersion: 1,
  patient: { id: 'synthetic-approval-walk' },
  history: { onsetDate: '1990-01-01', diagnosisDate: '1990-06-01' },
  genetics: [{ gene: 'SOD1', classification: 'pathogenic', date: '1990-06-01' }],
};
const onDrug = (drug: string): PatientCase => ({ ...candidate, medications: [{ drug, startDate: '1990-07-01' }] });

const OFFER_RULE = new Map<DmtDrug, string>(CARE_RULES.filter((r) => r.offersDrug).map((r) => [r.offersDrug!, r.code]));

const offers = (drug: DmtDrug, jurisdiction: (typeof JURISDICTIONS)[number], asOf: string) =>
  evaluateCare(candidate, asOf, DIAGNOSED, { jurisdiction }).recommendations.find(
    (r) => r.code === OFFER_RULE.get(drug),
  );

const dated = APPROVAL_EVENTS.filter((e) => e.date !== undefined);

describe('every dated approval: the offer appears only once it is certainly in force', () => {
  it.each(
    dated
      .filter((e) => OFFERABLE_STATUSES.includes(e.status))
      .map((e) => [`${e.drug} ${e.formulation ?? ''} ${e.jurisdiction} ${e.date}`, e]),
  )('%s', (_, e) => {
    const w = eventWindow(e.date!);
    const before = addDays(w.possibleFrom, -1);
    const lastUncertain = addDays(w.certainFrom, -1);
    const after = addDays(w.certainFrom, 1);
    const named = (d: string) => licensedFormulations(e.drug, e.jurisdiction, d);
    if (e.formulation) {
      expect(named(before)).not.toContain(e.formulation);
      expect(named(lastUncertain)).not.toContain(e.formulation);
      expect(named(w.certainFrom)).toContain(e.formulation);
      expect(named(after)).toContain(e.formulation);
      const text = offers(e.drug, e.jurisdiction, after)?.reason ?? '';
      expect(text).toMatch(e.formulation === 'iv' ? /IV/ : /oral suspension/);
    } else {
      expect(offers(e.drug, e.jurisdiction, before)).toBeUndefined();
      expect(offers(e.drug, e.jurisdiction, lastUncertain)).toBeUndefined();
      expect(offers(e.drug, e.jurisdiction, w.certainFrom)).toBeDefined();
      expect(offers(e.drug, e.jurisdiction, after)).toBeDefined();
    }
  });
});

describe('every dated withdrawal: no new start from its first possible day; the discussion only once certain', () => {
  it.each(
    dated
      .filter((e) => e.status === 'withdrawn')
      .map((e) => [`${e.drug} ${e.formulation ?? ''} ${e.jurisdiction} ${e.date}`, e]),
  )('%s', (_, e) => {
    const w = eventWindow(e.date!);
    const before = addDays(w.possibleFrom, -1);
    const after = addDays(w.certainFrom, 1);
    if (e.formulation) {
      expect(licensedFormulations(e.drug, e.jurisdiction, before)).toContain(e.formulation);
      expect(licensedFormulations(e.drug, e.jurisdiction, w.possibleFrom)).not.toContain(e.formulation);
      expect(licensedFormulations(e.drug, e.jurisdiction, after)).not.toContain(e.formulation);
      return;
    }
    expect(offers(e.drug, e.jurisdiction, before)).toBeDefined();
    expect(offers(e.drug, e.jurisdiction, w.possibleFrom)).toBeUndefined();
    expect(offers(e.drug, e.jurisdiction, after)).toBeUndefined();
    const discussion = (d: string) =>
      evaluateCare(onDrug(e.drug), d, DIAGNOSED, { jurisdiction: e.jurisdiction }).recommendations.some((r) =>
        r.code.endsWith('discussWithdrawal'),
      );
    expect(discussion(before)).toBe(false);
    expect(discussion(addDays(w.certainFrom, -1))).toBe(false);
    expect(discussion(w.certainFrom)).toBe(true);
    expect(discussion(after)).toBe(true);
  });
});

describe('invariants over random dates (fast-check)', () => {
  const day = fc.integer({ min: 0, max: 12_000 }).map((n) => addDays('1994-01-01', n));
  const jurisdiction = fc.constantFrom(...JURISDICTIONS);
  it('no offer on any day inside the window of a row known only to the month or year', () => {
    const windows = dated.filter((e) => e.date!.length < 10 && OFFERABLE_STATUSES.includes(e.status));
    expect(windows.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...windows), fc.integer({ min: 0, max: 365 }), (e, n) => {
        const w = eventWindow(e.date!);
        const d = addDays(w.possibleFrom, n);
        if (d >= w.certainFrom) return;
        if (e.formulation) expect(licensedFormulations(e.drug, e.jurisdiction, d)).not.toContain(e.formulation);
        else expect(isOfferable(e.drug, e.jurisdiction, d)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
  it('the edaravone offer names a form only when it is licensed there that day', () => {
    fc.assert(
      fc.property(day, jurisdiction, (asOf, j) => {
        const r = offers('edaravone', j, asOf);
        const forms = licensedFormulations('edaravone', j, asOf);
        if (forms.length === 0) {
          expect(r).toBeUndefined();
          return;
        }
        expect(r?.why.params.formulations).toBe(forms.join(','));
        if (!forms.includes('oral')) expect(r?.reason).not.toMatch(/oral suspension 105/);
        if (!forms.includes('iv')) expect(r?.reason).not.toMatch(/IV 60 mg|IV only/);
      }),
      { numRuns: 150 },
    );
  });
});
