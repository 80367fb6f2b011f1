/**
 * `betz cohort survival`, in process, on a synthetic cohort written as case files: the table and JSON
 * agree with the engine on the same cases, the SVG is accessible, bad usage exits 2.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCaseJson } from '@betz/contracts';
import { type CohortSurvival, cohortSurvival, type PatientCase } from '@betz/engine';
import { generateCohort } from '@betz/synth';
import { afterAll, describe, expect, it } from 'vitest';
import { betzInProcess } from '../testing/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'betz-cohort-'));
// The generator can start a medication after death (SYN-000030, -000075 at this seed), which the
// case format refuses: those are left out here, the rest written as files.
const cases: PatientCase[] = generateCohort({ seed: 10, size: 80 }).filter((c) => parseCaseJson(JSON.stringify(c)).ok);
for (const c of cases) writeFileSync(join(dir, `${c.patient.id}.json`), JSON.stringify(c));
// One patient without an onset date: excluded with the reason, never guessed.
const noOnset: PatientCase = {
  schemaVersion: 1,
  patient: { id: 'zz-no-onset' },
  weights: [{ date: '2024-01-01', weightKg: 70 }],
};
writeFileSync(join(dir, 'zz-no-onset.json'), JSON.stringify(noOnset));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const betz = (...args: string[]) => betzInProcess(args);

describe('betz cohort survival', () => {
  it('prints per group n, events, median with CI, S at the times with at-risk, the log-rank test and the excluded', async () => {
    const r = await betz('cohort', 'survival', dir, '--by', 'onsetRegion', '--times', '12,24');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const engine = cohortSurvival([...cases, noOnset], { from: 'onset', by: 'onsetRegion', timesMonths: [12, 24] });
    expect(r.stdout).toContain(`${cases.length + 1} case files, ${engine.subjects.length} patients analysed`);
    for (const g of engine.groups) {
      const line = r.stdout.split('\n').find((l) => l.startsWith(`${g.label} `));
      expect(line, g.label).toBeDefined();
      const at12 = g.atTimes[0]!;
      expect(line).toContain(` ${g.n}  `);
      expect(line).toContain(
        `${at12.survival.toFixed(2)} (${at12.lower.toFixed(2)}, ${at12.upper.toFixed(2)}) ${at12.atRisk}`,
      );
    }
    expect(engine.logRank?.kind).toBe('tested');
    if (engine.logRank?.kind === 'tested') {
      expect(r.stdout).toContain(
        `Log-rank test: chi-square ${engine.logRank.chiSquare.toFixed(2)} on ${engine.logRank.df} df`,
      );
    }
    expect(r.stdout).toContain('zz-no-onset: insufficient data: needs history.onsetDate');
  });

  it('--json is the engine analysis of the same cases; --from diagnosis starts at the diagnosis date', async () => {
    const r = await betz('cohort', 'survival', dir, '--from', 'diagnosis', '--by', 'genetics', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as CohortSurvival;
    const engine = cohortSurvival([...cases, noOnset], { from: 'diagnosis', by: 'genetics' });
    expect(json).toEqual(JSON.parse(JSON.stringify(engine)));
    expect(json.from).toBe('diagnosis');
    expect(json.excluded).toContainEqual({
      id: 'zz-no-onset',
      reason: 'insufficient data: needs history.diagnosisDate',
    });
  });

  it('--svg writes an accessible plot: title, desc with the medians, axis labels, dashed lines in the legend, numbers at risk', async () => {
    const file = join(dir, 'km.svg');
    const r = await betz('cohort', 'survival', dir, '--by', 'onsetRegion', '--svg', file);
    expect(r.status).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="km-title km-desc"/);
    expect(svg).toContain('<title id="km-title">Kaplan-Meier survival from symptom onset by onsetRegion</title>');
    expect(svg).toMatch(/<desc id="km-desc">[^<]*median/);
    expect(svg).toContain('Months from symptom onset');
    expect(svg).toContain('Event-free probability');
    expect(svg).toContain('Number at risk');
    expect(svg).toContain('stroke-dasharray="8 4"');
    const groups = cohortSurvival(cases, { from: 'onset', by: 'onsetRegion' }).groups;
    for (const g of groups) expect(svg).toContain(`>${g.label}</text>`);
    // The at-risk row at 0 months is each group's size.
    expect(svg).toContain(`>${groups[0]!.n}</text>`);
  });

  it('a single file, and the 6-MP check from files: refuses bad usage and invalid files with status 2', async () => {
    expect((await betz('cohort', 'survival', dir, '--by', 'colour')).status).toBe(2);
    expect((await betz('cohort', 'survival', dir, '--times', '12,,24')).status).toBe(2);
    expect((await betz('cohort', 'survival', dir, '--from', 'birth')).status).toBe(2);
    expect((await betz('cohort', 'survival')).status).toBe(2);
    expect((await betz('cohort', 'hazard', dir)).status).toBe(2);
    const missing = await betz('cohort', 'survival', join(dir, 'nope'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '{"schemaVersion": 1}');
    const invalid = await betz('cohort', 'survival', bad);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('is not a valid Betz case file');
    const one = await betz('cohort', 'survival', join(dir, `${cases[0]!.patient.id}.json`));
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('1 case files, ');
  });
});
