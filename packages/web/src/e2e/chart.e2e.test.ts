/**
 * The patient chart in Chromium: a patient with two years of visits (ALSFRS-R, FVC, weight,
 * examination, history) seeded through the API; the header checked against the server's
 * assessment; the trajectories drawn with their data tables; the visit summary printed. Also
 * measures the time from navigation start to the header and plots being visible.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment } from '@betz/engine';
import { CATEGORY_LABEL } from '@betz/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldCoastText } from '../pages/chart/chartModel';
import { num, signed } from '../pages/chart/format';
import { axeViolations } from './a11y';
import { type ApiSession, apiSession } from './api';
import { ARTIFACTS, CLINICIAN, createUser, type E2E, E2E_SKIP, signIn, startE2E } from './harness';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A date `months` (30.44-day months) before the real today, as the server's "today" is. */
const monthsAgo = (months: number) => iso(Date.now() - Math.round(months * 30.44) * DAY);

const VISIT_MONTHS_AGO = [24, 21, 18, 15, 12, 9, 5, 0];
const ITEMS = [
  'speech',
  'salivation',
  'swallowing',
  'handwriting',
  'cuttingWithoutGastrostomy',
  'dressing',
  'turningInBed',
  'walking',
  'climbingStairs',
  'dyspnoea',
  'orthopnoea',
  'respiratoryInsufficiency',
] as const;
type Item = (typeof ITEMS)[number];
const START: Record<Item, number> = {
  speech: 4,
  salivation: 4,
  swallowing: 4,
  handwriting: 3,
  cuttingWithoutGastrostomy: 3,
  dressing: 3,
  turningInBed: 4,
  walking: 4,
  climbingStairs: 4,
  dyspnoea: 4,
  orthopnoea: 4,
  respiratoryInsufficiency: 4,
};
/** What each visit loses, from the visit before (cervical onset, then legs, bulbar, breathing). */
const LOSSES: Partial<Record<Item, number>>[] = [
  {},
  { handwriting: 2, cuttingWithoutGastrostomy: 2 },
  { dressing: 2, climbingStairs: 3 },
  { speech: 3, walking: 3 },
  { cuttingWithoutGastrostomy: 1, turningInBed: 3, dyspnoea: 3 },
  { handwriting: 1, swallowing: 3, climbingStairs: 2 },
  { speech: 2, walking: 2, orthopnoea: 3 },
  { dressing: 1, salivation: 3, dyspnoea: 2 },
];
/** The core exclusion workup (EFNS 2012), all normal: a patient two years in has it complete. */
const WORKUP = [
  'fbc',
  'esrCrp',
  'electrolytesCalcium',
  'creatinine',
  'glucoseHba1c',
  'liverEnzymes',
  'ck',
  'thyroid',
  'b12',
  'folate',
  'spep',
  'mriBrain',
  'mriCervicalSpine',
];
const FVC = [96, 92, 88, 81, 74, 66, 57, 48];
const WEIGHT = [77.5, 77, 76.2, 75, 74.1, 72.8, 71.5, 70];

function examAt(visit: number, date: string) {
  const regions: Record<string, unknown>[] = [
    {
      region: 'cervical',
      side: 'right',
      weakness: true,
      weaknessLmnType: true,
      wasting: true,
      fasciculations: true,
      umnSigns: ['hoffmann'],
    },
    { region: 'lumbosacral', side: 'left', umnSigns: ['hyperreflexia', 'babinski'] },
  ];
  if (visit >= 3)
    regions.push({ region: 'bulbar', side: 'midline', umnSigns: ['jawJerk'], fasciculations: true, wasting: true });
  else regions.push({ region: 'bulbar', side: 'midline', normal: true });
  if (visit >= 4) regions.push({ region: 'lumbosacral', side: 'right', weakness: true, fasciculations: true });
  return { date, regions };
}

interface Seeded {
  id: string;
  totals: number[];
  dates: string[];
}

/** The seeding calls, over the e2e API session. */
function client(session: ApiSession) {
  return {
    get: <T>(path: string) => session.call<T>('GET', path),
    post: <T = unknown>(path: string, body: unknown) => session.call<T>('POST', path, body),
  };
}

