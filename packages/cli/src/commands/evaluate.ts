/** `betz evaluate <case.json>`: one patient's assessment as a readable report or as JSON. */
import { parseArgs } from 'node:util';
import { assess, assessmentSettingsOf, isIsoDate, latestFactDate, renderAssessmentText } from '@betz/engine';
import { formatCaseIssues, formatCaseWarnings, readCaseFile } from '../case-file.js';
import { CLINIC_SETTINGS_HELP, loadClinicSettings, settingsOriginLine } from '../clinic-settings.js';
import { EXIT, type LoadedCommand, UsageError } from './command.js';

const usage = `Usage: betz evaluate <case.json> [--as-of YYYY-MM-DD|today] [--json] [--jurisdiction J] [--settings FILE]

Assess one patient's case file: the diagnostic criteria (revised El Escorial, Awaji-Shima,
Gold Coast) with the per-region evidence, trace, what would change the result, red flags and
workup; then function (ALSFRS-R, progression), staging (King's, MiToS), prognosis (ENCALS)
and the care plan by priority. Use - as the file to read the case from standard input.

Options:
  --as-of YYYY-MM-DD  assess as of this date, or \`today\` (default: the latest
                      dated fact in the case, so the same file always gives the same report;
                      the server assesses a stored record as of its today, asOf=latestFact
                      there gives this default)
  --json              print the assessment as JSON (stable fields: see README.md)
  -h, --help          show this help

${CLINIC_SETTINGS_HELP}
The assessment echoes the settings it used (assessment.settings; the end of the text report).

The case format: docs/case-format.md (JSON Schema: schemas/case.schema.json).
Exit status: 0 assessed, 2 bad usage or an invalid case file (every invalid field is listed), 1 internal error.
`;

export const evaluateCommand: LoadedCommand = {
  usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args);
    if (values.help) {
      io.stdout(usage);
      return EXIT.ok;
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0 ? 'missing the case file' : `one case file at a time (got ${positionals.length})`,
      );
    }
    const file = positionals[0]!;
    const asked = values['as-of'];
    if (asked !== undefined && asked !== 'today' && !isIsoDate(asked)) {
      throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, or today (got "${asked}")`);
    }

    const clinic = await loadClinicSettings({
      file: values.settings,
      jurisdiction: values.jurisdiction,
      env: process.env,
    });
    const parsed = await readCaseFile(file);
    if (!parsed.ok) {
      io.stderr(formatCaseIssues(file === '-' ? 'standard input' : file, parsed.issues));
      return EXIT.badInput;
    }
    // Warnings go to standard error beside the result: the case is valid, but a fact will not count.
    if (parsed.warnings.length) io.stderr(formatCaseWarnings(file === '-' ? 'standard input' : file, parsed.warnings));
    const patientCase = parsed.case;
    const latest = latestFactDate(patientCase);
    // Where the date came from, named as the API names it (asOfSource).
    const asOfSource = asked === undefined ? 'latestFact' : asked === 'today' ? 'today' : 'requested';
    const asOf = asked === undefined ? latest : asked === 'today' ? localToday() : asked;
    if (asOf === undefined) {
      io.stderr(
        `betz: ${file} records no dated fact, so there is no default assessment date: give --as-of YYYY-MM-DD\n`,
      );
      return EXIT.badInput;
    }

    const assessment = assess(patientCase, asOf, assessmentSettingsOf(clinic.settings));
    if (values.json) {
      const { patientId, asOf: date, ...rest } = assessment;
      io.stdout(`${JSON.stringify({ patientId, asOf: date, asOfSource, ...rest }, null, 2)}\n`);
      return EXIT.ok;
    }
    const asOfLine =
      asOfSource === 'requested'
        ? `Assessed as of ${asOf} (--as-of).`
        : asOfSource === 'today'
          ? `Assessed as of ${asOf}, today (--as-of today).`
          : `Assessed as of ${asOf}, the latest dated fact in the case (--as-of to choose another date).`;
    io.stdout(`${asOfLine}\n${settingsOriginLine(clinic)}\n\n${renderAssessmentText(assessment)}\n`);
    return EXIT.ok;
  },
};

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        'as-of': { type: 'string' },
        json: { type: 'boolean' },
        jurisdiction: { type: 'string' },
        settings: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Today's date where the command runs, YYYY-MM-DD (the clinic's calendar day, not UTC's). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
