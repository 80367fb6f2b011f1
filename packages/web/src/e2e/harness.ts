/**
 * End-to-end harness: a real Betz server (embedded database in a temporary folder, the built web
 * app from packages/web/dist) and Debian's Chromium driven by playwright-core. Never a downloaded
 * browser: `.ci/run` installs the `chromium` package. Screenshots of every main screen land in
 * packages/web/e2e-artifacts/ for a human to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createPasswordHasher,
  type RunningServer,
  silentLogger,
  startServer,
  TEST_ONLY_FAST_ARGON2,
} from '@betz/server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.BETZ_CHROMIUM ?? '/usr/bin/chromium';
export const WEB_ROOT = fileURLToPath(new URL('../../dist', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../../e2e-artifacts', import.meta.url));
export const ADMIN = { username: 'admin', password: 'bluebird kettle orchard 7' };

export interface E2E {
  server: RunningServer;
  /** The one-time setup token the server announced (only with `setup: true`). */
  setupToken: string | null;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Save a full-page screenshot as e2e-artifacts/<name>.png. */
  shot(name: string, page?: Page): Promise<void>;
  close(): Promise<void>;
}

/** Why the e2e suite cannot run here, or null when it can (CI must always be able to). */
export function e2eUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (!existsSync(join(WEB_ROOT, 'index.html'))) return `the web app is not built (${WEB_ROOT}); run npm run build`;
  return null;
}

/**
 * True when the browser tests are skipped here (no Chromium, or the web app not built). In CI they
 * must run: there the missing piece fails the suite instead of skipping it.
 */
export const E2E_SKIP: boolean = (() => {
  const reason = e2eUnavailable();
  if (reason && process.env.CI) throw new Error(`e2e cannot run in CI: ${reason}`);
  return reason !== null;
})();

export async function startE2E(config: { idleSeconds?: number; setup?: boolean } = {}): Promise<E2E> {
  const dataDir = mkdtempSync(join(tmpdir(), 'betz-e2e-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  let announced = '';
  const server = await startServer({
    port: 0,
    dataDir,
    // With `setup`, no admin: the server prints a one-time setup token (kept in `setupToken`).
    // The flows sign in as a clinician of their own; this admin only manages accounts (not the
    // default, which makes the first admin a clinician too).
    ...(config.setup ? {} : { adminPassword: ADMIN.password, adminUsername: ADMIN.username, adminAlsoRoles: [] }),
    log: silentLogger,
    announce: (text) => {
      announced += text;
    },
    passwords: createPasswordHasher(TEST_ONLY_FAST_ARGON2),
    config: {
      webRoot: WEB_ROOT,
      validateResponses: true,
      ...(config.idleSeconds ? { session: { idleSeconds: config.idleSeconds, absoluteSeconds: 3600 } } : {}),
    },
  });
  // playwright-core gives every launch a fresh, empty profile folder of its own (and removes it).
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: server.url });
  // Shorter than the test's timeout, so a stuck step fails with the locator it waited for.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return {
    setupToken: /betz_setup_[A-Za-z0-9_-]+/.exec(announced)?.[0] ?? null,
    server,
    browser,
    context,
    page,
    async shot(name, which = page) {
      await which.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`the page raised errors:\n${errors.join('\n')}`);
    },
  };
}

/** Sign in through the form (the first screen when signed out). */
export async function signIn(page: Page, username = ADMIN.username, password = ADMIN.password): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The first screen follows the role (the patient list, or admin for an administrator).
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Create an account through the API as the admin (the e2e flows sign in as a clinician). */
export async function createUser(
  server: RunningServer,
  user: { username: string; password: string; displayName: string; roles: string[] },
): Promise<void> {
  const headers = { 'Content-Type': 'application/json', Origin: server.url };
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify(ADMIN),
  });
  if (!login.ok) throw new Error(`admin sign-in failed: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const created = await fetch(`${server.url}/api/v1/users`, {
    method: 'POST',
    headers: { ...headers, Cookie: cookie, 'X-CSRF-Token': csrfToken },
    body: JSON.stringify(user),
  });
  if (!created.ok) throw new Error(`creating ${user.username} failed: ${created.status} ${await created.text()}`);
}

export const CLINICIAN = {
  username: 'dr.rivera',
  password: 'e2e clinician passphrase 9',
  displayName: 'Dr Ana Rivera',
  roles: ['clinician'],
};
