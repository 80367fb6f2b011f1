/**
 * The clinic's settings for `betz evaluate` and `betz serve`, in layers, later ones winning field
 * by field: the documented defaults, the settings file (--settings FILE, else $BETZ_SETTINGS), the
 * BETZ_* environment variables, then the --jurisdiction flag. Every layer is validated by the
 * contracts schema; a problem names the file, variable or flag and the field.
 */
import { readFile } from 'node:fs/promises';
import {
  CLINIC_SETTING_ENV,
  type ClinicSettingsResult,
  clinicSettingsFromEnv,
  mergeClinicSettings,
  parseClinicSettings,
} from '@betz/contracts';
import type { ClinicSettingsInput } from '@betz/engine';
import { describeFsError } from './case-file.js';
import { UsageError } from './commands/command.js';

export interface ClinicSettingsOptions {
  /** --settings FILE */
  file?: string | undefined;
  /** --jurisdiction J */
  jurisdiction?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

export interface LoadedClinicSettings {
  settings: ClinicSettingsInput;
  /** Where the non-default values came from, in order: `settings file clinic.json`, `BETZ_JURISDICTION`, `--jurisdiction`. */
  from: string[];
}

/** The help text lines for the options and variables, shared by the commands' usage texts. */
export const CLINIC_SETTINGS_HELP = `Clinic settings (the jurisdiction and the readings of the diagnostic criteria; README.md):
  --settings FILE     a JSON settings file, e.g. {"jurisdiction": "EU", "diagnosis": {"rostralReading": "R2"}}
                      (default: $BETZ_SETTINGS)
  --jurisdiction J    US, EU, UK, CA or JP (drug approvals); overrides the file and $BETZ_JURISDICTION
  Environment: BETZ_SETTINGS, BETZ_JURISDICTION, BETZ_DIAGNOSIS_<READING> (e.g. BETZ_DIAGNOSIS_ROSTRAL_READING=R1)
  override the file field by field; unset settings take the documented defaults.`;

/** Read and validate every layer; throws a UsageError listing every problem. */
export async function loadClinicSettings(options: ClinicSettingsOptions): Promise<LoadedClinicSettings> {
  const problems: string[] = [];
  const layers: ClinicSettingsInput[] = [];
  const from: string[] = [];
  const take = (result: ClinicSettingsResult, where: string, prefix: string) => {
    if (result.ok) {
      if (Object.keys(result.settings).length > 0) {
        layers.push(result.settings);
        from.push(where);
      }
    } else for (const issue of result.issues) problems.push(`${prefix}${issue.field}: ${issue.message}`);
  };

  const file = options.file ?? (options.env.BETZ_SETTINGS || undefined);
  if (file !== undefined) {
    const label = `settings file ${file}${options.file === undefined ? ' ($BETZ_SETTINGS)' : ''}`;
    const json = await readJson(file);
    if ('problem' in json) problems.push(`${label}: ${json.problem}`);
    else take(parseClinicSettings(json.value), label, `${label}: `);
  }
  const env = clinicSettingsFromEnv(options.env);
  const variables = Object.keys(CLINIC_SETTING_ENV).filter((v) => options.env[v]);
  take(env, variables.join(', '), '');
  if (options.jurisdiction !== undefined) {
    const flag = parseClinicSettings({ jurisdiction: options.jurisdiction });
    take(
      flag.ok ? flag : { ok: false, issues: flag.issues.map((i) => ({ ...i, field: '--jurisdiction' })) },
      '--jurisdiction',
      '',
    );
  }
  if (problems.length > 0) throw new UsageError(`invalid clinic settings:\n  ${problems.join('\n  ')}`);
  return { settings: mergeClinicSettings(...layers), from };
}

/** One line saying where the settings came from, for the report and the server's start. */
export function settingsOriginLine(loaded: LoadedClinicSettings): string {
  return loaded.from.length === 0
    ? 'Clinic settings: the defaults (see --settings, BETZ_JURISDICTION).'
    : `Clinic settings from ${loaded.from.join(', ')} (the rest: defaults).`;
}

async function readJson(file: string): Promise<{ value: unknown } | { problem: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { problem: `cannot read it: ${describeFsError(error)}` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { problem: `not valid JSON: ${(error as Error).message}` };
  }
}
