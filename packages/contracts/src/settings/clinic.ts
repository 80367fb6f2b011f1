/**
 * The clinic's settings at the edge: the JSON settings file and the environment variables that
 * `betz serve` and `betz evaluate` read, validated with one schema. The values allowed come from
 * the engine's tables (care/types.ts JURISDICTIONS, diagnosis/settings.ts SETTING_MEANINGS), so
 * a new reading added there is accepted here without a second list.
 */
import {
  type ClinicSettingsInput,
  DIAGNOSIS_SETTING_VALUES,
  type DiagnosisSettings,
  JURISDICTIONS,
  SETTING_NAMES,
} from '@betz/engine';
import * as z from 'zod';
import { caseErrorMap, formatPath } from '../case/errors.js';

const diagnosisShape = Object.fromEntries(
  SETTING_NAMES.map((name) => [name, z.enum(DIAGNOSIS_SETTING_VALUES[name] as readonly string[]).optional()]),
) as unknown as { [K in keyof DiagnosisSettings]: z.ZodOptional<z.ZodType<DiagnosisSettings[K]>> };

/**
 * A clinic settings file. Every field is optional; what is left out takes the documented default.
 *
 * @example { "jurisdiction": "EU", "diagnosis": { "rostralReading": "R1" } }
 */
export const ClinicSettingsSchema = z.strictObject({
  /** Where the clinic practises: decides which disease-modifying drugs are licensed. */
  jurisdiction: z.enum(JURISDICTIONS as readonly string[]).optional() as z.ZodOptional<
    z.ZodType<ClinicSettingsInput['jurisdiction']>
  >,
  /** How the ambiguous clauses of the diagnostic criteria are read. */
  diagnosis: z.strictObject(diagnosisShape).optional(),
});

/** One invalid setting: where it was given (`BETZ_JURISDICTION`, `diagnosis.rostralReading`) and what is wrong. */
export interface SettingIssue {
  field: string;
  message: string;
}

export type ClinicSettingsResult = { ok: true; settings: ClinicSettingsInput } | { ok: false; issues: SettingIssue[] };

/** Validate parsed JSON (a settings file's content) as clinic settings; every problem names its field. */
export function parseClinicSettings(json: unknown): ClinicSettingsResult {
  return check(json, formatPath);
}

/** The environment variable of each setting: `BETZ_JURISDICTION`, `BETZ_DIAGNOSIS_ROSTRAL_READING`, ... */
export const CLINIC_SETTING_ENV: Readonly<Record<string, readonly ['jurisdiction'] | readonly ['diagnosis', string]>> =
  Object.freeze({
    BETZ_JURISDICTION: ['jurisdiction'] as const,
    ...Object.fromEntries(
      SETTING_NAMES.map((name) => [`BETZ_DIAGNOSIS_${screamingSnake(name)}`, ['diagnosis', name] as const]),
    ),
  });

/**
 * Clinic settings from environment variables (unset or empty variables are left out).
 *
 * @example clinicSettingsFromEnv({ BETZ_JURISDICTION: 'EU' }) // { ok: true, settings: { jurisdiction: 'EU' } }
 */
export function clinicSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): ClinicSettingsResult {
  const raw: { jurisdiction?: string; diagnosis?: Record<string, string> } = {};
  const variableOf = new Map<string, string>();
  for (const [variable, path] of Object.entries(CLINIC_SETTING_ENV)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    variableOf.set(path.join('.'), variable);
    if (path[0] === 'jurisdiction') raw.jurisdiction = value;
    else raw.diagnosis = { ...raw.diagnosis, [path[1]]: value };
  }
  return check(raw, (path) => variableOf.get(path.join('.')) ?? formatPath(path));
}

/**
 * Layers of settings, later ones winning field by field (file, then environment, then flags).
 *
 * @example mergeClinicSettings({ jurisdiction: 'EU' }, { diagnosis: { gccReading: 'literal' } })
 */
export function mergeClinicSettings(...layers: readonly ClinicSettingsInput[]): ClinicSettingsInput {
  const out: ClinicSettingsInput = {};
  for (const layer of layers) {
    if (layer.jurisdiction) out.jurisdiction = layer.jurisdiction;
    if (layer.diagnosis) out.diagnosis = { ...out.diagnosis, ...layer.diagnosis };
  }
  return out;
}

function check(json: unknown, fieldOf: (path: readonly PropertyKey[]) => string): ClinicSettingsResult {
  const parsed = ClinicSettingsSchema.safeParse(json, { error: caseErrorMap });
  if (parsed.success) return { ok: true, settings: parsed.data as ClinicSettingsInput };
  const issues: SettingIssue[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = issue.path.length === 0 ? ['jurisdiction', 'diagnosis'] : SETTING_NAMES;
        issues.push({
          field: fieldOf([...issue.path, key]),
          message: `unknown setting (known: ${known.join(', ')})`,
        });
      }
    } else {
      issues.push({ field: fieldOf(issue.path) || '(the settings)', message: issue.message });
    }
  }
  return { ok: false, issues };
}

function screamingSnake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
}
