/** The clinic's settings at the edge: file and environment, validated. */
export {
  CLINIC_SETTING_ENV,
  type ClinicSettingsResult,
  ClinicSettingsSchema,
  clinicSettingsFromEnv,
  mergeClinicSettings,
  parseClinicSettings,
  type SettingIssue,
} from './clinic.js';
