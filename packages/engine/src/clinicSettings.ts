/**
 * The clinic's settings: where it practises (the jurisdiction decides which drugs are licensed,
 * care/approvals.ts) and how it reads the clauses of the diagnostic criteria that the papers leave
 * ambiguous (diagnosis/settings.ts). A clinic sets them once (the server's configuration, or
 * `betz evaluate --jurisdiction`); every assessment echoes the values it used.
 */
import { DEFAULT_CARE_SETTINGS } from './care/settings.js';
import type { Jurisdiction } from './care/types.js';
import type { SettingUsed } from './diagnosis/settings.js';
import {
  DEFAULT_DIAGNOSIS_SETTINGS,
  type DiagnosisSettings,
  resolveSettings,
  SETTING_MEANINGS,
  SETTING_NAMES,
} from './diagnosis/settings.js';

/** What a clinic may choose; anything left out takes the documented default. */
export interface ClinicSettingsInput {
  jurisdiction?: Jurisdiction;
  diagnosis?: Partial<DiagnosisSettings>;
}

/** The settings an assessment used, every value filled in (`assessment.settings`). */
export interface ClinicSettings {
  jurisdiction: Jurisdiction;
  diagnosis: DiagnosisSettings;
}

export const DEFAULT_CLINIC_SETTINGS: Readonly<ClinicSettings> = Object.freeze({
  jurisdiction: DEFAULT_CARE_SETTINGS.jurisdiction,
  diagnosis: DEFAULT_DIAGNOSIS_SETTINGS,
});

/** The values each diagnosis reading may take, for validation at the edges and for help texts. */
export const DIAGNOSIS_SETTING_VALUES: { readonly [K in keyof DiagnosisSettings]: readonly DiagnosisSettings[K][] } =
  Object.fromEntries(SETTING_NAMES.map((name) => [name, Object.keys(SETTING_MEANINGS[name])])) as never;

/**
 * The defaults with the clinic's choices applied.
 *
 * @example resolveClinicSettings({ jurisdiction: 'EU' }).diagnosis.rostralReading // 'R2'
 */
export function resolveClinicSettings(input: ClinicSettingsInput = {}): ClinicSettings {
  return {
    jurisdiction: input.jurisdiction ?? DEFAULT_CLINIC_SETTINGS.jurisdiction,
    diagnosis: resolveSettings(input.diagnosis),
  };
}

/** The settings as `assess` takes them (per module). */
export function assessmentSettingsOf(s: ClinicSettingsInput): {
  diagnosis?: Partial<DiagnosisSettings>;
  care?: { jurisdiction: Jurisdiction };
} {
  return {
    ...(s.diagnosis ? { diagnosis: s.diagnosis } : {}),
    ...(s.jurisdiction ? { care: { jurisdiction: s.jurisdiction } } : {}),
  };
}

/** What an assessment used, read back from the modules' own echoes (so it cannot drift from them). */
export function clinicSettingsUsed(diagnosis: readonly SettingUsed[], jurisdiction: Jurisdiction): ClinicSettings {
  const readings = Object.fromEntries(diagnosis.map((u) => [u.name, u.value]));
  return { jurisdiction, diagnosis: resolveSettings(readings as Partial<DiagnosisSettings>) };
}

/**
 * The settings on one line each, defaults marked, as the text report and `betz serve` print them.
 *
 * @example renderClinicSettingsText(DEFAULT_CLINIC_SETTINGS) // 'Clinic settings\n  jurisdiction: US (default)\n  ...'
 */
export function renderClinicSettingsText(s: ClinicSettings): string {
  const mark = (isDefault: boolean) => (isDefault ? ' (default)' : '');
  const lines = [
    'Clinic settings',
    `  jurisdiction: ${s.jurisdiction}${mark(s.jurisdiction === DEFAULT_CLINIC_SETTINGS.jurisdiction)}: the drug approvals and coverage rules that apply`,
  ];
  for (const name of SETTING_NAMES) {
    const value = s.diagnosis[name] as string;
    const meaning = (SETTING_MEANINGS[name] as Record<string, string>)[value] ?? '';
    lines.push(`  diagnosis.${name}: ${value}${mark(value === DEFAULT_DIAGNOSIS_SETTINGS[name])}: ${meaning}`);
  }
  return lines.join('\n');
}
