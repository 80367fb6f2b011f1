import { describe, expect, it } from 'vitest';
import { assess, renderAssessmentText } from './assess.js';
import {
  assessmentSettingsOf,
  DEFAULT_CLINIC_SETTINGS,
  DIAGNOSIS_SETTING_VALUES,
  renderClinicSettingsText,
  resolveClinicSettings,
} from './clinicSettings.js';
import { DEFAULT_DIAGNOSIS_SETTINGS, SETTING_NAMES } from './diagnosis/settings.js';
import { caseFixture } from './testkit/index.js';

describe('clinic settings', () => {
  it('defaults: US and the product readings of the criteria', () => {
    expect(resolveClinicSettings()).toEqual({ jurisdiction: 'US', diagnosis: DEFAULT_DIAGNOSIS_SETTINGS });
    expect(DIAGNOSIS_SETTING_VALUES.rostralReading).toEqual(['R2', 'R1', 'R3']);
    for (const name of SETTING_NAMES)
      expect(DIAGNOSIS_SETTING_VALUES[name]).toContain(DEFAULT_DIAGNOSIS_SETTINGS[name]);
  });
  it('the assessment echoes the jurisdiction and every diagnosis reading it used', () => {
    const c = caseFixture();
    const chosen = { jurisdiction: 'EU' as const, diagnosis: { rostralReading: 'R1' as const } };
    const a = assess(c, '2025-01-01', assessmentSettingsOf(chosen));
    expect(a.settings).toEqual({
      jurisdiction: 'EU',
      diagnosis: { ...DEFAULT_DIAGNOSIS_SETTINGS, rostralReading: 'R1' },
    });
    expect(a.care.settings.jurisdiction).toBe('EU');
    expect(assess(c, '2025-01-01').settings).toEqual(DEFAULT_CLINIC_SETTINGS);
  });
  it('the text report prints them, defaults marked', () => {
    const a = assess(caseFixture(), '2025-01-01', assessmentSettingsOf({ jurisdiction: 'JP' }));
    const text = renderAssessmentText(a);
    expect(text).toContain(renderClinicSettingsText(a.settings));
    expect(text).toMatch(/jurisdiction: JP: the drug approvals/);
    for (const name of SETTING_NAMES)
      expect(text).toContain(`diagnosis.${name}: ${DEFAULT_DIAGNOSIS_SETTINGS[name]} (default)`);
  });
});
