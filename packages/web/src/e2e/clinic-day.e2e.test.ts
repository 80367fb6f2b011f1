/**
 * The whole flow, through the screens only, as a neurologist would run it: sign in, create
 * a patient, record the history, enter a first visit (exam, ALSFRS-R, breathing, weight) and watch
 * the category and the care plan change before saving, save, reload, enter a follow-up visit, see
 * the plots, decline a recommendation with a reason, print the summary, sign out; and nothing of
 * the patient is left in the browser's storage.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '../dates';
import { axeViolations } from './a11y';
import { ARTIFACTS, CLINICIAN, createUser, type E2E, E2E_SKIP, signIn, startE2E } from './harness';

describe.skipIf(E2E_SKIP)('a clinic day: first visit and follow-up through the screens', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await createUser(e.server, CLINICIAN);
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('runs a first visit and a follow-up and leaves with a care plan and a printed summary', async () => {
    const { page } = e;
    await signIn(page, CLINICIAN.username, CLINICIAN.password);

    // A new patient.
    await page.getByRole('button', { name: 'New patient' }).click();
    const form = page.getByRole('form', { name: 'New patient' });
    await form.getByLabel('Family name').fill('Haddad');
    await form.getByLabel('Given name').fill('Noor');
    await form.getByLabel('Date of birth').fill('1957-05-21');
    await form.getByLabel('Sex').selectOption('female');
    await form.getByRole('button', { name: 'Create patient' }).click();
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
    const patientUrl = page.url();

    // History: onset a year ago in the right arm, progression by history; premorbid weight.
    await page.getByRole('link', { name: 'Details & history' }).click();
    await page.getByLabel('Premorbid weight').fill('68');
    await page.getByRole('button', { name: 'Save patient details' }).click();
    await page.getByText('✓ saved').first().waitFor();
    await page.getByLabel('Symptom onset').fill(localIsoDate(new Date(), -400));
    await page.getByLabel('Onset region').selectOption('cervical');
    await page.getByLabel('Onset side').selectOption('right');
    await page.getByRole('group', { name: 'Progression documented (spread or worsening)' }).getByLabel('yes').check();
    await page.getByLabel('Progression shown').selectOption('history');
    await page.getByRole('group', { name: 'Normal function before onset (Gold Coast)' }).getByLabel('yes').check();
    await page.getByRole('button', { name: 'Save history' }).click();
    await page.getByRole('button', { name: 'Save correction' }).waitFor();

    // First visit, three months ago.
    await page.getByRole('link', { name: 'New visit' }).click();
    await page.getByRole('heading', { name: 'Live assessment' }).waitFor();
    await page.getByLabel('Visit date').fill(localIsoDate(new Date(), -90));
    const elEscorial = page.getByTestId('live-Revised El Escorial');
    const care = page.locator('.live-care');
    const categoryBefore = await elEscorial.textContent();
    const tick = (name: string) => page.getByLabel(name, { exact: true }).check();
    await tick('Cervical (arms) right: Hoffmann sign');
    await tick('Cervical (arms) right: wasting');
    await tick('Cervical (arms) right: weakness of LMN type');
    await tick('Lumbosacral (legs) right: Babinski sign');
    await tick('Lumbosacral (legs) right: wasting');
    // Before anything is saved, the category has moved.
    await expect.poll(() => elEscorial.textContent()).not.toBe(categoryBefore);
    const firstCategory = await elEscorial.textContent();
    await page.getByLabel(/^1 Speech: 4,/).focus();
    for (const digit of '444333334444') await page.keyboard.press(digit);
    await expect(page.getByLabel('ALSFRS-R total').textContent()).resolves.toBe('43');
    await page.getByLabel('FVC % predicted').fill('82');
    await page.getByLabel('Weight', { exact: true }).fill('66');
    await e.shot('clinic-day-first-visit');
    await page.getByRole('button', { name: 'Save visit' }).first().click();
    await page.waitForURL(patientUrl);
    await page.reload();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();

    // The diagnosis is made at that visit: recorded in the history (a correction, with its reason).
    await page.getByRole('link', { name: 'Details & history' }).click();
    await page.getByLabel('Date of diagnosis').fill(localIsoDate(new Date(), -90));
    await page.getByLabel('Reason for the correction').fill('diagnosis made at the first visit');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText('✓ saved').first().waitFor();

    // Follow-up today: worse breathing and weight; bulbar signs appear.
    await page.getByRole('link', { name: 'New visit' }).click();
    await page.getByRole('heading', { name: 'Live assessment' }).waitFor();
    await tick('Bulbar midline: brisk jaw jerk');
    await tick('Bulbar midline: wasting');
    await tick('Cervical (arms) right: Hoffmann sign');
    await tick('Cervical (arms) right: wasting');
    await tick('Lumbosacral (legs) right: Babinski sign');
    await tick('Lumbosacral (legs) right: wasting');
    await expect.poll(() => elEscorial.textContent()).not.toBe(firstCategory);
    await page.getByLabel(/^1 Speech: 4,/).focus();
    for (const digit of '332322224444') await page.keyboard.press(digit);
    // The care plan changes live: FVC below 50 % brings the NIV offer before anything is saved.
    const careBefore = await care.textContent();
    expect(careBefore).not.toMatch(/non-invasive ventilation/i);
    await page.getByLabel('FVC % predicted').fill('47');
    await expect.poll(() => care.textContent()).toMatch(/non-invasive ventilation/i);
    await page.getByLabel('Weight', { exact: true }).fill('60.5');
    await e.shot('clinic-day-follow-up');
    await page.getByRole('button', { name: 'Save visit' }).first().click();
    await page.waitForURL(patientUrl);

    // The chart header and the plots show both visits.
    await page.getByRole('link', { name: 'Trajectories' }).click();
    const alsfrsr = page.locator('figure[data-plot="tr-alsfrsr"]');
    await alsfrsr.locator('svg').first().waitFor();
    await alsfrsr.getByText('Data table: ALSFRS-R total').click();
    expect(await alsfrsr.locator('tbody td.num').allInnerTexts()).toEqual(['43', '35']);
    await e.shot('clinic-day-trajectories');

    // The care plan: NIV is offered (FVC below 50 %); the patient declines for now.
    await page.getByRole('link', { name: 'Care plan' }).click();
    const niv = page.locator('li.care-item[data-code="breathing.niv.offer"]');
    await niv.waitFor();
    await niv.getByRole('button', { name: 'Decline…' }).click();
    await niv.getByLabel('Reason (required)').fill('wants to talk it over with her family first');
    await niv.getByRole('button', { name: 'Record: decline' }).click();
    await page.locator('li.care-held[data-code="breathing.niv.offer"]').waitFor();
    // With progression recorded and UMN + LMN signs in three regions, the header says so.
    await expect(page.locator('.chart-header').textContent()).resolves.toContain('clinically definite ALS');
    await e.shot('clinic-day-care-plan');
    expect(await axeViolations(page)).toEqual([]);

    // The summary prints (plots included).
    await page.getByRole('link', { name: 'Visit summary' }).click();
    await page.locator('.summary-doc').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.summary-doc figure.plot svg').count()).toBeGreaterThan(0);
    const text = (await page.locator('.summary-doc').textContent()) ?? '';
    expect(text).toMatch(/haddad/i);
    expect(text).toMatch(/declined/i);
    writeFileSync(join(ARTIFACTS, 'clinic-day-summary.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });

    // Nothing of the patient in the browser's persistent storage, then sign out.
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDb: (await indexedDB.databases()).length,
      caches: 'caches' in window ? (await caches.keys()).length : 0,
    }));
    expect(stored).toEqual({ local: 0, session: 0, indexedDb: 0, caches: 0 });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.goto(patientUrl);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.getByText('Haddad').count()).toBe(0);
  }, 120_000);
});
