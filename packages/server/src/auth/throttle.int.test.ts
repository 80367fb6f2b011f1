/**
 * Sign-in throttling (issue 12; OWASP ASVS 5.0 V6.3.1): growing delays per account and source and
 * per source, never a lockout of the right password from another computer; counts in the database,
 * shared by every server process; an admin clears an account's throttle; every step audited.
 */
import { testBackends } from '@betz/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';
import { createLoginLimiter } from './rate-limit.js';

const API = '/api/v1';

describe.each(testBackends())('sign-in throttling (%s)', (backend) => {
  let clinic: TestClinic;
  beforeAll(async () => {
    clinic = await openTestClinic(backend, {
      trustProxy: true,
      login: {
        freeFailuresPerAccount: 3,
        freeFailuresPerSource: 6,
        firstDelaySeconds: 1,
        maxDelaySeconds: 900,
        resetSeconds: 3600,
      },
    });
  }, 60_000);
  afterAll(() => clinic?.close());

  async function login(username: string, password: string, from: string, app = clinic.app) {
    const res = await app.request(`${API}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ username, password }),
    });
    return {
      status: res.status,
      retryAfter: Number(res.headers.get('retry-after')),
      json: (await res.json()) as { code?: string },
    };
  }

  /** Let time pass for a key: its delay is over (the database clock judges). */
  const expire = (like: string) =>
    sql`UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE key LIKE ${like}`.execute(
      clinic.store.db,
    );

  const audited = async (reason: string) =>
    (
      await sql<{ detail: Record<string, unknown>; outcome: string }>`
        SELECT detail, outcome FROM audit_event WHERE action = 'login_failed' AND detail->>'reason' = ${reason}
        ORDER BY id`.execute(clinic.store.db)
    ).rows;

  it('holds back the failing computer with growing delays, never the account: the right password from another computer goes through', async () => {
    const { nurse } = clinic.accounts;
    for (let i = 0; i < 4; i++) expect((await login(nurse.username, `wrong ${i}`, '10.0.0.1')).status).toBe(401);
    const first = await login(nurse.username, nurse.password, '10.0.0.1');
    expect(first.status).toBe(429);
    expect(first.json.code).toBe('rate_limited');
    expect(first.retryAfter).toBeGreaterThanOrEqual(1);
    // The attacker's failures do not lock the nurse out at her own workstation.
    expect((await login(nurse.username, nurse.password, '10.0.0.2')).status).toBe(200);

    await expire('account:test.nurse|10.0.0.1');
    expect((await login(nurse.username, 'wrong again', '10.0.0.1')).status).toBe(401);
    const second = await login(nurse.username, nurse.password, '10.0.0.1');
    expect(second.status).toBe(429);
    expect(second.retryAfter).toBeGreaterThan(first.retryAfter);

    // Once the delay has passed, the right password goes through and the count starts afresh.
    await expire('account:test.nurse|10.0.0.1');
    expect((await login(nurse.username, nurse.password, '10.0.0.1')).status).toBe(200);
    const left = await sql<{ n: number }>`SELECT count(*)::int AS n FROM login_throttle
      WHERE key = 'account:test.nurse|10.0.0.1'`.execute(clinic.store.db);
    expect(left.rows[0]?.n).toBe(0);

    // Audited: the failures that started a delay (with the counts) and each refusal.
    const failures = await audited('credentials');
    expect(failures.some((e) => Number(e.detail.delaySeconds) >= 1 && e.detail.accountFailures === 4)).toBe(true);
    const refusals = await audited('throttled');
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    expect(refusals.every((e) => e.outcome === 'denied' && Number(e.detail.retryAfterSeconds) >= 1)).toBe(true);
  });

  it('holds back a computer trying many accounts (password spraying), whichever account it tries next', async () => {
    for (let i = 0; i < 7; i++) expect((await login(`sprayed.${i}`, 'Winter2025!', '10.0.1.1')).status).toBe(401);
    const next = await login(clinic.accounts.therapist.username, clinic.accounts.therapist.password, '10.0.1.1');
    expect(next.status).toBe(429);
    expect(
      (await login(clinic.accounts.therapist.username, clinic.accounts.therapist.password, '10.0.1.2')).status,
    ).toBe(200);
  });

  it('shares its counts between server processes (two apps over one database)', async () => {
    const other = createApp({ ...clinic.deps, loginLimiter: createLoginLimiter(clinic.deps.config.login) });
    const { researcher } = clinic.accounts;
    for (let i = 0; i < 2; i++) expect((await login(researcher.username, `wrong ${i}`, '10.0.2.1')).status).toBe(401);
    for (let i = 0; i < 2; i++) {
      expect((await login(researcher.username, `wrong ${i}`, '10.0.2.1', other)).status).toBe(401);
    }
    expect((await login(researcher.username, researcher.password, '10.0.2.1')).status).toBe(429);
    expect((await login(researcher.username, researcher.password, '10.0.2.1', other)).status).toBe(429);
  });

  it("lets an admin clear an account's throttle from every computer, audited; nobody else may", async () => {
    const { clinician } = clinic.accounts;
    for (const from of ['10.0.3.1', '10.0.3.2']) {
      for (let i = 0; i < 4; i++) await login(clinician.username, `wrong ${i}`, from);
      expect((await login(clinician.username, clinician.password, from)).status).toBe(429);
    }
    const path = `${API}/users/${clinician.id}/login-throttle`;
    const refused = await clinic.request('DELETE', path, { as: 'clinician' });
    expect(refused.status).toBe(403);
    expect(refused.json.message).toContain('needs user.manage: held by admin');
    const cleared = await clinic.request('DELETE', path, { as: 'admin' });
    expect(cleared).toMatchObject({ status: 200, json: { cleared: 2 } });
    expect((await login(clinician.username, clinician.password, '10.0.3.1')).status).toBe(200);
    expect((await login(clinician.username, clinician.password, '10.0.3.2')).status).toBe(200);
    const events = await sql<{ user_id: string; resource_id: string; detail: { cleared: number } }>`
      SELECT user_id, resource_id, detail FROM audit_event WHERE resource_type = 'login_throttle'`.execute(
      clinic.store.db,
    );
    expect(events.rows).toEqual([
      { user_id: clinic.accounts.admin.id, resource_id: clinician.id, detail: { cleared: 2 } },
    ]);
  });
});
