import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegionExam } from '../facts/index.js';
import { denervated, fasciculationOnly, makeCase, region, UMN } from '../testkit/diagnosis.js';
import { awajiChanges, elEscorialChanges, goldCoastChanges } from './changes.js';
import { awajiRank, elEscorialRank, goldCoastDistributionMet } from './classify.js';
import { evaluateDiagnosis } from './evaluate.js';
import { DEFAULT_DIAGNOSIS_SETTINGS as S } from './settings.js';

const AS_OF = '2024-06-01';
const both = (r: RegionExam['region']): RegionExam => region(r, { umn: UMN[r], wasting: true });
const mask4 = fc.integer({ min: 0, max: 15 });

describe('what would change it: phrased as clinical actions', () => {
  it('names one more cervical muscle on another root and nerve than the abnormal one, e.g. biceps brachii', () => {
    const c = makeCase({
      regions: [both('cervical')],
      muscles: [
        denervated('firstDorsalInterosseous'),
        denervated('tibialisAnterior'),
        denervated('gastrocnemiusMedial'),
      ],
    });
    const w = evaluateDiagnosis(c, AS_OF).elEscorial.whatWouldChange;
    const lab = w.find((x) => x.target === 'probableLabSupported')!;
    for (const a of lab.alternatives) expect(a.actions).toHaveLength(1);
    const cervical = lab.alternatives.map((a) => a.actions[0]!).find((a) => a.region === 'cervical')!;
    expect(cervical.text).toBe(
      'EMG of one more cervical muscle on another root and nerve than first dorsal interosseous, showing chronic neurogenic change with fibrillations or positive sharp waves, e.g. biceps brachii',
    );
  });
  it('suggests two muscles on different roots and nerves when none is abnormal yet', () => {
    const c = makeCase({
      regions: [both('cervical')],
      muscles: [denervated('bicepsBrachii'), denervated('firstDorsalInterosseous')],
    });
    const lab = evaluateDiagnosis(c, AS_OF).elEscorial.whatWouldChange.find(
      (x) => x.target === 'probableLabSupported',
    )!;
    const texts = lab.alternatives.map((a) => a.actions[0]!.text);
    expect(texts).toContain(
      'EMG of two lumbosacral muscles on different roots and nerves, each showing chronic neurogenic change with fibrillations or positive sharp waves, e.g. tibialis anterior and gastrocnemius, medial head',
    );
    expect(texts.some((t) => t.startsWith('EMG of one bulbar muscle'))).toBe(true);
  });
  it('under rEEC, points out fasciculation-only muscles that count only under Awaji', () => {
    const c = makeCase({
      regions: [both('cervical')],
      muscles: [
        denervated('bicepsBrachii'),
        denervated('firstDorsalInterosseous'),
        fasciculationOnly('tibialisAnterior'),
        fasciculationOnly('gastrocnemiusMedial'),
      ],
    });
    const lab = evaluateDiagnosis(c, AS_OF).elEscorial.whatWouldChange.find(
      (x) => x.target === 'probableLabSupported',
    )!;
    const legs = lab.alternatives.flatMap((a) => a.actions).find((a) => a.region === 'lumbosacral')!;
    expect(legs.text).toContain('count under Awaji, not here');
  });
  it('clinical findings are phrased per region (UMN signs to look for)', () => {
    const d = evaluateDiagnosis(
      makeCase({ regions: [both('cervical'), region('lumbosacral', { wasting: true })] }),
      AS_OF,
    );
    const probable = d.elEscorial.whatWouldChange.find((x) => x.target === 'probable')!;
    expect(probable.alternatives.flatMap((a) => a.actions.map((x) => x.text))).toContain(
      'UMN signs in the bulbar region on examination (e.g. brisk jaw jerk, snout reflex, spastic dysarthria)',
    );
  });
  it('nothing to suggest when every result is at its highest level', () => {
    const all = (['bulbar', 'cervical', 'lumbosacral'] as const).map((r) =>
      region(r, { umn: UMN[r], wasting: true, lmnType: true }),
    );
    const d = evaluateDiagnosis(makeCase({ regions: all }), AS_OF);
    expect(d.elEscorial.whatWouldChange).toEqual([]);
    expect(d.awaji.whatWouldChange).toEqual([]);
    expect(d.goldCoast.whatWouldChange).toEqual([]);
  });
  it('Gold Coast: the evidence that would meet condition 2', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [region('cervical', { umn: ['hoffmann'] })] }), AS_OF);
    const met = d.goldCoast.whatWouldChange[0]!;
    expect(met.target).toBe('met');
    expect(met.alternatives[0]!.actions[0]!.text).toContain('LMN involvement in the cervical region');
  });
  it('prerequisites are listed as things to confirm', () => {
    const d = evaluateDiagnosis(makeCase({ regions: [both('cervical')], progression: false, workup: [] }), AS_OF);
    expect(d.elEscorial.toConfirm[0]).toContain('Document progression');
    expect(d.elEscorial.toConfirm[1]).toContain('Complete the exclusion workup');
  });
});

