/**
 * `betz import case` and `betz export case` against a running server (the test clinic served on
 * loopback; the commands run in this process): a synthetic cohort goes in, comes out as case files
 * that `betz evaluate` accepts, and goes in again to the same facts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PatientCase } from '@betz/engine';
import { type Listening, listenOnLoopback } from '@betz/server';
import { testBackends } from '@betz/store';
import { generateCohort } from '@betz/synth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../../../server/src/testing/clinic.js';
import { runCli } from '../cli.js';

const root = mkdtempSync(join(tmpdir(), 'betz-cli-case-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/**
 * A case with each list in one canonical order: the server gives facts back in date order, and facts
 * of one date in the order of their ids (a file's order among facts of the same date is not kept),
 * and an empty list as no list.
 */
function canonical(c: PatientCase): PatientCase {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(c)) {
    // An empty list means nothing recorded, as an absent one does (docs/case-format.md).
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = Array.isArray(value)
      ? [...value].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : value;
  }
  return out as unknown as PatientCase;
}

// The test clinic's today is 2025-06-01: the cohort's data end before it (the server refuses later facts).
const COHORT = generateCohort({ seed: 20261130, size: 12, endDate: '2025-05-31', idPrefix: 'synthetic-cli-' });

describe.each(testBackends())('betz import case / betz export case (%s)', (backend) => {
  let clinic: TestClinic;
  let server: Listening;
  const token = process.env.BETZ_TOKEN;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    server = await listenOnLoopback(clinic.app.fetch);
    process.env.BETZ_TOKEN = clinic.accounts.clinician.token;
  }, 300_000);
  afterAll(async () => {
    if (token === undefined) delete process.env.BETZ_TOKEN;
    else process.env.BETZ_TOKEN = token;
    await server?.close();
    await clinic?.close();
  });

  const run = async (args: string[]) => {
    const c = capture();
    const status = await runCli(args, c.io);
    return { status, out: c.out(), err: c.err() };
  };
  const importFile = async (file: string) => {
    const r = await run(['import', 'case', file, '--server', server.url]);
    expect(r.status, r.err).toBe(0);
    return r.out.trim();
  };
  const exportTo = async (id: string, file: string) => {
    const r = await run(['export', 'case', id, '--server', server.url, '-o', file]);
    expect(r.status, r.err).toBe(0);
    return JSON.parse(readFileSync(file, 'utf8')) as PatientCase;
  };

  it('round-trips a synthetic cohort: import, export (betz evaluate accepts it), re-import, same facts', async () => {
    expect(COHORT.length).toBe(12);
    for (const [i, original] of COHORT.entries()) {
      const file = join(root, `in-${i}.json`);
      writeFileSync(file, JSON.stringify(original));
      const id = await importFile(file);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const out = join(root, `out-${i}.json`);
      const exported = await exportTo(id, out);
      expect(canonical(exported), original.patient.id).toEqual(
        canonical({ ...original, patient: { ...original.patient, id } }),
      );
      const evaluated = await run(['evaluate', out, '--json']);
      expect(evaluated.status, evaluated.err).toBe(0);
      const cli = JSON.parse(evaluated.out);
      expect(cli.patientId).toBe(id);
      // The server, asked for the CLI's default date, uses the same date and comes to the same category.
      const api = await clinic.request('GET', `/api/v1/patients/${id}/assessment?asOf=latestFact`);
      expect([api.json.asOf, api.json.asOfSource]).toEqual([cli.asOf, 'latestFact']);
      expect(cli.asOfSource).toBe('latestFact');
      expect(api.json.assessment.diagnosis.elEscorial.category).toBe(cli.diagnosis.elEscorial.category);
      const again = await importFile(out);
      expect(again).not.toBe(id);
      const second = await exportTo(again, join(root, `again-${i}.json`));
      expect(canonical(second)).toEqual(canonical({ ...exported, patient: { ...exported.patient, id: again } }));
    }
  }, 600_000);

  it('refuses an invalid file before asking the server, each problem at its path', async () => {
    const file = join(root, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, patient: { id: 'x' }, weights: [{ date: '2025-02-30', weightKg: 70 }] }),
    );
    const r = await run(['import', 'case', file, '--server', server.url]);
    expect(r.status).toBe(2);
    expect(r.err).toContain('weights[0].date: must be a real calendar date');
    expect(r.out).toBe('');
  });

  it("prints the server's refusal with each issue at its path (a fact after the server's today)", async () => {
    const file = join(root, 'future.json');
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, patient: { id: 'x' }, weights: [{ date: '2030-01-01', weightKg: 70 }] }),
    );
    const r = await run(['import', 'case', file, '--server', server.url]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/the server answered 400/);
    expect(r.err).toMatch(/ {2}weights\[0\]\.date: is 2030-01-01/);
  });

  it('says what is missing: the token, the server, the kind', async () => {
    const saved = process.env.BETZ_TOKEN;
    delete process.env.BETZ_TOKEN;
    try {
      const r = await run(['export', 'case', 'some-id', '--server', server.url]);
      expect(r.status).toBe(2);
      expect(r.err).toContain('BETZ_TOKEN');
    } finally {
      process.env.BETZ_TOKEN = saved;
    }
    expect((await run(['export', 'case', 'some-id'])).err).toContain('--server URL');
    expect((await run(['import', 'patients', 'x.json', '--server', server.url])).err).toContain('only case');
    const unknown = await run(['export', 'case', '00000000-0000-4000-8000-000000000000', '--server', server.url]);
    expect(unknown.status).toBe(2);
    expect(unknown.err).toMatch(/the server answered 404/);
  });
});
