/** `betz cohort survival DIR|FILES...`: Kaplan-Meier survival of a cohort of case files, as tables, JSON or SVG. */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type CohortSurvival,
  cohortSurvival,
  type PatientCase,
  SURVIVAL_GROUPINGS,
  type SurvivalGrouping,
  type SurvivalOrigin,
} from '@betz/engine';
import { describeFsError, formatCaseIssues, readCaseFile } from '../case-file.js';
import { EXIT, type LoadedCommand, UsageError } from './command.js';
import { survivalSvg } from './survival-svg.js';

const usage = `Usage: betz cohort survival DIR|FILES... [--from onset|diagnosis] [--by GROUPING]
                            [--times 12,24,36] [--svg FILE] [--json]

Kaplan-Meier survival of a cohort of case files (every *.json in a folder, or the files given):
time from symptom onset (history.onsetDate) or diagnosis (history.diagnosisDate) to the
composite endpoint (death, tracheostomy or invasive ventilation, NIV over 23 h/day), censored at
the last recorded fact date of each case. Per group: patients, events, median with its 95 %
confidence interval (Brookmeyer-Crowley), survival at the chosen times with its 95 % band
(Greenwood, log-log) and the number at risk; the log-rank test between groups; and every
patient left out, with the reason.

Options:
  --from onset|diagnosis  time zero (default onset)
  --by GROUPING           one curve per group: ${SURVIVAL_GROUPINGS.join(', ')}
                          (ENCALS and King's are evaluated at the first ALSFRS-R)
  --times LIST            months at which to read the curves (default 12,24,36)
  --svg FILE              also write the curves (with bands and numbers at risk) as SVG
  --json                  print the analysis as JSON
  -h, --help              show this help

Exit status: 0 analysed, 2 bad usage or an invalid case file (every invalid field is listed), 1 internal error.
`;

export const cohortCommand: LoadedCommand = {
  usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args);
    if (values.help) {
      io.stdout(usage);
      return EXIT.ok;
    }
    const [sub, ...paths] = positionals;
    if (sub !== 'survival') {
      throw new UsageError(
        sub === undefined ? 'missing the analysis: survival' : `unknown analysis "${sub}" (known: survival)`,
      );
    }
    if (paths.length === 0) throw new UsageError('missing the case files (a folder, or files)');
    const from = values.from ?? 'onset';
    if (from !== 'onset' && from !== 'diagnosis')
      throw new UsageError(`--from must be onset or diagnosis (got "${from}")`);
    const by = values.by;
    if (by !== undefined && !(SURVIVAL_GROUPINGS as readonly string[]).includes(by)) {
      throw new UsageError(`--by must be one of ${SURVIVAL_GROUPINGS.join(', ')} (got "${by}")`);
    }
    const times = parseTimes(values.times);

    const files: string[] = [];
    for (const p of paths) {
      let isDir: boolean;
      try {
        isDir = (await stat(p)).isDirectory();
      } catch (error) {
        io.stderr(`betz: cannot read ${p}: ${describeFsError(error)}\n`);
        return EXIT.badInput;
      }
      if (isDir) {
        const names = (await readdir(p)).filter((f) => f.endsWith('.json')).sort();
        files.push(...names.map((f) => join(p, f)));
      } else files.push(p);
    }
    if (files.length === 0) {
      io.stderr('betz: no case files (*.json) found\n');
      return EXIT.badInput;
    }
    const cases: PatientCase[] = [];
    let invalid = false;
    for (const f of files) {
      const parsed = await readCaseFile(f);
      if (!parsed.ok) {
        io.stderr(formatCaseIssues(f, parsed.issues));
        invalid = true;
      } else cases.push(parsed.case);
    }
    if (invalid) return EXIT.badInput;

    const result = cohortSurvival(cases, {
      from: from as SurvivalOrigin,
      ...(by ? { by: by as SurvivalGrouping } : {}),
      timesMonths: times,
    });
    if (values.svg !== undefined) {
      try {
        await writeFile(values.svg, survivalSvg(result));
      } catch (error) {
        io.stderr(`betz: cannot write ${values.svg}: ${describeFsError(error)}\n`);
        return EXIT.badInput;
      }
    }
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderSurvivalTable(result, files.length));
    if (values.svg !== undefined && !values.json) io.stdout(`Plot written to ${values.svg}\n`);
    return EXIT.ok;
  },
};

function parseTimes(text: string | undefined): number[] {
  if (text === undefined) return [12, 24, 36];
  const parts = text.split(',').map((s) => s.trim());
  const times = parts.map(Number);
  if (parts.some((p) => p === '') || times.some((t) => !Number.isFinite(t) || t < 0)) {
    throw new UsageError(`--times must be months ≥ 0 separated by commas, e.g. 12,24,36 (got "${text}")`);
  }
  return times;
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const orNr = (x: number | null) => (x === null ? 'NR' : f1(x));

/** The analysis as plain-text tables (months; NR = not reached). */
export function renderSurvivalTable(r: CohortSurvival, files: number): string {
  const pct = Math.round(r.confidenceLevel * 100);
  const lines: string[] = [
    `Survival from ${r.from === 'onset' ? 'symptom onset (history.onsetDate)' : 'diagnosis (history.diagnosisDate)'} to the ${r.endpoint}.`,
    `Kaplan-Meier; ${pct} % confidence bands by Greenwood's variance on the log-log scale; median interval by Brookmeyer-Crowley; ${r.censoring}. Times in months; NR = not reached.`,
    `${files} case files, ${r.subjects.length} patients analysed, ${r.excluded.length} excluded${r.by ? `; grouped by ${r.by}` : ''}.`,
    '',
  ];
  const head = [
    'group',
    'n',
    'events',
    `median (${pct} % CI)`,
    ...r.timesMonths.map((t) => `S(${t}) (${pct} % CI) at risk`),
  ];
  const rows = r.groups.map((g) => [
    g.label,
    String(g.n),
    String(g.events),
    `${orNr(g.fit.median.estimate)} (${orNr(g.fit.median.lower)}, ${orNr(g.fit.median.upper)})`,
    ...g.atTimes.map((a) =>
      a.observed
        ? `${f2(a.survival)} (${f2(a.lower)}, ${f2(a.upper)}) ${a.atRisk}`
        : `beyond follow-up, ${a.atRisk} at risk`,
    ),
  ]);
  lines.push(...table([head, ...rows]), '');
  if (r.logRank) {
    lines.push(
      r.logRank.kind === 'tested'
        ? `Log-rank test: chi-square ${r.logRank.chiSquare.toFixed(2)} on ${r.logRank.df} df, p ${formatP(r.logRank.pValue)}` +
            (r.logRank.uninformativeGroups.length
              ? ` (left out, nobody at risk at an event time: ${r.logRank.uninformativeGroups.map((i) => r.groups[i]!.label).join(', ')})`
              : '')
        : `Log-rank test: not done: ${r.logRank.reason}`,
    );
    lines.push('');
  }
  if (r.excluded.length) {
    lines.push(`Excluded (${r.excluded.length}):`);
    for (const e of r.excluded) lines.push(`  ${e.id}: ${e.reason}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function formatP(p: number): string {
  return p < 0.0001 ? '< 0.0001' : `= ${p.toFixed(4)}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: 'string' },
        by: { type: 'string' },
        times: { type: 'string' },
        svg: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
