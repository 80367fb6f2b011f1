/**
 * The account flows and the edits every screen relies on: first-admin setup from the setup token,
 * a session that expires under the user without losing what they typed, and a 409 conflict that
 * shows both versions and lets the user choose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { apiSession } from './api';
import { CLINICIAN, createUser, type E2E, E2E_SKIP, signIn, startE2E } from './harness';

describe.skipIf(E2E_SKIP)('first-admin setup', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E({ setup: true });
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('creates the first admin from the setup token and signs in', async () => {
    const { page } = e;
    expect(e.setupToken).toMatch(/^betz_setup_/);
    await page.goto('/');
    await page.getByLabel('Setup token').fill('betz_setup_wrong');
    await page.getByLabel('Your name').fill('Dr Sam Okoye');
    await page.getByLabel('Password').fill('a quiet harbour at dawn');
    await page.getByRole('button', { name: 'Create the admin and sign in' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/token/i);
    await page.getByLabel('Setup token').fill(e.setupToken ?? '');
    await e.shot('setup');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create the admin and sign in' }).click();
    await page.getByRole('heading', { name: 'Patients' }).waitFor();
    // "I also see patients" was ticked: the admin may create patients.
    await page.getByRole('button', { name: 'New patient' }).waitFor();
  });
});

describe.skipIf(E2E_SKIP)('a session that expires while the user types', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E({ idleSeconds: 4 });
    await createUser(e.server, CLINICIAN);
    await signIn(e.page, CLINICIAN.username, CLINICIAN.password);
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('keeps what was typed when the session expires, and saves after signing in again', async () => {
    const { page } = e;
    const api = await apiSession(e.server, CLINICIAN);
    const patient = await api.call<{ id: string }>('POST', '/patients', { familyName: 'Lindqvist', givenName: 'Maja' });
    await page.goto(`/patients/${patient.id}/details`);
    await page.getByLabel('Height').fill('171');
    await page.waitForTimeout(5_000); // longer than the 4 s idle limit
    await page.getByRole('button', { name: 'Save patient details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    await e.shot('session-expired');
    await expect(page.getByLabel('Height').first().inputValue()).resolves.toBe('171');
    await dialog.getByLabel('Password').fill(CLINICIAN.password);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByLabel('Height').inputValue()).resolves.toBe('171');
    await page.getByRole('button', { name: 'Save patient details' }).click();
    await page.getByText('✓ saved').first().waitFor();
    const stored = await (await apiSession(e.server, CLINICIAN)).call<{ heightCm: number }>(
      'GET',
      `/patients/${patient.id}`,
    );
    expect(stored.heightCm).toBe(171);
  });
});

describe.skipIf(E2E_SKIP)('editing a patient: version conflicts and history', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await createUser(e.server, CLINICIAN);
    await signIn(e.page, CLINICIAN.username, CLINICIAN.password);
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('shows both versions on a conflict and saves the chosen one', async () => {
    const { page } = e;
    const api = await apiSession(e.server, CLINICIAN);
    const patient = await api.call<{ id: string; version: number }>('POST', '/patients', {
      familyName: 'Achterberg',
      premorbidWeightKg: 70,
    });
    await page.goto(`/patients/${patient.id}/details`);
    await page.getByLabel('Premorbid weight').fill('72');
    // A colleague saves another weight meanwhile.
    await api.call('PATCH', `/patients/${patient.id}`, { version: patient.version, premorbidWeightKg: 74 });
    await page.getByRole('button', { name: 'Save patient details' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this record' });
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toMatch(/72.*74/s);
    await e.shot('conflict');
    expect(await axeViolations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Save my version over it' }).click();
    await conflict.waitFor({ state: 'detached' });
    const stored = await api.call<{ premorbidWeightKg: number; version: number }>('GET', `/patients/${patient.id}`);
    expect(stored.premorbidWeightKg).toBe(72);
    expect(stored.version).toBe(patient.version + 2);
  });

  it('records the history (onset) through the form', async () => {
    const { page } = e;
    const api = await apiSession(e.server, CLINICIAN);
    const patient = await api.call<{ id: string }>('POST', '/patients', { familyName: 'Moreau' });
    await page.goto(`/patients/${patient.id}/details`);
    await page.getByLabel('Symptom onset').fill('2025-02-10');
    await page.getByLabel('Onset region').selectOption('bulbar');
    await page.getByRole('button', { name: 'Save history' }).click();
    await page.getByRole('button', { name: 'Save correction' }).waitFor();
    await e.shot('details');
    expect(await axeViolations(page)).toEqual([]);
    const c = await api.call<{ history?: { onsetDate?: string; onsetSite?: string } }>(
      'GET',
      `/patients/${patient.id}/case`,
    );
    expect(c.history).toMatchObject({ onsetDate: '2025-02-10', onsetSite: 'bulbar' });
  });
});
