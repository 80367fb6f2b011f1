import { describe, expect, it } from 'vitest';
import { evaluateCohort } from '../../engine/src/batch/index.js';
import { DAYS_PER_MONTH, daysBetween } from '../../engine/src/common/dates.js';
import { validateAlsfrsOriginal, validateAlsfrsr } from '../../engine/src/function/index.js';
import { generateCohort, generateCohortWithTruth, generatePatient } from './index.js';

describe('reproducible', () => {
  it('same seed, same cohort; another seed, another cohort', () => {
    const a = generateCohort({ seed: 11, size: 200 });
    expect(generateCohort({ seed: 11, size: 200 })).toEqual(a);
    expect(generateCohort({ seed: 12, size: 200 })).not.toEqual(a);
  });
  it('patient i is the same whatever the cohort size', () => {
    const big = generateCohort({ seed: 5, size: 50 });
    expect(generatePatient(5, 37).case).toEqual(big[37]);
  });
});

// One moderately large cohort for the distribution checks (figures: SYNTH_PARAMETERS and §7.4).
const N = 20_000;
const { cases, truth } = generateCohortWithTruth({ seed: 2025, size: N });
const als = cases.filter((_, i) => truth[i]!.mimic === null);
const alsTruth = truth.filter((t) => t.mimic === null);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const share = <T>(xs: T[], p: (x: T) => boolean) => xs.filter(p).length / xs.length;

describe('distributions within the cited ranges (function-staging-prognosis.md §7.4)', () => {
  it('male:female about 1.3-1.6:1', () => {
    const male = share(cases, (c) => c.patient.sex === 'male');
    expect(male).toBeGreaterThan(0.55);
    expect(male).toBeLessThan(0.63);
  });
  it('mean age at onset 58-65', () => {
    const age = mean(als.map((c) => daysBetween(c.patient.birthDate!, c.history!.onsetDate!) / 365.25));
    expect(age).toBeGreaterThan(58);
    expect(age).toBeLessThan(65);
  });
  it('bulbar onset 25-35%', () => {
    const bulbar = share(als, (c) => c.history?.onsetSite === 'bulbar');
    expect(bulbar).toBeGreaterThan(0.25);
    expect(bulbar).toBeLessThan(0.35);
  });
  it('diagnostic delay: median 10-14 months, right tail', () => {
    const delays = als.map((c) => daysBetween(c.history!.onsetDate!, c.history!.diagnosisDate!) / DAYS_PER_MONTH);
    expect(median(delays)).toBeGreaterThan(9.5);
    expect(median(delays)).toBeLessThan(14);
    expect(mean(delays)).toBeGreaterThan(median(delays));
  });
  it('ΔFS at diagnosis: median 0.5-0.7, about 20% above 1.0 (engine-measured)', () => {
    const r = evaluateCohort(als, { asOf: (c) => c.history!.diagnosisDate! });
    const dfs = [...r.progressionRate].filter((x) => !Number.isNaN(x));
    expect(dfs.length).toBeGreaterThan(0.95 * als.length);
    expect(median(dfs)).toBeGreaterThan(0.5);
    expect(median(dfs)).toBeLessThan(0.7);
    const fast = share(dfs, (x) => x > 1);
    expect(fast).toBeGreaterThan(0.15);
    expect(fast).toBeLessThan(0.27);
  });
  it('longitudinal ALSFRS-R decline about 0.8-1.1 points/month (median of meaningful slopes)', () => {
    const r = evaluateCohort(als, { asOf: '2025-06-30' });
    const slopes = [...r.slopePerMonth].filter((x) => !Number.isNaN(x));
    expect(-median(slopes)).toBeGreaterThan(0.8);
    expect(-median(slopes)).toBeLessThan(1.1);
  });
  it('composite survival from onset: median 30-48 months; a minority beyond 10 years', () => {
    const t = alsTruth.map((x) => x.eventMonthsFromOnset);
    expect(median(t)).toBeGreaterThan(30);
    expect(median(t)).toBeLessThan(48);
    const long = share(t, (m) => m > 120);
    expect(long).toBeGreaterThan(0.04);
    expect(long).toBeLessThan(0.15);
  });
  it('one-year mortality from diagnosis of the order of 1/3 (register) to 1/5 (clinic)', () => {
    const oneYear = share(alsTruth, (x) => x.eventMonthsFromOnset - x.diagnosticDelayMonths <= 12);
    expect(oneYear).toBeGreaterThan(0.15);
    expect(oneYear).toBeLessThan(0.4);
  });
  it('C9orf72 in 5-10% of sporadic patients; FTD in 5-15% of those assessed', () => {
    const sporadic = alsTruth.filter((_, i) => !als[i]!.history?.familyHistory?.als);
    const c9 = share(sporadic, (t) => t.genes.includes('C9orf72'));
    expect(c9).toBeGreaterThan(0.05);
    expect(c9).toBeLessThan(0.1);
    const assessed = als.filter((c) => c.history?.ftd !== undefined);
    const ftd = share(assessed, (c) => c.history?.ftd === true);
    expect(ftd).toBeGreaterThan(0.05);
    expect(ftd).toBeLessThan(0.15);
  });
  it('visits about every 3 months, about 10 ALSFRS-R records per patient', () => {
    const gaps: number[] = [];
    for (const c of cases) {
      const a = c.alsfrsr ?? [];
      for (let i = 1; i < a.length; i++) gaps.push(daysBetween(a[i - 1]!.date, a[i]!.date));
    }
    expect(median(gaps)).toBeGreaterThanOrEqual(85);
    expect(median(gaps)).toBeLessThanOrEqual(100);
    const perPatient = mean(cases.map((c) => c.alsfrsr?.length ?? 0));
    expect(perPatient).toBeGreaterThan(8);
    expect(perPatient).toBeLessThan(12);
  });
  it('some mimics of each kind, with no ALS diagnosis date', () => {
    const mimics = truth.filter((t) => t.mimic !== null);
    expect(mimics.length / N).toBeGreaterThan(0.01);
    expect(mimics.length / N).toBeLessThan(0.06);
    expect(new Set(mimics.map((t) => t.mimic)).size).toBe(5);
    for (const [i, t] of truth.entries()) if (t.mimic) expect(cases[i]!.history?.diagnosisDate).toBeUndefined();
  });
});

