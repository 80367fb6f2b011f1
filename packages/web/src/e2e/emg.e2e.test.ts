import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { CLINICIAN, createUser, type E2E, E2E_SKIP, signIn, startE2E } from './harness';

async function addMuscle(page: Page, query: string, name: string) {
  const box = page.getByRole('combobox', { name: 'Add muscle' });
  await box.fill(query);
  await page
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .click();
}

async function denervate(page: Page, who: string) {
  await page.getByLabel(`Chronic neurogenic MUPs, ${who}`).check();
  await page.getByLabel(`Fibrillations, ${who}`).check();
  await page.getByLabel(`Positive sharp waves, ${who}`).check();
}

describe.skipIf(E2E_SKIP)('EMG tab: enter a study muscle by muscle and see the region rules', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await createUser(e.server, CLINICIAN);
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('enters muscles in two regions, sees the rule messages, saves and sees the study listed', async () => {
    const { page } = e;
    await signIn(page, CLINICIAN.username, CLINICIAN.password);
    await page.getByRole('button', { name: 'New patient' }).click();
    await page.getByLabel('Family name').fill('Lindqvist');
    await page.getByLabel('Given name').fill('Maja');
    await page.getByLabel('Date of birth').fill('1958-07-02');
    await page.getByRole('button', { name: 'Create patient' }).click();
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'EMG', exact: true }).click();
    await page.getByText('No EMG study recorded.').waitFor();

    await page.getByRole('button', { name: 'New EMG study' }).click();
    await page.getByLabel('Study date').fill('2026-11-20');
    // Cervical: FDI and biceps (C8 ulnar, C5 musculocutaneous) denervated; APB normal.
    await addMuscle(page, 'first dorsal', 'first dorsal interosseous');
    await denervate(page, 'first dorsal interosseous (right)');
    const cervical = page.locator('.region-rule[data-region="cervical"]');
    await expect(cervical.textContent()).resolves.toContain('a second limb muscle on another root and nerve is needed');
    // The keyboard path: a root typed alone, arrows, Enter.
    const box = page.getByRole('combobox', { name: 'Add muscle' });
    await box.fill('C5 musculocutaneous');
    await box.press('Enter');
    await denervate(page, 'biceps brachii (right)');
    await addMuscle(page, 'abductor pollicis', 'abductor pollicis brevis');
    await page.getByLabel('Examined and normal, abductor pollicis brevis (right)').check();
    // Lumbosacral: tibialis anterior with fasciculation potentials and chronic change only.
    await page.getByLabel('Side for new muscles').selectOption('left');
    await addMuscle(page, 'tibialis anterior', 'tibialis anterior');
    await page.getByLabel('Chronic neurogenic MUPs, tibialis anterior (left)').check();
    await page
      .getByLabel('Fasciculation potentials, tibialis anterior (left)', { exact: true })
      .selectOption('complex');
    await page.getByText('studied and normal').click();

    await expect(cervical.textContent()).resolves.toContain('rule met');
    await expect(cervical.textContent()).resolves.toContain('different roots and different nerves');
    const lumbosacral = page.locator('.region-rule[data-region="lumbosacral"]');
    await expect(lumbosacral.textContent()).resolves.toContain('a second limb muscle');
    await expect(page.locator('.region-rule[data-region="bulbar"]').textContent()).resolves.toContain('not sampled');
    await e.shot('emg-entry');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 768 });
    await e.shot('emg-entry-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Thoracic paraspinals at a level that does not exist: the server's message lands at that row's level.
    await addMuscle(page, 'thoracic paraspinals', 'thoracic paraspinals');
    await denervate(page, 'thoracic paraspinals (left)');
    const level = page.getByLabel('Level sampled');
    await level.fill('14');
    await page.getByRole('button', { name: 'Save EMG study' }).click();
    await page.locator('.level-field .cell-error').waitFor();
    await expect(level.getAttribute('aria-invalid')).resolves.toBe('true');
    await e.shot('emg-field-error');
    await level.fill('8');
    const thoracic = page.locator('.region-rule[data-region="thoracic"]');
    await expect(thoracic.textContent()).resolves.toContain('one muscle suffices in the thoracic region');

    await page.getByRole('button', { name: 'Save EMG study' }).click();
    await page.getByRole('status').filter({ hasText: 'saved the study of 2026-11-20' }).waitFor();
    const card = page.locator('details.emg-study').first();
    await expect(card.textContent()).resolves.toContain('5 muscles sampled, 4 abnormal');
    await expect(card.textContent()).resolves.toContain('EMG rule met (Awaji, Gold Coast): cervical, thoracic');
    await e.shot('emg-list');
    expect(await axeViolations(page)).toEqual([]);
  }, 30_000);
});
