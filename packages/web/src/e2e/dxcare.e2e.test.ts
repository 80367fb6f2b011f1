/**
 * The Diagnosis and Care plan tabs in Chromium, on a patient seeded through the API: history,
 * an examination with UMN and LMN signs in three regions, EMG, CK above 1000 (a red flag), FVC
 * below 50 % and an ALSFRS-R. Diagnosis shows the server's three categories and a trace reason
 * opens its fact; on the care plan a recommendation is declined (with its reason), one deferred
 * and one accepted.
 */
import {
  addDays,
  CATEGORY_LABEL,
  type FactKindName,
  factApiPath,
  factKindEntry,
  renderTraceDetail,
  type TraceStep,
} from '@betz/engine';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { CLINICIAN, createUser, type E2E, E2E_SKIP, signIn, startE2E } from './harness';

const FACTS: [FactKindName, Record<string, unknown>][] = [
  [
    'history',
    {
      onsetDate: '2025-09-01',
      onsetSite: 'cervical',
      onsetSide: 'right',
      diagnosisDate: '2026-10-01',
      progression: { documented: true, by: 'history', precededByNormalFunction: true },
      familyHistory: { als: false, ftd: false },
    },
  ],
  [
    'exam',
    {
      date: '2026-10-15',
      regions: [
        { region: 'bulbar', side: 'midline', umnSigns: ['jawJerk'], wasting: true, fasciculations: true },
        {
          region: 'cervical',
          side: 'right',
          umnSigns: ['hoffmann', 'hyperreflexia'],
          weakness: true,
          weaknessLmnType: true,
          wasting: true,
          fasciculations: true,
        },
        { region: 'cervical', side: 'left', umnSigns: ['hoffmann'] },
        { region: 'lumbosacral', side: 'right', umnSigns: ['babinski'], weakness: true, weaknessLmnType: true },
      ],
    },
  ],
  [
    'emgStudy',
    {
      date: '2026-10-20',
      muscles: [
        { muscle: 'firstDorsalInterosseous', side: 'right', fibrillations: true, chronicNeurogenicMups: true },
        { muscle: 'bicepsBrachii', side: 'right', fibrillations: true, chronicNeurogenicMups: true },
        { muscle: 'tibialisAnterior', side: 'right', fasciculationPotentials: 'complex', chronicNeurogenicMups: true },
      ],
      ncs: { sensoryAbnormal: false },
    },
  ],
  ['investigation', { code: 'fbc', date: '2026-10-10', result: 'normal' }],
  ['investigation', { code: 'b12', date: '2026-10-10', result: 'normal' }],
  ['investigation', { code: 'ck', date: '2026-10-10', result: 'abnormal', value: 1400, unit: 'IU/L' }],
  ['vitalCapacity', { date: '2026-11-20', kind: 'FVC', posture: 'sitting', percentPredicted: 45 }],
  [
    'alsfrsr',
    {
      date: '2026-11-20',
      speech: 3,
      salivation: 3,
      swallowing: 3,
      handwriting: 2,
      cuttingWithoutGastrostomy: 2,
      dressing: 2,
      turningInBed: 3,
      walking: 3,
      climbingStairs: 2,
      dyspnoea: 2,
      orthopnoea: 2,
      respiratoryInsufficiency: 4,
    },
  ],
];

interface ServerAssessment {
  asOf: string;
  assessment: {
    diagnosis: {
      elEscorial: { category: keyof typeof CATEGORY_LABEL };
      awaji: { category: keyof typeof CATEGORY_LABEL };
      goldCoast: { met: boolean; trace: TraceStep[] };
    };
  };
}

/** Seed the patient through the API as the clinician; returns its id and the server's assessment. */
async function seed(url: string): Promise<{ patientId: string; server: ServerAssessment }> {
  const headers = { 'Content-Type': 'application/json', Origin: url };
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: CLINICIAN.username, password: CLINICIAN.password }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const auth = {
    ...headers,
    Cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    'X-CSRF-Token': csrfToken,
  };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: auth,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const patient = await call<{ id: string }>('POST', '/patients', {
    familyName: 'Lindqvist',
    givenName: 'Maja',
    sex: 'female',
    birthDate: '1961-03-14',
    heightCm: 165,
    premorbidWeightKg: 68,
  });
  for (const [kind, data] of FACTS)
    await call('POST', `/patients/${patient.id}/${factApiPath(factKindEntry(kind))}`, { data });
  const server = await call<ServerAssessment>('GET', `/patients/${patient.id}/assessment?include=trace`);
  return { patientId: patient.id, server };
}

const item = (page: Page, code: string) => page.locator(`li.care-item[data-code="${code}"]`);