describe('every generated case is valid and consistent', () => {
  it('every ALSFRS-R and original ALSFRS record passes the engine validators', () => {
    let records = 0;
    const problems: string[] = [];
    for (const c of cases) {
      for (const r of c.alsfrsr ?? []) {
        for (const p of validateAlsfrsr(r)) problems.push(`${c.patient.id} ${r.date} ${p.field}: ${p.message}`);
        records++;
      }
      for (const r of c.alsfrsOriginal ?? []) {
        for (const p of validateAlsfrsOriginal(r)) problems.push(`${c.patient.id} original ${p.field}`);
      }
    }
    expect(problems).toEqual([]);
    expect(records).toBeGreaterThan(8 * N);
    expect(cases.some((c) => (c.alsfrsOriginal?.length ?? 0) > 0)).toBe(true);
  });
  it('item 5 is 5b exactly from the gastrostomy date; no visit after death; onset before diagnosis', () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const g = c.interventions?.find((x) => x.kind === 'gastrostomy')?.startDate;
      const death = c.endpoints?.deathDate;
      for (const r of c.alsfrsr ?? []) {
        if ((r.cuttingWithGastrostomy !== undefined) !== (g !== undefined && r.date >= g))
          wrong.push(`${c.patient.id} 5b`);
        if (death && r.date >= death) wrong.push(`${c.patient.id} record after death`);
      }
      const h = c.history;
      if (h?.diagnosisDate && !(h.onsetDate! < h.diagnosisDate)) wrong.push(`${c.patient.id} onset`);
      for (const iv of c.interventions ?? [])
        if (death && iv.startDate > death) wrong.push(`${c.patient.id} ${iv.kind}`);
    }
    expect(wrong).toEqual([]);
  });
  it('NIV over 23 h and tracheostomy appear as endpoints and interventions', () => {
    const n23 = cases.filter((c) => c.endpoints?.nivOver23hDate);
    const trach = cases.filter((c) => c.endpoints?.tracheostomyDate);
    expect(n23.length).toBeGreaterThan(0);
    expect(trach.length).toBeGreaterThan(0);
    for (const c of n23) expect(c.interventions?.some((x) => x.kind === 'niv' && (x.hoursPerDay ?? 0) > 23)).toBe(true);
    for (const c of trach) expect(c.interventions?.some((x) => x.kind === 'tracheostomy')).toBe(true);
  });
});