describe('what would change it: each alternative reaches exactly its target and is minimal (property)', () => {
  it('revised El Escorial, every reading', () => {
    fc.assert(
      fc.property(
        mask4,
        mask4,
        mask4,
        fc.constantFrom('R1', 'R2', 'R3' as const),
        fc.constantFrom('compact', 'standalone' as const),
        (u, l, e, r, lab) => {
          const current = elEscorialRank(u, l, e, r, lab);
          for (const t of elEscorialChanges(
            { umn: u, lmnClinical: l, lmnEmg: e },
            { rostralReading: r, labSupportedReading: lab },
          )) {
            expect(t.rank).toBeGreaterThan(current);
            for (const alt of t.alternatives) {
              const apply = (skip: number) => {
                let uu = u;
                let ll = l;
                let ee = e;
                alt.flips.forEach((f, i) => {
                  if (i === skip) return;
                  const bit = 1 << f.region;
                  if (f.kind === 'umn') uu |= bit;
                  else if (f.kind === 'lmnClinical') ll |= bit;
                  else ee |= bit;
                });
                return elEscorialRank(uu, ll, ee, r, lab);
              };
              expect(apply(-1)).toBe(t.rank);
              for (let i = 0; i < alt.flips.length; i++) expect(apply(i)).not.toBe(t.rank);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it('Awaji and Gold Coast', () => {
    fc.assert(
      fc.property(mask4, mask4, fc.constantFrom('strict', 'literal' as const), (u, l, g) => {
        for (const t of awajiChanges({ umn: u, lmn: l }, S)) {
          for (const alt of t.alternatives) {
            let uu = u;
            let ll = l;
            for (const f of alt.flips) {
              if (f.kind === 'umn') uu |= 1 << f.region;
              else ll |= 1 << f.region;
            }
            expect(awajiRank(uu, ll, S.rostralReading)).toBe(t.rank);
          }
        }
        const gc = goldCoastChanges({ umn: u, lmn: l }, { gccReading: g });
        expect(gc.length).toBe(goldCoastDistributionMet(u, l, g) ? 0 : 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('what would change it: only categories clinically higher than the current one', () => {
  // "unclassified" is a pattern the criteria do not cover, not a step up from "not met".
  const RANK_UNCLASSIFIED = 1;
  it('from "not met", revised El Escorial and Awaji never offer "unclassified"', () => {
    fc.assert(
      fc.property(mask4, mask4, mask4, (umn, lmnC, emg) => {
        const s = { rostralReading: 'R2', labSupportedReading: 'compact' } as const;
        for (const t of elEscorialChanges({ umn, lmnClinical: lmnC, lmnEmg: emg }, s))
          expect(t.rank).not.toBe(RANK_UNCLASSIFIED);
        for (const t of awajiChanges({ umn, lmn: lmnC | emg }, s)) expect(t.rank).not.toBe(RANK_UNCLASSIFIED);
      }),
    );
  });
  it('a case with nothing yet is offered "possible" and above, not "unclassified"', () => {
    const c = makeCase({ regions: [] });
    const r = evaluateDiagnosis(c, AS_OF);
    expect(r.elEscorial.whatWouldChange.map((x) => x.target)).not.toContain('unclassified');
    expect(r.awaji.whatWouldChange.map((x) => x.target)).not.toContain('unclassified');
    expect(r.elEscorial.whatWouldChange[0]?.target).toBe('possible');
  });
});
