import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPasswordHasher, TEST_ONLY_FAST_ARGON2 } from './auth/passwords.js';
import { silentLogger } from './log.js';
import { localToday, startServer } from './start.js';

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

  it("knows today's local date", () => {
    expect(localToday(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
  });
});