const MUSCLES = new Set(
  'genioglossus masseter mylohyoid orbicularisOris mentalis frontalis sternocleidomastoid trapezius cervicalParaspinals diaphragm rhomboidMajor supraspinatus infraspinatus deltoid bicepsBrachii brachioradialis serratusAnterior pronatorTeres flexorCarpiRadialis tricepsBrachii extensorCarpiRadialisLongus extensorDigitorumCommunis extensorIndicis flexorCarpiUlnaris flexorDigitorumProfundus34 flexorPollicisLongus abductorPollicisBrevis firstDorsalInterosseous abductorDigitiMinimi thoracicParaspinals rectusAbdominis externalOblique iliopsoas adductorLongus vastusLateralis vastusMedialis rectusFemoris tibialisAnterior extensorHallucisLongus extensorDigitorumBrevis peroneusLongus tibialisPosterior gluteusMedius tensorFasciaeLatae gluteusMaximus bicepsFemorisShortHead bicepsFemorisLongHead gastrocnemiusMedial soleus flexorDigitorumLongus abductorHallucis lumbosacralParaspinals'.split(
    ' ',
  ),
);
const CODES = new Set(
  'fbc esrCrp electrolytesCalcium creatinine glucoseHba1c liverEnzymes ck thyroid b12 folate spep ncsEmg mriBrain mriCervicalSpine mriThoracicSpine mriLumbarSpine antiGm1 antiMag achrMuskAntibodies vgccAntibodies paraneoplasticPanel hiv htlv1 lyme syphilis copper zinc pth heavyMetals hexosaminidaseA vlcfa arCagRepeat smn1 csf muscleBiopsy geneticPanel flexionMriCervical rns'.split(
    ' ',
  ),
);

describe('exam and EMG follow the phenotype, with the shared ids', () => {
  it('uses only shared muscle ids and investigation codes', () => {
    const muscles = new Set<string>();
    const codes = new Set<string>();
    for (const c of cases) {
      for (const s of c.emg ?? []) for (const m of s.muscles) muscles.add(m.muscle);
      for (const inv of c.investigations ?? []) codes.add(inv.code);
    }
    expect([...muscles].filter((m) => !MUSCLES.has(m))).toEqual([]);
    expect([...codes].filter((x) => !CODES.has(x))).toEqual([]);
    expect(muscles.size).toBeGreaterThan(10);
  });
  it('the onset region shows signs at the diagnosis exam', () => {
    const region = { bulbar: 'bulbar', cervical: 'cervical', lumbosacral: 'lumbosacral' } as const;
    let checked = 0;
    for (const c of als) {
      const site = c.history?.onsetSite;
      if (site !== 'bulbar' && site !== 'cervical' && site !== 'lumbosacral') continue;
      const exam = c.exams![0]!;
      const onsetFindings = exam.regions.filter((r) => r.region === region[site]);
      if (onsetFindings.some((r) => r.weakness || r.wasting || (r.umnSigns?.length ?? 0) > 0)) checked++;
      else expect.fail(`${c.patient.id}: no signs in the onset region`);
    }
    expect(checked).toBeGreaterThan(0.9 * als.length);
  });
  it('mimics carry their discriminating result (e.g. conduction block in MMN, AR repeat in SBMA)', () => {
    for (const [i, t] of truth.entries()) {
      const c = cases[i]!;
      if (t.mimic === 'mmn') expect(c.emg![0]!.ncs?.motorConductionBlock).toBe(true);
      if (t.mimic === 'sbma') expect(c.genetics?.some((g) => g.gene === 'AR' && (g.repeatCount ?? 0) >= 38)).toBe(true);
      if (t.mimic === 'myasthenia') expect(c.exams![0]!.other?.fatigableWeakness).toBe(true);
    }
  });
});
