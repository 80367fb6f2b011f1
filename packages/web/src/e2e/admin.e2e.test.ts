import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { ADMIN, type E2E, E2E_SKIP, signIn, startE2E } from './harness';

const NURSE = { username: 'nurse.okoye', displayName: 'Chidi Okoye', password: 'river lantern copper 42' };

/** Sign in through the API (another workstation): returns the cookie and CSRF token. */
async function apiLogin(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken };
}

describe.skipIf(E2E_SKIP)('Admin: users and roles, API tokens, the audit log, my password', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await e.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  }, 60_000);
  afterAll(async () => {
    await e?.close();
  });

  it('creates a nurse, refuses a self lock-out at the field, resolves a conflict, creates and revokes a token, filters the audit log by the nurse', async () => {
    const { page, server } = e;
    await signIn(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Users and roles' }).waitFor();

    // A new nurse: the password rules are shown; a short password is refused at its field.
    await page.getByRole('button', { name: 'New user' }).click();
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('Username').fill(NURSE.username);
    await form.getByLabel('Display name').fill(NURSE.displayName);
    await form.getByLabel('Initial password').fill('short');
    await expect(form.textContent()).resolves.toContain('At least 12 characters');
    await form.getByRole('checkbox', { name: /^clinician/ }).uncheck();
    await form.getByRole('checkbox', { name: /^nurse/ }).check();
    await form.getByRole('button', { name: 'Create user' }).click();
    await form.locator('.field-invalid .error').filter({ hasText: 'at least 12 characters' }).waitFor();
    await form.getByLabel('Initial password').fill(NURSE.password);
    await form.getByRole('button', { name: 'Create user' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `created ${NURSE.username} (nurse)` })
      .waitFor();
    await form.getByRole('button', { name: 'Close' }).click();
    const nurseRow = page
      .locator('table.users tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: NURSE.username, exact: true }) });
    await expect(nurseRow.textContent()).resolves.toContain('nurse');

    // The admin cannot remove their own admin role: the server's refusal lands at the roles.
    await page.getByRole('button', { name: `Edit ${ADMIN.username}` }).click();
    const own = page.getByRole('form', { name: `Edit ${ADMIN.username}` });
    await own.getByRole('checkbox', { name: /^admin/ }).uncheck();
    await own.getByRole('checkbox', { name: /^clinician/ }).check();
    await own.getByRole('button', { name: 'Save changes' }).click();
    await own.locator('fieldset.roles .error').filter({ hasText: 'cannot lock themselves out' }).waitFor();
    await own.getByRole('button', { name: 'Cancel' }).click();

    // A conflict: someone else renames the nurse while this admin edits; both versions are shown.
    await page.getByRole('button', { name: `Edit ${NURSE.username}` }).click();
    const edit = page.getByRole('form', { name: `Edit ${NURSE.username}` });
    const other = await apiLogin(server.url, ADMIN.username, ADMIN.password);
    const users = (
      (await (await fetch(`${server.url}/api/v1/users`, { headers: { Cookie: other.cookie } })).json()) as {
        items: { id: string; username: string; version: number }[];
      }
    ).items;
    const nurse = users.find((u) => u.username === NURSE.username)!;
    const renamed = await fetch(`${server.url}/api/v1/users/${nurse.id}`, {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        Origin: server.url,
        Cookie: other.cookie,
        'X-CSRF-Token': other.csrfToken,
      },
      body: JSON.stringify({ version: nurse.version, displayName: 'C. Okoye (coordinator)' }),
    });
    expect(renamed.status).toBe(200);
    await edit.getByLabel('Display name').fill('Chidi Okoye, RN');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const conflict = edit.locator('.conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain('C. Okoye (coordinator)');
    await expect(conflict.textContent()).resolves.toContain('Chidi Okoye, RN');
    await e.shot('admin-user-conflict');
    expect(await axeViolations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Save my version over it' }).click();
    await nurseRow.filter({ hasText: 'Chidi Okoye, RN' }).waitFor();
    await e.shot('admin-users');
    expect(await axeViolations(page)).toEqual([]);

    // An API token: shown once with a copy button, then revoked.
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByLabel('Token name').fill('nightly export');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('The new token').inputValue();
    expect(token.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Copy token' }).click();
    await page.getByText('✓ copied').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(token);
    await e.shot('admin-token-created');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await expect(page.getByLabel('The new token').count()).resolves.toBe(0);
    const works = await fetch(`${server.url}/api/v1/auth/session`, { headers: { Authorization: `Bearer ${token}` } });
    expect(works.status).toBe(200);
    await page.getByRole('button', { name: 'Revoke nightly export' }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.locator('tr[data-token="nightly export"]').filter({ hasText: 'revoked' }).waitFor();
    const refused = await fetch(`${server.url}/api/v1/auth/session`, { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);

    // The nurse signs in elsewhere; the audit log filtered by the nurse shows it (and nothing of the admin's).
    await apiLogin(server.url, NURSE.username, NURSE.password);
    await page.getByRole('link', { name: 'Audit log', exact: true }).click();
    // A malformed patient id: the API's message lands at the field.
    await page.getByLabel('Patient id').fill('not-a-uuid');
    await page.getByRole('button', { name: 'Show events' }).click();
    await page.locator('.field-invalid .error').waitFor();
    await page.getByLabel('Patient id').fill('');
    await page.getByLabel('User').selectOption({ label: `Chidi Okoye, RN (${NURSE.username})` });
    await page.getByRole('button', { name: 'Show events' }).click();
    await page.waitForURL(/userId=/);
    const rows = page.locator('table.audit tbody tr');
    await rows.filter({ hasText: 'login' }).first().waitFor();
    for (const text of await rows.allTextContents()) expect(text).toContain(NURSE.username);
    await page.getByLabel('Action').selectOption('login');
    await page.getByRole('button', { name: 'Show events' }).click();
    await page.waitForURL(/action=login/);
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(
      /Events 1–1, newest first · 2 filters/,
    );
    await e.shot('admin-audit');
    expect(await axeViolations(page)).toEqual([]);
  }, 40_000);

  it('changes my password from the app bar; a wrong current password is refused at its field', async () => {
    const { page } = e;
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill('quiet harbour violet 88');
    await page.getByLabel('New password again').fill('quiet harbour violet 88');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.field-invalid .error').filter({ hasText: 'is not the current password' }).waitFor();
    await page.getByLabel('Current password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').filter({ hasText: 'password changed' }).waitFor();
    await e.shot('account-password');
    expect(await axeViolations(page)).toEqual([]);
    // Still signed in here: the renewed session works.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Users and roles' }).waitFor();
  }, 20_000);
});
