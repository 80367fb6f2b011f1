import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINICIAN, createUser, type E2E, e2eUnavailable, signIn, startE2E } from './harness';

const unavailable = e2eUnavailable();
if (unavailable && process.env.CI) throw new Error(`e2e cannot run in CI: ${unavailable}`);

describe.skipIf(unavailable !== null)('the web app is served and signs in', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await createUser(e.server, CLINICIAN);
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('signs in as a clinician, creates a patient, and survives a reload on the chart route', async () => {
    const { page } = e;
    await signIn(page, CLINICIAN.username, CLINICIAN.password);
    await e.shot('01-patient-list-empty');
    await page.getByRole('button', { name: 'New patient' }).click();
    await page.getByLabel('Family name').fill('Okafor');
    await page.getByLabel('Given name').fill('Bea');
    await page.getByLabel('Date of birth').fill('1961-03-14');
    await page.getByRole('button', { name: 'Create patient' }).click();
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
    await page.reload();
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Okafor/ }).count()).resolves.toBe(1);
  });
});
