import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../../facts/index.js';
import { AS_OF, alsfrsrFixture, codesOf, DIAGNOSED, find, quietCase, vc } from '../../testkit/index.js';
import { evaluateCare } from '../evaluate.js';
import type { CareSettings } from '../settings.js';

const run = (c: PatientCase, settings: Partial<CareSettings> = {}, asOf = AS_OF) =>
  evaluateCare(c, asOf, DIAGNOSED, settings);

describe('dmt.edaravone.discuss: Radicava label, offered only where edaravone is licensed', () => {
  it('is offered in the US, Canada and Japan', () => {
    for (const jurisdiction of ['US', 'CA', 'JP'] as const) {
      expect(codesOf(run(quietCase(), { jurisdiction }))).toContain('dmt.edaravone.discuss');
    }
  });
  it('is not offered in the EU or the UK (not authorised)', () => {
    for (const jurisdiction of ['EU', 'UK'] as const) {
      expect(codesOf(run(quietCase(), { jurisdiction }))).not.toContain('dmt.edaravone.discuss');
    }
  });
  it('is not offered in the US before the May 2017 approval', () => {
    expect(codesOf(run(quietCase(), { jurisdiction: 'US' }, '2017-01-01'))).not.toContain('dmt.edaravone.discuss');
  });
  it('states the dosing cycles and the sulfite content', () => {
    const r = find(run(quietCase()), 'dmt.edaravone.discuss');
    expect(r?.reason).toMatch(/14 days then 14 days off/);
    expect(r?.reason).toMatch(/10 of 14 days/);
    expect(r?.reason).toMatch(/bisulfite/);
  });
});

describe('Writing Group 2017 (MCI186-19 enrolment): flag outside the trial population, never block', () => {
  it('within the population (duration 9 months, FVC 90 %, items >= 2): offered without a flag', () => {
    const r = find(run(quietCase()), 'dmt.edaravone.discuss');
    expect(r?.reason).not.toMatch(/Outside the pivotal trial population/);
  });
  it('FVC 79 % is outside (>= 80 % enrolled) but the offer stays', () => {
    const c = { ...quietCase(), vitalCapacity: [vc('2025-05-20', 79)] };
    const r = find(run(c), 'dmt.edaravone.discuss');
    expect(r?.reason).toMatch(/Outside the pivotal trial population/);
    expect(r?.triggers.some((t) => t.note === 'FVC < 80 %')).toBe(true);
  });
  it('FVC exactly 80 % is inside', () => {
    const c = { ...quietCase(), vitalCapacity: [vc('2025-05-20', 80)] };
    expect(find(run(c), 'dmt.edaravone.discuss')?.reason).not.toMatch(/Outside/);
  });
  it('disease duration over 24 months and an item scored 1 are outside', () => {
    const c = {
      ...quietCase(),
      history: { onsetDate: '2023-01-01', diagnosisDate: '2023-06-01' },
      alsfrsr: [alsfrsrFixture('2025-05-20', { walking: 1 })],
    };
    const r = find(run(c), 'dmt.edaravone.discuss');
    expect(r?.triggers.map((t) => t.path)).toEqual(expect.arrayContaining(['history.onsetDate', 'alsfrsr[0]']));
  });
  it('dmt.edaravone.outsideTrialPopulation flags a patient already on edaravone outside it, in any jurisdiction', () => {
    const c = {
      ...quietCase(),
      medications: [{ drug: 'Radicava ORS', startDate: '2025-01-01' }],
      vitalCapacity: [vc('2025-05-20', 60)],
    };
    expect(codesOf(run(c, { jurisdiction: 'EU' }))).toContain('dmt.edaravone.outsideTrialPopulation');
    const inside = { ...c, vitalCapacity: [vc('2025-05-20', 85)] };
    expect(codesOf(run(inside))).not.toContain('dmt.edaravone.outsideTrialPopulation');
  });
});

describe('dmt.edaravone.sulfiteAllergy: Radicava label, sodium bisulfite warning', () => {
  const sulfite = { ...quietCase(), allergies: [{ substance: 'Sulphite' }] };
  it('warns where edaravone may be offered', () =>
    expect(codesOf(run(sulfite))).toContain('dmt.edaravone.sulfiteAllergy'));
  it('stays silent in the EU for someone not on edaravone', () =>
    expect(codesOf(run(sulfite, { jurisdiction: 'EU' }))).not.toContain('dmt.edaravone.sulfiteAllergy'));
  it('stays silent without a sulfite allergy', () =>
    expect(codesOf(run(quietCase()))).not.toContain('dmt.edaravone.sulfiteAllergy'));
});

const sod1 = (classification: 'pathogenic' | 'likelyPathogenic' | 'vus'): PatientCase => ({
  ...quietCase(),
  genetics: [
    ...(quietCase().genetics ?? []).filter((g) => g.gene !== 'SOD1'),
    { gene: 'SOD1', classification, variant: 'p.Ala5Val', date: '2025-02-01' },
  ],
});

