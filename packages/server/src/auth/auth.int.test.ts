import { replaceSetupToken, testBackends } from '@betz/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';
import { sha256Hex } from './tokens.js';

const API = '/api/v1';

describe.each(testBackends())('accounts and sessions (%s)', (backend) => {
  let clinic: TestClinic;
  beforeAll(async () => {
    clinic = await openTestClinic(backend, {
      login: {
        freeFailuresPerAccount: 3,
        freeFailuresPerSource: 50,
        firstDelaySeconds: 1,
        maxDelaySeconds: 900,
        resetSeconds: 3600,
      },
    });
  }, 60_000);
  afterAll(() => clinic?.close());

  async function login(username: string, password: string, headers: Record<string, string> = {}) {
    const res = await clinic.request('POST', `${API}/auth/login`, {
      as: 'anonymous',
      body: { username, password },
      headers,
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    const cookie = /^(betz_session=[^;]+)/.exec(setCookie)?.[1] ?? '';
    return { res, cookie, csrf: res.json?.csrfToken as string, setCookie };
  }

  describe('sign-in (ASVS V6, V7)', () => {
    it('sets an HTTP-only SameSite cookie holding a token whose hash alone is stored', async () => {
      const { res, cookie, setCookie } = await login('test.nurse', clinic.accounts.nurse.password);
      expect(res.status).toBe(200);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      const token = cookie.split('=')[1] as string;
      const stored = await sql<{ token_hash: string }>`SELECT token_hash FROM user_session`.execute(clinic.store.db);
      expect(stored.rows.map((r) => r.token_hash)).toContain(sha256Hex(token));
      expect(JSON.stringify(stored.rows)).not.toContain(token);
    });

    it('gives one answer for a wrong password and an unknown user, and audits both', async () => {
      const wrong = await login('test.therapist', 'not the password at all');
      const unknown = await login('nobody.here', 'not the password at all');
      expect(wrong.res.status).toBe(401);
      expect(unknown.res.status).toBe(401);
      expect(wrong.res.json.message).toBe(unknown.res.json.message);
      const events = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM audit_event WHERE action = 'login_failed'`.execute(clinic.store.db);
      expect(events.rows[0]?.n).toBeGreaterThanOrEqual(2);
    });

    it('refuses a sign-in posted from another site (login CSRF)', async () => {
      const { res } = await login('test.nurse', clinic.accounts.nurse.password, { origin: 'https://evil.example' });
      expect(res.status).toBe(403);
      expect(res.json.code).toBe('csrf_failed');
    });

    it('re-hashes a password stored with weaker parameters at the next sign-in', async () => {
      const { passwords } = clinic.deps;
      const weak = await import('@node-rs/argon2').then((a) =>
        a.hash(clinic.accounts.therapist.password, { memoryCost: 512, timeCost: 1, parallelism: 1, algorithm: 2 }),
      );
      await sql`UPDATE app_user SET password_hash = ${weak} WHERE username = 'test.therapist'`.execute(clinic.store.db);
      expect(passwords.needsRehash(weak)).toBe(true);
      const { res } = await login('test.therapist', clinic.accounts.therapist.password);
      expect(res.status).toBe(200);
      const now = await sql<{
        h: string;
      }>`SELECT password_hash AS h FROM app_user WHERE username = 'test.therapist'`.execute(clinic.store.db);
      expect(now.rows[0]?.h).not.toBe(weak);
      expect(passwords.needsRehash(now.rows[0]?.h as string)).toBe(false);
    });
  });

  describe('cookie requests and CSRF (§5.4)', () => {
    it('needs the X-CSRF-Token for a change, not for a read; refuses a cross-site one', async () => {
      const { cookie, csrf } = await login('test.clinician', clinic.accounts.clinician.password);
      const read = await clinic.request('GET', `${API}/patients`, { as: { cookie } });
      expect(read.status).toBe(200);
      const without = await clinic.request('POST', `${API}/patients`, { as: { cookie }, body: {} });
      expect(without).toMatchObject({ status: 403, json: { code: 'csrf_failed' } });
      const forged = await clinic.request('POST', `${API}/patients`, { as: { cookie, csrf: `${csrf}x` }, body: {} });
      expect(forged.status).toBe(403);
      const crossSite = await clinic.request('POST', `${API}/patients`, {
        as: { cookie, csrf },
        body: {},
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(crossSite.status).toBe(403);
      const ok = await clinic.request('POST', `${API}/patients`, {
        as: { cookie, csrf },
        body: {},
        headers: { origin: 'http://localhost', host: 'localhost' },
      });
      expect(ok.status).toBe(201);
    });

    it('ends the session at sign-out: the same cookie no longer works', async () => {
      const { cookie, csrf } = await login('test.clinician', clinic.accounts.clinician.password);
      const out = await clinic.request('POST', `${API}/auth/logout`, { as: { cookie, csrf } });
      expect(out.status).toBe(204);
      expect((await clinic.request('GET', `${API}/auth/session`, { as: { cookie } })).status).toBe(401);
    });

    it('ends an idle session and an old one, whatever the cookie says', async () => {
      const idle = await login('test.clinician', clinic.accounts.clinician.password);
      const token = idle.cookie.split('=')[1] as string;
      await sql`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = ${sha256Hex(token)}`.execute(
        clinic.store.db,
      );
      expect((await clinic.request('GET', `${API}/auth/session`, { as: { cookie: idle.cookie } })).status).toBe(401);

      const old = await login('test.clinician', clinic.accounts.clinician.password);
      const oldToken = old.cookie.split('=')[1] as string;
      expect((await clinic.request('GET', `${API}/auth/session`, { as: { cookie: old.cookie } })).status).toBe(200);
      await sql`UPDATE user_session SET created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour'
        WHERE token_hash = ${sha256Hex(oldToken)}`.execute(clinic.store.db);
      expect((await clinic.request('GET', `${API}/auth/session`, { as: { cookie: old.cookie } })).status).toBe(401);
      const left = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM user_session WHERE token_hash IN (${sha256Hex(token)}, ${sha256Hex(oldToken)})`.execute(
        clinic.store.db,
      );
      expect(left.rows[0]?.n).toBe(0);
    });
  });

  describe('accounts', () => {
    it('a password change ends the other sessions and keeps the one that made it', async () => {
      const a = await clinic.request('POST', `${API}/users`, {
        as: 'admin',
        body: { username: 'pw.changer', displayName: 'PW', roles: ['nurse'], password: 'first long passphrase' },
      });
      expect(a.status).toBe(201);
      const one = await login('pw.changer', 'first long passphrase');
      const two = await login('pw.changer', 'first long passphrase');
      const common = await clinic.request('POST', `${API}/auth/password`, {
        as: { cookie: one.cookie, csrf: one.csrf },
        body: { currentPassword: 'first long passphrase', newPassword: 'password1234' },
      });
      expect(common).toMatchObject({ status: 400, json: { issues: [{ path: 'newPassword' }] } });
      const changed = await clinic.request('POST', `${API}/auth/password`, {
        as: { cookie: one.cookie, csrf: one.csrf },
        body: { currentPassword: 'first long passphrase', newPassword: 'second long passphrase' },
      });
      expect(changed.status).toBe(200);
      const renewed = /^(betz_session=[^;]+)/.exec(changed.headers.get('set-cookie') ?? '')?.[1] as string;
      expect((await clinic.request('GET', `${API}/auth/session`, { as: { cookie: two.cookie } })).status).toBe(401);
      expect((await clinic.request('GET', `${API}/auth/session`, { as: { cookie: one.cookie } })).status).toBe(401);
      expect((await clinic.request('GET', `${API}/auth/session`, { as: { cookie: renewed } })).status).toBe(200);
      expect((await login('pw.changer', 'first long passphrase')).res.status).toBe(401);
    });

    it('a disabled account can no longer sign in, and its tokens stop working', async () => {
      const created = await clinic.request('POST', `${API}/users`, {
        as: 'admin',
        body: { username: 'to.disable', displayName: 'D', roles: ['therapist'], password: 'a fine long passphrase' },
      });
      const session = await login('to.disable', 'a fine long passphrase');
      const token = await clinic.request('POST', `${API}/auth/tokens`, {
        as: { cookie: session.cookie, csrf: session.csrf },
        body: { name: 'script' },
      });
      expect(token.status).toBe(201);
      expect((await clinic.request('GET', `${API}/patients`, { as: { token: token.json.token } })).status).toBe(200);
      const disabled = await clinic.request('PATCH', `${API}/users/${created.json.id}`, {
        as: 'admin',
        body: { version: 1, disabled: true },
      });
      expect(disabled.status).toBe(200);
      expect((await clinic.request('GET', `${API}/patients`, { as: { token: token.json.token } })).status).toBe(401);
      expect((await clinic.request('GET', `${API}/auth/session`, { as: { cookie: session.cookie } })).status).toBe(401);
      expect((await login('to.disable', 'a fine long passphrase')).res.status).toBe(401);
    });

    it('a revoked API token stops working; the token itself is never stored', async () => {
      const made = await clinic.request('POST', `${API}/auth/tokens`, {
        as: 'nurse',
        body: { name: 'export', expiresInDays: 1 },
      });
      expect(made.json.token).toMatch(/^betz_pat_/);
      const stored = await sql<{
        token_hash: string;
      }>`SELECT token_hash FROM api_token WHERE id = ${made.json.id}`.execute(clinic.store.db);
      expect(stored.rows[0]?.token_hash).toBe(sha256Hex(made.json.token));
      expect((await clinic.request('DELETE', `${API}/auth/tokens/${made.json.id}`, { as: 'nurse' })).status).toBe(204);
      expect((await clinic.request('GET', `${API}/patients`, { as: { token: made.json.token } })).status).toBe(401);
      expect((await clinic.request('GET', `${API}/patients`, { as: { token: 'betz_pat_made_up' } })).status).toBe(401);
    });
  });
});

describe('first admin (setup token)', () => {
  it('creates exactly one first admin with a live token, then closes', async () => {
    const { openTestStore } = await import('@betz/store');
    const { createApp } = await import('../app.js');
    const { createPasswordHasher, TEST_ONLY_FAST_ARGON2 } = await import('./passwords.js');
    const { createLoginLimiter } = await import('./rate-limit.js');
    const { withDefaults } = await import('../config.js');
    const { silentLogger } = await import('../log.js');
    const store = await openTestStore('pglite');
    try {
      const config = withDefaults({ validateResponses: true });
      const app = createApp({
        store,
        config,
        passwords: createPasswordHasher(TEST_ONLY_FAST_ARGON2),
        loginLimiter: createLoginLimiter(config.login),
        log: silentLogger,
        today: () => '2025-01-01',
      });
      const post = (body: unknown) =>
        app.request(`${API}/setup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      await replaceSetupToken(store.db, sha256Hex('betz_setup_the-token'));
      expect(await (await app.request(`${API}/setup`)).json()).toEqual({ setupOpen: true });
      const admin = { username: 'admin', displayName: 'Admin', password: 'the first keeper of keys' };
      expect((await post({ ...admin, setupToken: 'betz_setup_wrong' })).status).toBe(400);
      const ok = await post({ ...admin, setupToken: 'betz_setup_the-token', alsoRoles: ['clinician'] });
      expect(ok.status).toBe(201);
      expect(((await ok.json()) as { roles: string[] }).roles).toEqual(['admin', 'clinician']);
      const again = await post({ ...admin, username: 'second', setupToken: 'betz_setup_the-token' });
      expect(again.status).toBe(409);
      expect(((await again.json()) as { code: string }).code).toBe('setup_closed');
      expect(await (await app.request(`${API}/setup`)).json()).toEqual({ setupOpen: false });
    } finally {
      await store.close();
    }
  }, 60_000);
});
