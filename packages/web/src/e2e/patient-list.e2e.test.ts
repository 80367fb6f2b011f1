import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '../dates';
import { axeViolations } from './a11y';
import { apiSession } from './api';
import { CLINICIAN, createUser, type E2E, E2E_SKIP, signIn, startE2E } from './harness';

const daysFrom = (iso: string, days: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe.skipIf(E2E_SKIP)('the patient list: what needs attention today', () => {
  let e: E2E;
  const today = localIsoDate();

  beforeAll(async () => {
    e = await startE2E();
    await createUser(e.server, CLINICIAN);
    const clinic = await apiSession(e.server, CLINICIAN);
    const add = async (patient: object, facts: [string, object][]) => {
      const p = await clinic.call<{ id: string }>('POST', '/patients', patient);
      for (const [path, data] of facts) await clinic.call('POST', `/patients/${p.id}/${path}`, { data });
      return p.id;
    };
    const history = (onsetSite: string) => ({
      onsetDate: daysFrom(today, -400),
      onsetSite,
      diagnosisDate: daysFrom(today, -150),
    });
    const recent = daysFrom(today, -10);
    // Registered, nothing recorded yet: the workup is due, the care checks wait for a diagnosis.
    await add({ familyName: 'Adeyemi', givenName: 'Tunde', sex: 'male', birthDate: '1969-02-11' }, []);
    // Weight 6 % below premorbid, a visit booked in 5 days.
    await add(
      { familyName: 'Lindqvist', givenName: 'Erik', sex: 'male', birthDate: '1956-05-30', premorbidWeightKg: 80 },
      [
        ['history', history('cervical')],
        ['vital-capacity', { date: recent, kind: 'FVC', posture: 'sitting', percentPredicted: 88 }],
        ['weights', { date: recent, weightKg: 75 }],
        ['visits', { date: daysFrom(today, 5), kind: 'clinic' }],
      ],
    );
    // FVC 45 % and no NIV: urgent.
    await add(
      { familyName: 'Okafor', givenName: 'Bea', sex: 'female', birthDate: '1961-03-14', premorbidWeightKg: 64 },
      [
        ['history', history('bulbar')],
        ['vital-capacity', { date: recent, kind: 'FVC', posture: 'sitting', percentPredicted: 45 }],
        ['weights', { date: recent, weightKg: 63.5 }],
      ],
    );
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('orders patients by urgency with worded badges, filters, and opens the chart', async () => {
    const { page } = e;
    await signIn(page, CLINICIAN.username, CLINICIAN.password);
    await page.getByText(/need attention today/).waitFor();
    const rows = page.locator('table.patients tbody tr');
    const names = async () => (await rows.locator('td:nth-child(2)').allTextContents()).map((t) => t.split(',')[0]);
    expect(await names()).toEqual(['Okafor', 'Lindqvist', 'Adeyemi']);

    const okafor = rows.nth(0);
    await expect(okafor.locator('td').first().textContent()).resolves.toBe('Urgent');
    const okaforBadges = okafor.getByRole('list', { name: /Needs attention/ }).getByRole('listitem');
    await expect(okaforBadges.first().textContent()).resolves.toBe('!!Urgent: NIV criteria met (FVC 45 %)');
    await expect(okaforBadges.first().getAttribute('title')).resolves.toMatch(/FVC below 50 % predicted.*\[/);

    const lindqvist = rows.nth(1);
    await expect(lindqvist.locator('td').first().textContent()).resolves.toBe('Due');
    await expect(lindqvist.textContent()).resolves.toContain('Weight loss 6.3 %');
    await expect(lindqvist.locator('td').last().textContent()).resolves.toBe(`${daysFrom(today, 5)} in 5 d`);
    await expect(rows.nth(2).textContent()).resolves.toMatch(/Workup: \d+ open/);
    await e.shot('patient-list');
    expect(await axeViolations(page)).toEqual([]);

    // By name, then back; the onset filter; the search.
    await page.getByLabel('Sort').selectOption('name');
    expect(await names()).toEqual(['Adeyemi', 'Lindqvist', 'Okafor']);
    await page.getByLabel('Sort').selectOption('urgency');
    await page.getByLabel('Onset').selectOption('bulbar');
    await page.waitForFunction(() => document.querySelectorAll('table.patients tbody tr').length === 1);
    expect(await names()).toEqual(['Okafor']);
    await page.getByLabel('Onset').selectOption('');
    await page.getByLabel('Search patients by name or identifier').fill('lind');
    await page.waitForFunction(() => document.querySelectorAll('table.patients tbody tr').length === 1);
    expect(await names()).toEqual(['Lindqvist']);

    // Enter on the focused name opens the chart.
    await page.getByRole('link', { name: /Lindqvist/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}/);
    await page.goBack();

    // A row click opens it too.
    await page.getByLabel('Search patients by name or identifier').fill('');
    await page.waitForFunction(() => document.querySelectorAll('table.patients tbody tr').length === 3);
    await rows.nth(0).locator('td').nth(4).click();
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}/);
  }, 30_000);

  it('"needs attention only" keeps the urgent and due', async () => {
    const { page } = e;
    await page.goto('/');
    await page.getByLabel('Needs attention only').check();
    await page.getByText(/need attention today/).waitFor();
    const count = await page.locator('table.patients tbody tr').count();
    expect(count).toBe(3);
  }, 20_000);
});
