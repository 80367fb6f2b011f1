/**
 * The clinic settings of `betz evaluate` (run in process: testing/run-cli.ts): --jurisdiction,
 * --settings FILE, $BETZ_SETTINGS and the BETZ_* variables, in layers, each problem named.
 * Edaravone is approved in the US (FDA 2017), not in the EU (care/approvals.ts): the same case
 * gets a different care plan.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { betzInProcess } from './testing/run-cli.js';

const example = 'examples/01-definite-limb-onset.json';
const dir = mkdtempSync(join(tmpdir(), 'betz-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run betz with only the BETZ_* variables given, so the developer's BETZ_* cannot leak in. */
const betz = (args: string[], env: Record<string, string> = {}) => betzInProcess(args, env);

async function assessed(args: string[], env: Record<string, string> = {}) {
  const r = await betz(['evaluate', example, '--json', ...args], env);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as {
    settings: { jurisdiction: string; diagnosis: Record<string, string> };
    care: { recommendations: { code: string }[] };
  };
}
const codes = (a: Awaited<ReturnType<typeof assessed>>) => a.care.recommendations.map((r) => r.code);

function settingsFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('betz evaluate --jurisdiction', () => {
  it('US by default; EU drops edaravone, which the EU has not approved, and the assessment says EU', async () => {
    const us = await assessed([]);
    expect(us.settings.jurisdiction).toBe('US');
    expect(codes(us)).toContain('dmt.edaravone.discuss');
    const eu = await assessed(['--jurisdiction', 'EU']);
    expect(eu.settings.jurisdiction).toBe('EU');
    expect(codes(eu)).not.toContain('dmt.edaravone.discuss');
    expect(codes(eu)).toContain('dmt.riluzole.liverTestSchedule');
  });
  it('the text report prints the settings and where they came from', async () => {
    const r = await betz(['evaluate', example, '--jurisdiction', 'JP']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Clinic settings from --jurisdiction (the rest: defaults).');
    expect(r.stdout).toMatch(/^ {2}jurisdiction: JP: the drug approvals/m);
    expect(r.stdout).toMatch(/^ {2}diagnosis\.rostralReading: R2 \(default\): /m);
  });
  it('refuses an unknown jurisdiction with status 2, naming the flag and the choices', async () => {
    const r = await betz(['evaluate', example, '--jurisdiction', 'FR']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--jurisdiction: must be one of "US", "EU", "UK", "CA", "JP" \(got "FR"\)/);
  });
});

describe('settings file and environment, in layers', () => {
  it('--settings FILE sets the jurisdiction and the readings; BETZ_* override the file; the flag overrides both', async () => {
    const file = settingsFile('clinic.json', {
      jurisdiction: 'UK',
      diagnosis: { rostralReading: 'R1', gccReading: 'literal' },
    });
    const fromFile = await assessed(['--settings', file]);
    expect(fromFile.settings).toMatchObject({
      jurisdiction: 'UK',
      diagnosis: { rostralReading: 'R1', gccReading: 'literal' },
    });
    const withEnv = await assessed(['--settings', file], {
      BETZ_JURISDICTION: 'CA',
      BETZ_DIAGNOSIS_GCC_READING: 'strict',
    });
    expect(withEnv.settings).toMatchObject({
      jurisdiction: 'CA',
      diagnosis: { rostralReading: 'R1', gccReading: 'strict' },
    });
    const withFlag = await assessed(['--settings', file, '--jurisdiction', 'EU'], { BETZ_JURISDICTION: 'CA' });
    expect(withFlag.settings.jurisdiction).toBe('EU');
  });
  it('BETZ_SETTINGS names the file when --settings is not given', async () => {
    const file = settingsFile('env.json', { jurisdiction: 'EU' });
    expect((await assessed([], { BETZ_SETTINGS: file })).settings.jurisdiction).toBe('EU');
  });
  it('every problem is listed with the file, variable or field, exit status 2', async () => {
    const file = settingsFile('bad.json', {
      jurisdiction: 'XX',
      diagnosis: { rostral: 'R1', labSupportedReading: 'loose' },
    });
    const r = await betz(['evaluate', example, '--settings', file], { BETZ_DIAGNOSIS_ROSTRAL_READING: 'R9' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`settings file ${file}: jurisdiction: must be one of`);
    expect(r.stderr).toContain(`settings file ${file}: diagnosis.rostral: unknown setting (known: rostralReading,`);
    expect(r.stderr).toContain(
      `settings file ${file}: diagnosis.labSupportedReading: must be one of "compact", "standalone"`,
    );
    expect(r.stderr).toContain('BETZ_DIAGNOSIS_ROSTRAL_READING: must be one of "R2", "R1", "R3" (got "R9"');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
  it('a missing or unparsable file is refused with status 2', async () => {
    const missing = await betz(['evaluate', example, '--settings', join(dir, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read it: no such file/);
    const broken = await betz(['evaluate', example], {
      BETZ_SETTINGS: settingsFile('broken.json', '{"jurisdiction": '),
    });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json \(\$BETZ_SETTINGS\): not valid JSON/);
  });
});
