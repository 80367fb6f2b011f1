/**
 * The `betz` command: every example case is assessed, every bad file is refused with exit status 2
 * and every invalid field named, and nothing ever prints a stack trace. Most runs call the CLI in
 * process (runCli, output captured: `betz`); what only a real process shows (the exit status, the
 * output streams, standard input) runs the built command as a user runs it
 * (`node packages/cli/dist/main.js`: `betzSpawned`). Needs `npm run build` first (`npm test` does it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betzInProcess, betzSpawned, root } from './testing/run-cli.js';

const examplesDir = `${root}examples/`;
const invalidDir = `${root}packages/cli/fixtures/invalid/`;

const betz = (...args: string[]) => betzInProcess(args);

const STACK_TRACE = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

/** The value at a dotted path, e.g. 'diagnosis.elEscorial.category'. */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

const isInt = (v: unknown, min: number, max: number) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** The stable fields of issues 3 and 4, each present whenever its result was computed. */
function expectFunctionStagingPrognosisCare(a: unknown) {
  if (at(a, 'function.alsfrsr.kind') === 'scored') {
    expect(isInt(at(a, 'function.alsfrsr.total'), 0, 48)).toBe(true);
    const domains = ['bulbar', 'fineMotor', 'grossMotor', 'respiratory'].map((d) =>
      at(a, `function.alsfrsr.domains.${d}`),
    );
    for (const d of domains) expect(isInt(d, 0, 12)).toBe(true);
    expect((domains as number[]).reduce((x, y) => x + y, 0)).toBe(at(a, 'function.alsfrsr.total'));
  } else {
    expect(at(a, 'function.alsfrsr.kind')).toBe('insufficient');
  }
  const rate = at(a, 'function.progressionRate');
  expect(rate === null || Number.isFinite(rate)).toBe(true);
  if (rate === null) expect(typeof at(a, 'function.progressionRateReason')).toBe('string');

  if (at(a, 'staging.kings.kind') === 'staged') {
    expect(isInt(at(a, 'staging.kings.stage'), 1, 5)).toBe(true);
    expect(typeof at(a, 'staging.kings.gastrostomy')).toBe('boolean');
    expect(typeof at(a, 'staging.kings.niv')).toBe('boolean');
  }
  if (at(a, 'staging.mitos.kind') === 'staged') expect(isInt(at(a, 'staging.mitos.stage'), 0, 5)).toBe(true);

  if (at(a, 'prognosis.encals.kind') === 'predicted') {
    expect(Number.isFinite(at(a, 'prognosis.encals.linearPredictor'))).toBe(true);
    const given = at(a, 'prognosis.encals.medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf');
    expect(Number.isFinite(given)).toBe(true);
    expect(Number.isFinite(at(a, 'prognosis.encals.medianSurvivalMonthsFromOnsetUnconditional'))).toBe(true);
    // The deprecated name stays, for one version, as an alias of the conditional median.
    expect(at(a, 'prognosis.encals.medianSurvivalMonthsFromOnset')).toBe(given);
    expect((at(a, 'prognosis.encals.survival') as unknown[]).length).toBeGreaterThan(0);
  } else {
    expect((at(a, 'prognosis.encals.needs') ?? at(a, 'prognosis.encals.reason')) !== undefined).toBe(true);
  }

  expect(at(a, 'settings.jurisdiction')).toBe('US');
  expect(at(a, 'settings.diagnosis.rostralReading')).toBe('R2');

  for (const r of at(a, 'care.recommendations') as unknown[]) {
    expect(typeof at(r, 'code')).toBe('string');
    expect(['urgent', 'soon', 'routine']).toContain(at(r, 'priority'));
    expect(typeof at(r, 'reason')).toBe('string');
    expect(typeof at(r, 'source.cite')).toBe('string');
    expect(at(r, 'due')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

describe('betz --help', () => {
  it('lists the commands and exits 0', () => {
    const r = betzSpawned(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: betz <command>/);
    expect(r.stdout).toMatch(/^ {2}evaluate {2}/m);
  });

  it('shows the options of evaluate', async () => {
    const r = await betz('evaluate', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--as-of YYYY-MM-DD/);
    expect(r.stdout).toMatch(/--json/);
  });

  it('assesses as of today with --as-of today (the server default), and says so', async () => {
    const r = await betz('evaluate', 'examples/01-definite-limb-onset.json', '--as-of', 'today', '--json');
    expect(r.status, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout) as unknown;
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect([at(a, 'asOf'), at(a, 'asOfSource')]).toEqual([today, 'today']);
  });

  it('refuses an unknown command with status 2', () => {
    const r = betzSpawned(['evalute', 'x.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command "evalute"/);
  });

  it('refuses bad usage of evaluate with status 2 and no stack trace', async () => {
    for (const args of [[], ['a.json', 'b.json'], ['--frobnicate', 'a.json'], ['a.json', '--as-of', '2024-02-30']]) {
      const r = await betz('evaluate', ...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });
});

describe('betz evaluate on the example cases', () => {
  it('has the example cases the README promises (at least 10)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of examples) {
    it(`${file}: --json has the stable fields`, async () => {
      const r = await betz('evaluate', `examples/${file}`, '--json');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const a = JSON.parse(r.stdout) as unknown;
      const c = JSON.parse(readFileSync(`${examplesDir}${file}`, 'utf8')) as { patient: { id: string } };
      expect(at(a, 'patientId')).toBe(c.patient.id);
      expect(at(a, 'asOf')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(at(a, 'asOfSource')).toBe('latestFact');
      expect(['definite', 'probable', 'probableLabSupported', 'possible', 'unclassified', 'notMet']).toContain(
        at(a, 'diagnosis.elEscorial.category'),
      );
      expect(typeof at(a, 'diagnosis.elEscorial.familialLabSupported')).toBe('boolean');
      expect(['definite', 'probable', 'possible', 'unclassified', 'notMet']).toContain(
        at(a, 'diagnosis.awaji.category'),
      );
      expect(typeof at(a, 'diagnosis.goldCoast.met')).toBe('boolean');
      expect(at(a, 'diagnosis.goldCoast.conditions')).toHaveLength(3);
      expect(Array.isArray(at(a, 'diagnosis.redFlags'))).toBe(true);
      for (const flag of at(a, 'diagnosis.redFlags') as unknown[]) expect(typeof at(flag, 'code')).toBe('string');
      expectFunctionStagingPrognosisCare(a);
    });

    it(`${file}: the text report is complete and the same on every run`, async () => {
      const first = await betz('evaluate', `examples/${file}`);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/the latest dated fact in the case/);
      expect(first.stdout).not.toMatch(/undefined|NaN|\[object Object\]/);
      expect((await betz('evaluate', `examples/${file}`)).stdout).toBe(first.stdout);
    });
  }
});

describe('betz evaluate on bad case files', () => {
  it('lists every invalid field of a file with many problems, with path and reason, and exits 2', async () => {
    const r = await betz('evaluate', 'packages/cli/fixtures/invalid/many-problems.json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const listed = [...r.stderr.matchAll(/^ {2}(\S+): (.+)$/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(
      [
        'patient.sex',
        'patient.birthDate',
        'patient.premorbidWeightKg',
        'history.onsetSyte',
        'history.diagnosisDate',
        'exams[0].regions[0].region',
        'exams[0].regions[0].umnSigns[0]',
        'emg[0].muscles[0].muscle',
        'emg[0].muscles[0].fibrillations',
        'emg[0].muscles[1].thoracicLevel',
        'investigations[0].code',
        'alsfrsr[0].speech',
        'alsfrsr[0].respiratoryInsufficiency',
        'alsfrsr[0].cuttingWithGastrostomy',
        'vitalCapacity[0].percentPredicted',
        'weights[0].weightKg',
        'medications[0].stopDate',
        'symptoms[0].date',
      ].sort(),
    );
    expect(r.stderr).toMatch(/\(18 problems\)/);
  });

  const whole: [string, RegExp][] = [
    ['truncated.json', /\(file\): not valid JSON: .* \(line 4, column 1\)/],
    ['empty.json', /\(file\): not valid JSON/],
    ['list-not-case.json', /\(file\): must be an object \(got a list\)/],
    ['future-version.json', /schemaVersion: must be 1/],
  ];
  for (const [file, reason] of whole) {
    it(`${file}: refused with status 2 and the reason, no partial answer`, async () => {
      const r = await betz('evaluate', `packages/cli/fixtures/invalid/${file}`);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    });
  }

  it('refuses a missing file and a directory with status 2', async () => {
    for (const [path, reason] of [
      ['no/such/case.json', /cannot read the file: no such file/],
      ['examples', /cannot read the file: it is a directory/],
    ] as const) {
      const r = await betz('evaluate', path);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(reason);
    }
  });

  it('reads a case file that starts with a UTF-8 byte-order mark (as Windows editors save it)', () => {
    const example = readFileSync(`${examplesDir}${examples[0]}`);
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), example]);
    const withBom = betzSpawned(['evaluate', '-', '--json'], { input });
    const plain = betzSpawned(['evaluate', '-', '--json'], { input: example });
    expect(withBom.stderr).toBe(plain.stderr);
    expect(withBom.status).toBe(0);
    expect(withBom.stdout).toBe(plain.stdout);
  });

  it('refuses binary input in words, never echoing its bytes', () => {
    for (const input of [
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x1b, 0x5b, 0x32, 0x4a]),
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    ]) {
      const r = betzSpawned(['evaluate', '-'], { input });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/\(file\): not a text file \(binary content\)/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/);
    }
  });

  it('has a fixture for every refusal tested here', () => {
    expect(readdirSync(invalidDir).sort()).toEqual([...whole.map(([f]) => f), 'many-problems.json'].sort());
  });
});

describe('betz evaluate warns at the field when a valid fact will not count (issue 8, defect 7)', () => {
  it('a thoracic paraspinal without a level: the report on stdout, the warning with its path on stderr', () => {
    const c = {
      schemaVersion: 1,
      patient: { id: 'synthetic-warn' },
      emg: [{ date: '2024-03-08', muscles: [{ muscle: 'thoracicParaspinals', side: 'right', fibrillations: true }] }],
    };
    const r = betzSpawned(['evaluate', '-'], { input: JSON.stringify(c) });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Assessed as of 2024-03-08/);
    expect(r.stderr).toMatch(/^ {2}emg\[0\]\.muscles\[0\]\.thoracicLevel: not recorded: .*at or below T6/m);
  });
});