describe('dmt.tofersen.offer: EAN 2024 first line for SOD1-ALS; Qalsody label indication', () => {
  it('offers tofersen for a pathogenic SOD1 variant, citing EAN 2024', () => {
    const r = find(run(sod1('pathogenic')), 'dmt.tofersen.offer');
    expect(r?.source.cite).toMatch(/EAN/);
    expect(r?.reason).toMatch(/14 days apart, then every 28 days/);
  });
  it('offers it for likely pathogenic too', () =>
    expect(codesOf(run(sod1('likelyPathogenic')))).toContain('dmt.tofersen.offer'));
  it('does not offer it for a SOD1 VUS', () => expect(codesOf(run(sod1('vus')))).not.toContain('dmt.tofersen.offer'));
  it('does not offer it to a presymptomatic carrier', () => {
    expect(codesOf(evaluateCare(sod1('pathogenic'), AS_OF, { alsDiagnosed: false }))).not.toContain(
      'dmt.tofersen.offer',
    );
  });
  it('follows the approval dates: UK from 22 July 2025, Japan from 27 December 2024', () => {
    const known = {
      ...sod1('pathogenic'),
      genetics: [{ gene: 'SOD1', classification: 'pathogenic' as const, date: '2024-06-01' }],
    };
    expect(codesOf(run(known, { jurisdiction: 'UK' }, '2025-07-01'))).not.toContain('dmt.tofersen.offer');
    expect(codesOf(run(known, { jurisdiction: 'UK' }, '2025-08-01'))).toContain('dmt.tofersen.offer');
    expect(codesOf(run(known, { jurisdiction: 'JP' }, '2024-12-01'))).not.toContain('dmt.tofersen.offer');
    expect(codesOf(run(known, { jurisdiction: 'JP' }, '2025-01-01'))).toContain('dmt.tofersen.offer');
  });
  it('is not repeated for someone already on tofersen', () => {
    const c = { ...sod1('pathogenic'), medications: [{ drug: 'Qalsody', startDate: '2025-03-01' }] };
    expect(codesOf(run(c))).not.toContain('dmt.tofersen.offer');
  });
});

describe('Qalsody label warnings: myelitis/radiculitis, papilloedema/raised ICP, aseptic meningitis', () => {
  const onTofersen = (
    symptom: 'backPain' | 'numbness' | 'bladderOrBowelChange' | 'headache' | 'visualBlurring' | 'fever',
    date = '2025-05-25',
  ) => ({
    ...sod1('pathogenic'),
    medications: [{ drug: 'tofersen', startDate: '2025-03-01' }],
    symptoms: [{ date, symptom }],
  });
  it('dmt.tofersen.myelitisRadiculitis fires for back pain, numbness or bladder/bowel change', () => {
    for (const s of ['backPain', 'numbness', 'bladderOrBowelChange'] as const) {
      expect(find(run(onTofersen(s)), 'dmt.tofersen.myelitisRadiculitis')?.priority).toBe('urgent');
    }
  });
  it('dmt.tofersen.papilloedema fires for headache or blurred vision', () => {
    expect(codesOf(run(onTofersen('headache')))).toContain('dmt.tofersen.papilloedema');
    expect(codesOf(run(onTofersen('visualBlurring')))).toContain('dmt.tofersen.papilloedema');
  });
  it('dmt.tofersen.asepticMeningitis fires for fever', () => {
    expect(codesOf(run(onTofersen('fever')))).toContain('dmt.tofersen.asepticMeningitis');
  });
  it('symptoms before the first dose or outside the lookback window do not fire', () => {
    expect(codesOf(run(onTofersen('backPain', '2025-02-01')))).not.toContain('dmt.tofersen.myelitisRadiculitis');
    const untreated = { ...onTofersen('backPain'), medications: [] };
    expect(codesOf(run(untreated))).not.toContain('dmt.tofersen.myelitisRadiculitis');
  });
});

describe('dmt.pbTurso.discussWithdrawal: Amylyx 2024 withdrawal, never a new start', () => {
  it('prompts a discussion for a patient still on it', () => {
    const c = { ...quietCase(), medications: [{ drug: 'Relyvrio', startDate: '2023-06-01' }] };
    const r = find(run(c), 'dmt.pbTurso.discussWithdrawal');
    expect(r?.reason).toMatch(/4 April 2024/);
    expect(r?.triggers.find((t) => t.path.startsWith('approvals'))?.value).toBe('withdrawn');
  });
  it('never appears for someone not on it', () => {
    expect(codesOf(run(quietCase())).some((c) => c.startsWith('dmt.pbTurso'))).toBe(false);
  });
});

