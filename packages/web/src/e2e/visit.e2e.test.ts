import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '../dates';
import { axeViolations } from './a11y';
import { type ApiSession, apiSession } from './api';
import { ARTIFACTS, CLINICIAN, createUser, type E2E, E2E_SKIP, signIn, startE2E } from './harness';

function monthsBefore(iso: string, months: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

interface StoredCase {
  exams?: { date: string; regions: { region: string; side: string }[] }[];
  alsfrsr?: { date: string; speech: number }[];
  vitalCapacity?: { date: string; percentPredicted: number }[];
  weights?: { date: string; weightKg: number }[];
  symptoms?: { date: string; symptom: string }[];
  medications?: { drug: string; code?: string; startDate?: string; stopDate?: string; dose?: string }[];
}

describe.skipIf(E2E_SKIP)('visit entry', () => {
  let e: E2E;
  let clinic: ApiSession;
  let patientId: string;
  const today = localIsoDate();
  const earlier = monthsBefore(today, 3);

  beforeAll(async () => {
    e = await startE2E();
    await createUser(e.server, CLINICIAN);
    clinic = await apiSession(e.server, CLINICIAN);
    const patient = await clinic.call<{ id: string }>('POST', '/patients', {
      familyName: 'Lindqvist',
      givenName: 'Maren',
      birthDate: '1958-09-02',
      sex: 'female',
      premorbidWeightKg: 78,
    });
    patientId = patient.id;
    await clinic.call('POST', `/patients/${patientId}/history`, {
      data: {
        onsetDate: monthsBefore(today, 14),
        onsetSite: 'cervical',
        onsetSide: 'right',
        progression: { documented: true, by: 'history' },
      },
    });
    // An earlier visit: its ALSFRS-R, FVC and weight are the hints of this one.
    await clinic.call('POST', `/patients/${patientId}/visit-entry`, {
      visit: { date: earlier, kind: 'clinic' },
      facts: [
        {
          kind: 'alsfrsr',
          data: {
            date: earlier,
            speech: 4,
            salivation: 4,
            swallowing: 4,
            handwriting: 3,
            cuttingWithoutGastrostomy: 3,
            dressing: 3,
            turningInBed: 4,
            walking: 3,
            climbingStairs: 3,
            dyspnoea: 4,
            orthopnoea: 4,
            respiratoryInsufficiency: 4,
          },
        },
        { kind: 'vitalCapacity', data: { date: earlier, kind: 'FVC', posture: 'sitting', percentPredicted: 88 } },
        { kind: 'weight', data: { date: earlier, weightKg: 75.5 } },
        { kind: 'medication', data: { drug: 'baclofen', startDate: earlier, dose: '10 mg three times daily' } },
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('enters a follow-up visit with the live panel updating before saving, and stores it as one unit', async () => {
    const { page } = e;
    await signIn(page, CLINICIAN.username, CLINICIAN.password);
    await page.goto(`/patients/${patientId}/visit`);
    await page.getByRole('heading', { name: 'Live assessment' }).waitFor();
    const elEscorial = page.getByTestId('live-Revised El Escorial');
    const before = await elEscorial.textContent();

    // Quiet hints from the earlier visit.
    await expect(page.getByText(`last FVC 88 % sitting (${earlier})`).count()).resolves.toBe(1);
    await expect(page.getByText(`last 75.5 kg (${earlier})`).count()).resolves.toBe(1);

    const tick = (name: string) => page.getByLabel(name, { exact: true }).check();
    await tick('Cervical (arms) right: Hoffmann sign');
    await tick('Cervical (arms) right: wasting');
    await tick('Cervical (arms) right: weakness of LMN type');
    const afterOne = await elEscorial.textContent();
    expect(afterOne).not.toBe(before);
    await tick('Lumbosacral (legs) left: Babinski sign');
    await tick('Lumbosacral (legs) left: wasting');
    await tick('Bulbar midline: brisk jaw jerk');
    await tick('Bulbar midline: wasting');
    // The category changes in the panel before anything is saved, marked as changed.
    await expect(elEscorial.textContent()).resolves.toBe('clinically definite ALS');
    expect(before).not.toBe('clinically definite ALS');
    await expect(page.locator('.live-line.changed').count()).resolves.toBeGreaterThan(0);
    await tick('Thoracic left: examined, normal');
    await tick('Thoracic right: examined, normal');

    // Panel update time: a change in the browser (click → engine → DOM), ten times.
    const timings = await page.evaluate(async () => {
      const box = document.querySelector<HTMLInputElement>('input[aria-label="Cervical (arms) left: wasting"]');
      const panel = document.querySelector<HTMLElement>('.live-panel');
      if (!box || !panel) throw new Error('no box or panel');
      const total: number[] = [];
      const engine: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        box.click();
        // React commits the change in a microtask; a zero timeout runs after it.
        await new Promise((resolve) => setTimeout(resolve, 0));
        total.push(performance.now() - t0);
        engine.push(Number(panel.dataset.engineMs));
        if (box.checked !== (i % 2 === 0)) throw new Error('the change was not rendered');
      }
      return { total, engine };
    });
    const engineMedian = median(timings.engine);
    const totalMedian = median(timings.total);
    console.log(
      `live panel: engine call median ${engineMedian.toFixed(1)} ms (max ${Math.max(...timings.engine).toFixed(1)}), ` +
        `change to updated DOM median ${totalMedian.toFixed(1)} ms (max ${Math.max(...timings.total).toFixed(1)}), 10 changes`,
    );
    // Printed, not asserted: a timing on a loaded 2-core CI machine is not a correctness check.
    expect(timings.total).toHaveLength(10);

    // The ALSFRS-R by keyboard digits: focus item 1, type twelve scores.
    await page.getByLabel(/^1 Speech: 4,/).focus();
    for (const digit of '433343334444') await page.keyboard.press(digit);
    await expect(page.getByLabel('ALSFRS-R total').textContent()).resolves.toBe('42');
    await expect(page.getByTestId('alsfrs-missing').textContent()).resolves.toBe('complete');

    // An API error appears at the input it concerns (facts[i].data.percentPredicted → the FVC field).
    await page.getByLabel('FVC % predicted').fill('250');
    await page.getByRole('button', { name: 'Save visit' }).first().click();
    const fvc = page.getByLabel('FVC % predicted');
    await expect.poll(() => fvc.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await fvc.getAttribute('aria-describedby')) ?? '';
    const fvcError = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent();
    console.log(`FVC 250 % refused at its field: ${fvcError}`);
    expect(fvcError).toMatch(/200/);
    await page.getByLabel('FVC % predicted').fill('74');
    await page.getByLabel('Weight', { exact: true }).fill('71.2');
    await page.getByLabel('cramps', { exact: true }).check();
    await page.getByLabel(/^stopped: baclofen/).check();
    await page.getByLabel('Started drug 1').fill('riluzole');
    await page.getByLabel('Dose', { exact: true }).fill('50 mg twice daily');
    await expect(page.locator('.weight-change').textContent()).resolves.toContain('−8.7 %');
    await expect(page.getByTestId('live-ALSFRS-R total').textContent()).resolves.toBe('42');

    // In-app navigation asks before losing the visit.
    await page.getByRole('link', { name: 'Back to the chart' }).click();
    await page.getByRole('heading', { name: 'Leave without saving?' }).waitFor();
    await page.getByRole('button', { name: 'Stay and keep editing' }).click();
    await expect(page.getByLabel('FVC % predicted').inputValue()).resolves.toBe('74');

    await page.getByRole('heading', { name: 'Live assessment' }).scrollIntoViewIfNeeded();
    await e.shot('visit-entry');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.live-panel').screenshot({ path: join(ARTIFACTS, 'visit-live-panel.png') });
    await page.locator('.bodymap').screenshot({ path: join(ARTIFACTS, 'visit-body-map.png') });
    // A tablet in landscape: the panel goes above the form, the grids keep their columns.
    await page.setViewportSize({ width: 1024, height: 768 });
    await e.shot('visit-entry-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The session ends under the clinician: saving asks to sign in again over the page, the visit
    // stays as typed (React state only), and the second save goes through.
    await e.context.clearCookies();
    await page.getByRole('button', { name: 'Save visit' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    await dialog.getByLabel('Password').fill(CLINICIAN.password);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByLabel('FVC % predicted').inputValue()).resolves.toBe('74');
    await expect(page.getByLabel('ALSFRS-R total').textContent()).resolves.toBe('42');
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(storage).toBe(0);

    await page.getByRole('button', { name: 'Save visit' }).first().click();
    await page.waitForURL(new RegExp(`/patients/${patientId}$`));
    await page.reload();
    await page.waitForLoadState('networkidle');
    await e.shot('visit-saved');
    // The stored record now says what the live panel said before saving (the server's engine agrees).
    await page.getByRole('link', { name: 'Diagnosis', exact: true }).click();
    await page.getByText('clinically definite ALS').first().waitFor();
    await e.shot('visit-saved-diagnosis');
    const server = await clinic.call<{ assessment: { diagnosis: { elEscorial: { category: string } } } }>(
      'GET',
      `/patients/${patientId}/assessment`,
    );
    expect(server.assessment.diagnosis.elEscorial.category).toBe('definite');

    const stored = await clinic.call<StoredCase>('GET', `/patients/${patientId}/case`);
    const exam = stored.exams?.find((x) => x.date === today);
    expect(exam?.regions.map((r) => `${r.region}.${r.side}`)).toEqual([
      'bulbar.midline',
      'cervical.right',
      'thoracic.left',
      'thoracic.right',
      'lumbosacral.left',
    ]);
    expect(stored.alsfrsr?.find((x) => x.date === today)?.speech).toBe(4);
    expect(stored.vitalCapacity?.find((x) => x.date === today)?.percentPredicted).toBe(74);
    expect(stored.weights?.find((x) => x.date === today)?.weightKg).toBe(71.2);
    expect(stored.symptoms?.find((x) => x.date === today)?.symptom).toBe('cramps');
    expect(stored.medications).toEqual([
      { drug: 'baclofen', startDate: earlier, stopDate: today, dose: '10 mg three times daily' },
      { drug: 'riluzole', code: 'riluzole', startDate: today, dose: '50 mg twice daily' },
    ]);
  }, 60_000);
});