async function seedPatient(api: ReturnType<typeof client>): Promise<Seeded> {
  const patient = await api.post<{ id: string }>('/patients', {
    familyName: 'Lindqvist',
    givenName: 'Maren',
    sex: 'female',
    birthDate: '1961-03-14',
    heightCm: 168,
    premorbidWeightKg: 78,
  });
  const base = `/patients/${patient.id}`;
  const dates = VISIT_MONTHS_AGO.map(monthsAgo);
  await api.post(`${base}/identifiers`, { data: { system: 'mrn', value: 'E2E-004711' } });
  await api.post(`${base}/history`, {
    data: {
      onsetDate: monthsAgo(32),
      onsetSite: 'cervical',
      onsetSide: 'right',
      diagnosisDate: dates[1],
      progression: { documented: true, by: 'history' },
      ftd: false,
    },
  });
  await api.post(`${base}/genetics`, { data: { gene: 'C9orf72', classification: 'negative', date: dates[0] } });
  const items = { ...START };
  const totals: number[] = [];
  // Each visit with its facts in one transaction, as the visit entry saves it.
  for (const [i, date] of dates.entries()) {
    Object.assign(items, LOSSES[i]);
    totals.push(Object.values(items).reduce((s, v) => s + v, 0));
    const facts: { kind: string; data: unknown }[] = [
      { kind: 'alsfrsr', data: { date, ...items } },
      { kind: 'vitalCapacity', data: { date, kind: 'FVC', posture: 'sitting', percentPredicted: FVC[i] } },
      { kind: 'weight', data: { date, weightKg: WEIGHT[i] } },
      { kind: 'exam', data: examAt(i, date) },
    ];
    if (i === 0) {
      facts.push({
        kind: 'emgStudy',
        data: {
          date,
          muscles: [
            { muscle: 'firstDorsalInterosseous', side: 'right', fibrillations: true, chronicNeurogenicMups: true },
            { muscle: 'bicepsBrachii', side: 'right', fibrillations: true, chronicNeurogenicMups: true },
            { muscle: 'tibialisAnterior', side: 'left', fibrillations: true, chronicNeurogenicMups: true },
            { muscle: 'genioglossus', side: 'midline', normal: true },
          ],
          ncs: { normal: true },
        },
      });
      for (const code of WORKUP) facts.push({ kind: 'investigation', data: { code, date, result: 'normal' } });
    }
    if (i === 1)
      facts.push({ kind: 'medication', data: { drug: 'riluzole', startDate: date, dose: '50 mg twice daily' } });
    const note = i === 7 ? { note: 'orthopnoea; PEG discussed' } : {};
    await api.post(`${base}/visit-entry`, {
      visit: { date, kind: 'clinic', clinician: CLINICIAN.displayName, ...note },
      facts,
    });
  }
  return { id: patient.id, totals, dates };
}

