/**
 * `betz serve` takes the clinic settings from its configuration and prints them at start (built:
 * `npm test` builds first). A bad setting stops it before the database is opened.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'betz-serve-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { PATH: process.env.PATH ?? '', BETZ_ADMIN_PASSWORD: 'settings clinic passphrase' };

describe('betz serve and the clinic settings', () => {
  it('prints the settings from the file and the environment at start', async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build`);
    const file = join(dir, 'clinic.json');
    writeFileSync(file, JSON.stringify({ jurisdiction: 'UK', diagnosis: { rostralReading: 'R1' } }));
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--data', join(dir, 'data')], {
      env: { ...env, BETZ_SETTINGS: file, BETZ_JURISDICTION: 'EU' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | string | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(code ?? signal)),
    );
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 60_000);
      child.stderr?.on('data', (d) => {
        stderr += String(d);
        if (stderr.includes('Betz is running')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`server exited: ${stderr}`)));
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain(`Clinic settings from settings file ${file} ($BETZ_SETTINGS), BETZ_JURISDICTION`);
    expect(stderr).toMatch(/^ {2}jurisdiction: EU: the drug approvals/m);
    expect(stderr).toMatch(/^ {2}diagnosis\.rostralReading: R1: /m);
  }, 90_000);

  it('refuses a bad setting with status 2 before opening the database', () => {
    const data = join(dir, 'never');
    const r = spawnSync(process.execPath, [MAIN, 'serve', '--port', '0', '--data', data], {
      env: { ...env, BETZ_DIAGNOSIS_GCC_READING: 'loose' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/BETZ_DIAGNOSIS_GCC_READING: must be one of "strict", "literal" \(got "loose"\)/);
    expect(existsSync(data)).toBe(false);
  });
});
