import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE } from '@betz/store';
import { afterAll, describe, expect, it } from 'vitest';
import { createPasswordHasher, TEST_ONLY_FAST_ARGON2 } from './auth/passwords.js';
import { createLogger, silentLogger } from './log.js';
import { localToday, parseAdminRoles, startServer } from './start.js';

const root = mkdtempSync(join(tmpdir(), 'betz-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const passwords = createPasswordHasher(TEST_ONLY_FAST_ARGON2);

describe('startServer', () => {
  it('prints a one-time setup token when there is no account and no admin password, a new one each start', async () => {
    const dataDir = join(root, 'setup');
    const told: string[] = [];
    const first = await startServer({ port: 0, dataDir, log: silentLogger, passwords, announce: (t) => told.push(t) });
    const token1 = /betz_setup_\S+/.exec(told.join(''))?.[0];
    expect(token1).toBeDefined();
    // One owner per data folder: a second start is refused, naming the owner.
    await expect(startServer({ port: 0, dataDir, log: silentLogger, passwords })).rejects.toThrow(/in use by process/);
    await first.close();
    const second = await startServer({ port: 0, dataDir, log: silentLogger, passwords, announce: (t) => told.push(t) });
    const tokens = told.join('').match(/betz_setup_[A-Za-z0-9_-]+/g) ?? [];
    expect(new Set(tokens).size).toBe(2);
    const setup = (token: string) =>
      fetch(`${second.url}/api/v1/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          setupToken: token,
          username: 'chief',
          displayName: 'Chief',
          password: 'a first long passphrase',
        }),
      });
    expect((await setup(token1 as string)).status).toBe(400); // replaced at restart
    expect((await setup(tokens.at(-1) as string)).status).toBe(201);
    await second.close();
  }, 60_000);

  it('creates the admin from BETZ_ADMIN_PASSWORD once, refuses a weak one, and says when the port is taken', async () => {
    await expect(
      startServer({ port: 0, dataDir: join(root, 'weak'), log: silentLogger, passwords, adminPassword: 'short' }),
    ).rejects.toThrow(/BETZ_ADMIN_PASSWORD must be at least 12/);
    const dataDir = join(root, 'env');
    const server = await startServer({
      port: 0,
      dataDir: join(dataDir),
      log: silentLogger,
      passwords,
      adminPassword: 'environment passphrase',
    });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'environment passphrase' }),
    });
    expect(login.status).toBe(200);
    // The first account can run a clinic: it is also a clinician, and may register a patient.
    const session = (await login.json()) as { user: { roles: string[] }; csrfToken: string };
    expect(session.user.roles).toEqual(['admin', 'clinician']);
    const cookie = /^(betz_session=[^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const patient = await fetch(`${server.url}/api/v1/patients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': session.csrfToken },
      body: '{}',
    });
    expect(patient.status).toBe(201);
    // The port is checked first: a second server on it creates no data folder and shows no token.
    const told: string[] = [];
    await expect(
      startServer({
        port: server.port,
        dataDir: join(root, 'other'),
        log: silentLogger,
        passwords,
        announce: (t) => told.push(t),
      }),
    ).rejects.toThrow(/port \d+ on 127.0.0.1 is in use/);
    expect(existsSync(join(root, 'other'))).toBe(false);
    expect(told).toEqual([]);
    await server.close();
  }, 60_000);

  it('makes the first admin a clinician too unless told otherwise, in the printed command as well', async () => {
    const told: string[] = [];
    const setup = await startServer({
      port: 0,
      dataDir: join(root, 'printed'),
      log: silentLogger,
      passwords,
      announce: (t) => told.push(t),
    });
    expect(told.join('')).toContain('"alsoRoles":["clinician"]');
    await setup.close();
    const accountsOnly = await startServer({
      port: 0,
      dataDir: join(root, 'accounts-only'),
      log: silentLogger,
      passwords,
      adminPassword: 'environment passphrase',
      adminAlsoRoles: parseAdminRoles('admin'),
    });
    const login = await fetch(`${accountsOnly.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'environment passphrase' }),
    });
    expect(((await login.json()) as { user: { roles: string[] } }).user.roles).toEqual(['admin']);
    await accountsOnly.close();
  }, 60_000);

  it('logs a warning naming the old owner when it takes over the lock of a server that crashed', async () => {
    const dataDir = join(root, 'crashed');
    const first = await startServer({ port: 0, dataDir, log: silentLogger, passwords, announce: () => {} });
    await first.close();
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => child.on('exit', r));
    const startedAt = '2026-01-02T03:04:05.000Z';
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: child.pid, hostname: hostname(), startedAt }));
    const lines: string[] = [];
    const server = await startServer({
      port: 0,
      dataDir,
      log: createLogger((line) => lines.push(line)),
      passwords,
      announce: () => {},
    });
    await server.close();
    const warning = lines.map((l) => JSON.parse(l)).find((l) => l.level === 'warn');
    expect(warning?.msg).toMatch(
      new RegExp(`stale data folder lock taken over: process ${child.pid} \\(started ${startedAt}\\)`),
    );
    expect(warning).toMatchObject({ lockPid: child.pid, lockStartedAt: startedAt });
  }, 60_000);

  it('reads BETZ_ADMIN_ROLES as the roles beside admin, refusing unknown ones', () => {
    expect(parseAdminRoles('admin')).toEqual([]);
    expect(parseAdminRoles('')).toEqual([]);
    expect(parseAdminRoles('admin, Clinician,nurse')).toEqual(['clinician', 'nurse']);
    expect(() => parseAdminRoles('admin,doctor')).toThrow(/BETZ_ADMIN_ROLES: unknown role doctor/);
  });

  it("knows today's local date", () => {
    expect(localToday(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
  });
});