describe.skipIf(E2E_SKIP)('the patient chart: header, overview, trajectories, printable summary', () => {
  let e: E2E;
  let seeded: Seeded;
  let assessment: Assessment;
  beforeAll(async () => {
    e = await startE2E();
    await createUser(e.server, CLINICIAN);
    const api = client(await apiSession(e.server, CLINICIAN));
    seeded = await seedPatient(api);
    assessment = (await api.get<{ assessment: Assessment }>(`/patients/${seeded.id}/assessment`)).assessment;
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('shows the header as the server assessed it, the decisions and the timeline', async () => {
    const { page } = e;
    await signIn(page, CLINICIAN.username, CLINICIAN.password);
    await page.goto(`/patients/${seeded.id}`);
    const header = page.locator('.chart-header');
    await header.locator('[data-criteria="revisedElEscorial"]').waitFor();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const text = await header.innerText();
    const a = assessment;
    expect(text).toContain('LINDQVIST, Maren');
    expect(text).toContain('E2E-004711');
    expect(text).toContain(CATEGORY_LABEL[a.diagnosis.elEscorial.category]);
    expect(text).toContain(CATEGORY_LABEL[a.diagnosis.awaji.category]);
    expect(text).toContain(goldCoastText(a.diagnosis.goldCoast));
    if (a.staging.kings.kind !== 'staged' || a.function.progression.kind !== 'computed')
      throw new Error('seed not staged');
    expect(text).toContain(a.staging.kings.label);
    expect(text).toContain(num(a.function.progression.pointsPerMonth, 2));
    expect(text).toContain(`${seeded.totals.at(-1)}/48`);
    if (a.function.slope.kind === 'meaningful') expect(text).toContain(signed(a.function.slope.fit.slopePerMonth, 2));
    const encals = a.prognosis.encals;
    expect(text).toContain(
      encals.kind === 'predicted' ? `${num(encals.medianRemainingMonths, 0)} months` : encals.reason,
    );
    // The reasons are one click away and open over the page: the header keeps its height.
    const before = await header.boundingBox();
    await header.getByText('why').first().click();
    await expect(header.getByText('The full trace on the Diagnosis tab').isVisible()).resolves.toBe(true);
    expect((await header.boundingBox())?.height).toBe(before?.height);
    await header.getByText('why').first().click();
    // Overview: decisions, changes since the previous visit, the timeline newest first.
    await page.getByRole('heading', { name: /Since the visit of/ }).waitFor();
    const days = await page.locator('.tl-day time').allInnerTexts();
    expect(days.length).toBeGreaterThanOrEqual(8);
    const kinds = await page.locator('.tl-day').first().locator('.tl-kind').allInnerTexts();
    expect(kinds).toEqual(expect.arrayContaining(['ALSFRS-R', 'vital capacity', 'weight', 'neurological examination']));
    await e.shot('chart-overview');
    // On a tablet (1024 × 768) the header wraps, nothing scrolls sideways.
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await e.shot('chart-overview-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('draws the trajectories within a second of navigation, each with its data table', async () => {
    const { page } = e;
    // Measured in the page, in ms from navigation start (performance.now's origin): when the header
    // and all five plots are in the document (a MutationObserver sees it), and the next frame after.
    await page.addInitScript(() => {
      const ids = ['alsfrsr', 'domains', 'vc', 'weight', 'stages'];
      const w = window as unknown as { betzChart?: { dom: number; frame?: number } };
      const observer = new MutationObserver(() => {
        const header = document.querySelector('.chart-header [data-criteria="revisedElEscorial"]');
        if (!header || !ids.every((id) => document.querySelector(`figure[data-plot="tr-${id}"] svg`))) return;
        observer.disconnect();
        const seen = { dom: performance.now() } as { dom: number; frame?: number };
        w.betzChart = seen;
        requestAnimationFrame(() => {
          seen.frame = performance.now();
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`/patients/${seeded.id}/trajectories`);
    const seen = await page.waitForFunction(() => {
      const t = (window as unknown as { betzChart?: { dom: number; frame?: number } }).betzChart;
      return t?.frame !== undefined ? t : false;
    });
    const { dom, frame: ms } = (await seen.jsonValue()) as { dom: number; frame: number };
    const api = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r): r is PerformanceResourceTiming => r.name.includes('/api/'))
        .map(
          (r) =>
            `${r.name.replace(/^.*\/api\/v1/, '').replace(/[0-9a-f-]{36}/, ':id')} ${Math.round(r.responseEnd)} ms`,
        ),
    );
    const plots = await page.evaluate(() =>
      performance.getEntriesByType('measure').filter((m) => m.name.startsWith('betz:plot:tr-')),
    );
    const drawing = plots.map((m) => `${m.name.slice(13)} ${Math.round(m.startTime)}+${Math.round(m.duration)}`);
    console.log(
      `chart: navigation start to header + 5 plots visible: ${Math.round(ms)} ms (in the DOM at ${Math.round(dom)} ms; 8 visits over 2 years; API responses at ${api.join(', ')}; plots drawn at ${drawing.join(', ')} ms)`,
    );
    // Printed, not asserted: on a loaded 2-core CI machine a timing is not a correctness check.
    expect(ms).toBeGreaterThan(0);
    const alsfrsr = page.locator('figure[data-plot="tr-alsfrsr"]');
    await expect(alsfrsr.locator('svg').first().getAttribute('aria-label')).resolves.toBe('ALSFRS-R total');
    await alsfrsr.getByText('Data table: ALSFRS-R total').click();
    const cells = await alsfrsr.locator('tbody td.num').allInnerTexts();
    expect(cells).toEqual(seeded.totals.map(String));
    const vc = page.locator('figure[data-plot="tr-vc"]');
    await vc.getByText('Data table: Vital capacity').click();
    expect(await vc.locator('tbody td.num').allInnerTexts()).toEqual(FVC.map(String));
    await e.shot('chart-trajectories');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints the visit summary as a letter with its plots', async () => {
    const { page } = e;
    await page.getByRole('link', { name: 'Visit summary' }).click();
    await page.locator('.summary-doc').waitFor();
    await page.getByLabel('Letter to GP / referrer').check();
    await page.getByLabel('Addressed to').fill('Dr Huang');
    await expect(page.locator('.summary-doc').innerText()).resolves.toContain('Dear Dr Huang,');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Visit summary (record)').check();
    // The printed page is A4: look at it about as wide as the paper (794 CSS px at 96 dpi).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.chart-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);
    expect(await page.locator('.summary-doc figure.plot svg').count()).toBeGreaterThanOrEqual(5);
    await e.shot('chart-summary-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(ARTIFACTS, 'chart-summary.pdf'), pdf);
    expect(pdf.byteLength).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