describe('dmt.mecobalamin.discuss: Japanese approval 2024 (JETALS), Japan only', () => {
  it('is offered in Japan, with an outside-trial flag more than 12 months from onset', () => {
    const early = find(run(quietCase(), { jurisdiction: 'JP' }), 'dmt.mecobalamin.discuss');
    expect(early?.reason).not.toMatch(/outside the trial population/);
    const late = { ...quietCase(), history: { onsetDate: '2023-01-01', diagnosisDate: '2024-01-01' } };
    expect(find(run(late, { jurisdiction: 'JP' }), 'dmt.mecobalamin.discuss')?.reason).toMatch(
      /outside the trial population/,
    );
  });
  it('is never offered in the US, EU, UK or Canada', () => {
    for (const jurisdiction of ['US', 'EU', 'UK', 'CA'] as const) {
      expect(codesOf(run(quietCase(), { jurisdiction }))).not.toContain('dmt.mecobalamin.discuss');
    }
  });
  it('is not offered in Japan before the September 2024 approval', () => {
    expect(codesOf(run(quietCase(), { jurisdiction: 'JP' }, '2024-09-01'))).not.toContain('dmt.mecobalamin.discuss');
  });
});

describe('sodium phenylbutyrate-taurursodiol by date (FDA 2022; Amylyx 2024; EAN 2023 temporary recommendation)', () => {
  const onPbTurso = { ...quietCase(), medications: [{ drug: 'Relyvrio', startDate: '2023-01-10' }] };
  const early = {
    ...quietCase(),
    history: { onsetDate: '2022-09-01', diagnosisDate: '2023-01-05' },
    vitalCapacity: [],
    alsfrsr: [],
  };
  it('the withdrawal discussion does not fire before 4 April 2024, and fires from it (US)', () => {
    expect(codesOf(run(onPbTurso, { jurisdiction: 'US' }, '2024-04-03'))).not.toContain(
      'dmt.pbTurso.discussWithdrawal',
    );
    expect(codesOf(run(onPbTurso, { jurisdiction: 'US' }, '2024-04-04'))).toContain('dmt.pbTurso.discussWithdrawal');
  });
  it('where it was never licensed (EU), the discussion waits for the first withdrawal too', () => {
    expect(codesOf(run(onPbTurso, { jurisdiction: 'EU' }, '2024-04-03'))).not.toContain(
      'dmt.pbTurso.discussWithdrawal',
    );
    expect(codesOf(run(onPbTurso, { jurisdiction: 'EU' }, '2024-04-05'))).toContain('dmt.pbTurso.discussWithdrawal');
  });
  it('while licensed (US 2023), a routine discussion of the option, saying the evidence is phase 2 only', () => {
    const r = find(run(early, { jurisdiction: 'US' }, '2023-06-01'), 'dmt.pbTurso.discuss');
    expect(r?.priority).toBe('routine');
    expect(r?.reason).toMatch(/phase 2 CENTAUR/);
    expect(r?.reason).toMatch(/temporary recommendation/);
  });
  it('never offered after the withdrawal, nor where it was never licensed', () => {
    expect(codesOf(run(early, { jurisdiction: 'US' }, '2024-04-04'))).not.toContain('dmt.pbTurso.discuss');
    expect(codesOf(run(early, { jurisdiction: 'EU' }, '2023-06-01'))).not.toContain('dmt.pbTurso.discuss');
  });
  it('Canada from 13 June 2022, before the US', () => {
    expect(codesOf(run(early, { jurisdiction: 'CA' }, '2022-06-12'))).not.toContain('dmt.pbTurso.discuss');
    expect(codesOf(run(early, { jurisdiction: 'CA' }, '2022-06-13'))).toContain('dmt.pbTurso.discuss');
    expect(codesOf(run(early, { jurisdiction: 'US' }, '2022-06-13'))).not.toContain('dmt.pbTurso.discuss');
  });
  it('not offered to someone already on it', () => {
    expect(codesOf(run(onPbTurso, { jurisdiction: 'US' }, '2023-06-01'))).not.toContain('dmt.pbTurso.discuss');
  });
});

describe('dmt.edaravone.discuss names only the forms licensed on the date (MTPC releases 2022)', () => {
  it('Japan before 23 Dec 2022: IV only; Canada in 2025: oral only; US in 2025: both', () => {
    const c = {
      ...quietCase(),
      history: { onsetDate: '2020-01-01', diagnosisDate: '2020-06-01' },
      vitalCapacity: [],
      alsfrsr: [],
    };
    expect(find(run(c, { jurisdiction: 'JP' }, '2022-12-22'), 'dmt.edaravone.discuss')?.reason).toMatch(/IV only/);
    expect(find(run(quietCase(), { jurisdiction: 'CA' }), 'dmt.edaravone.discuss')?.reason).toMatch(
      /oral suspension only/,
    );
    const us = find(run(quietCase(), { jurisdiction: 'US' }), 'dmt.edaravone.discuss')?.reason;
    expect(us).toMatch(/IV 60 mg over 60 min, or oral suspension 105 mg/);
  });
});