describe.skipIf(E2E_SKIP)('Diagnosis and Care plan tabs', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await createUser(e.server, CLINICIAN);
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('shows the three categories of the server, opens a reason’s fact, and records care decisions', async () => {
    const { page } = e;
    const { patientId, server } = await seed(e.server.url);
    const dx = server.assessment.diagnosis;
    await signIn(page, CLINICIAN.username, CLINICIAN.password);

    // Diagnosis: the three categories match the server's assessment.
    await page.goto(`/patients/${patientId}/diagnosis`);
    const eec = page.getByTestId('category-revisedElEscorial');
    await eec.waitFor();
    expect(await eec.textContent()).toBe(CATEGORY_LABEL[dx.elEscorial.category]);
    expect(await page.getByTestId('category-awaji').textContent()).toBe(CATEGORY_LABEL[dx.awaji.category]);
    // Gold Coast reads as the server's result line ('not met yet: pending the named exclusions').
    const goldCoastResult = dx.goldCoast.trace.find((t) => t.code === 'goldCoast.result');
    expect(goldCoastResult).toBeDefined();
    expect(await page.getByTestId('category-goldCoast').textContent()).toBe(
      renderTraceDetail(goldCoastResult as TraceStep),
    );
    await page.locator('.red-flag', { hasText: 'CK above 1000 IU/L' }).waitFor();

    // A trace reason opens the fact it came from: progression, recorded in the history.
    const panel = page.locator('#evidence-panel');
    const goldCoastTrace = page.locator('details.trace').filter({ hasText: 'Gold Coast' });
    await goldCoastTrace.locator('summary').click();
    await goldCoastTrace.getByRole('button', { name: /progression documented by history/ }).click();
    await panel.locator('.evidence-record').first().waitFor();
    expect(await panel.locator('.evidence-kind').first().textContent()).toContain('history');
    expect(await panel.textContent()).toContain('progression › by');
    expect(await panel.textContent()).toContain('Recorded');
    // A grid value opens the examination that recorded it, with its date.
    await page
      .locator('.region-grid tr', { hasText: 'cervical' })
      .getByRole('button', { name: /Hoffmann sign/ })
      .click();
    await panel.locator('.evidence-kind', { hasText: 'neurological examination' }).first().waitFor();
    expect(await panel.textContent()).toContain('2026-10-15');
    await e.shot('diagnosis');
    expect(await axeViolations(page)).toEqual([]);

    // The clinician judges the red flag: a redFlagJudgement fact, by whom, shown on the flag.
    const flag = page.locator('.red-flag', { hasText: 'CK above 1000 IU/L' });
    await flag.getByText('Record a judgement').click();
    await flag.getByLabel('Explained without another disease (closes the flag)').check();
    await flag.getByRole('button', { name: 'Record judgement' }).click();
    await flag.getByText('judged explained', { exact: true }).waitFor();
    expect(await flag.textContent()).toContain(`by ${CLINICIAN.displayName}`);

    // Care plan.
    await page.getByRole('link', { name: 'Care plan' }).click();
    const niv = item(page, 'breathing.niv.offer');
    await niv.waitFor();
    await page.mouse.move(0, 0);
    await e.shot('care-plan');

    // Decline NIV: the reason is required, said at its field; then it is held back with when it comes back.
    await niv.getByRole('button', { name: 'Decline…' }).click();
    await niv.getByRole('button', { name: 'Record: decline' }).click();
    await niv.getByText('say why it was declined').waitFor();
    await niv.getByLabel('Reason (required)').fill('wants to wait until after her daughter’s wedding');
    await niv.getByRole('button', { name: 'Record: decline' }).click();
    const held = page.locator('li.care-held[data-code="breathing.niv.offer"]');
    await held.waitFor();
    expect(await held.textContent()).toContain('declined');
    expect(await held.textContent()).toContain('Comes back: when FVC or VC falls to 40 % predicted or below');
    await held.scrollIntoViewIfNeeded();
    await e.shot('care-plan-declined');
    expect(await axeViolations(page)).toEqual([]);

    // Defer the palliative-care referral to a date; accept riluzole.
    const until = addDays(server.asOf, 42);
    const palliative = item(page, 'team.refer.palliativeCare');
    await palliative.getByRole('button', { name: 'Defer…' }).click();
    await palliative.getByLabel('Come back to it on').fill(until);
    await palliative.getByRole('button', { name: 'Record: defer' }).click();
    const deferred = page.locator('li.care-held[data-code="team.refer.palliativeCare"]');
    await deferred.waitFor();
    expect(await deferred.textContent()).toContain(`Comes back: on ${until}`);

    const riluzole = item(page, 'dmt.riluzole.offer');
    await riluzole.getByRole('button', { name: 'Accept' }).click();
    await riluzole.getByRole('button', { name: 'Record: accept' }).click();
    await riluzole.locator('.care-status').getByText('accepted', { exact: true }).waitFor();
  }, 60_000);
});
