import { DIAGNOSIS_SETTING_VALUES, SETTING_NAMES } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import { CLINIC_SETTING_ENV, clinicSettingsFromEnv, mergeClinicSettings, parseClinicSettings } from './clinic.js';

describe('a clinic settings file', () => {
  it('accepts the jurisdiction and any diagnosis reading; everything is optional', () => {
    expect(parseClinicSettings({})).toEqual({ ok: true, settings: {} });
    expect(
      parseClinicSettings({ jurisdiction: 'EU', diagnosis: { rostralReading: 'R1', gccReading: 'literal' } }),
    ).toEqual({
      ok: true,
      settings: { jurisdiction: 'EU', diagnosis: { rostralReading: 'R1', gccReading: 'literal' } },
    });
  });
  it('accepts every value of every reading the engine knows', () => {
    for (const name of SETTING_NAMES) {
      for (const value of DIAGNOSIS_SETTING_VALUES[name]) {
        expect(parseClinicSettings({ diagnosis: { [name]: value } }).ok, `${name}=${value}`).toBe(true);
      }
    }
  });
  it('refuses a wrong value, naming the field and the choices', () => {
    expect(parseClinicSettings({ jurisdiction: 'FR', diagnosis: { rostralReading: 'R4' } })).toEqual({
      ok: false,
      issues: [
        { field: 'jurisdiction', message: 'must be one of "US", "EU", "UK", "CA", "JP" (got "FR")' },
        {
          field: 'diagnosis.rostralReading',
          message: expect.stringMatching(/^must be one of "R2", "R1", "R3" \(got "R4"/),
        },
      ],
    });
  });
  it('refuses an unknown or misspelt setting and a file that is not an object', () => {
    const r = parseClinicSettings({ jurisdicton: 'EU', diagnosis: { rostral: 'R1' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries(r.issues.map((i) => [i.field, i.message]));
    expect(Object.keys(byField).sort()).toEqual(['diagnosis.rostral', 'jurisdicton']);
    expect(byField.jurisdicton).toMatch(/unknown setting \(known: jurisdiction, diagnosis\)/);
    expect(byField['diagnosis.rostral']).toMatch(/known: rostralReading, /);
    expect(parseClinicSettings(['EU'])).toMatchObject({ ok: false, issues: [{ field: '(the settings)' }] });
  });
});

describe('clinic settings from the environment', () => {
  it('one variable per setting, named after it', () => {
    expect(Object.keys(CLINIC_SETTING_ENV)).toContain('BETZ_JURISDICTION');
    expect(Object.keys(CLINIC_SETTING_ENV)).toContain('BETZ_DIAGNOSIS_ROSTRAL_READING');
    expect(Object.keys(CLINIC_SETTING_ENV)).toContain('BETZ_DIAGNOSIS_LAB_SUPPORTED_READING');
    expect(Object.keys(CLINIC_SETTING_ENV)).toHaveLength(SETTING_NAMES.length + 1);
  });
  it('reads the set ones, ignores unset and empty ones and unrelated variables', () => {
    expect(
      clinicSettingsFromEnv({
        BETZ_JURISDICTION: 'JP',
        BETZ_DIAGNOSIS_GCC_READING: 'literal',
        BETZ_DIAGNOSIS_ROSTRAL_READING: '',
        PATH: '/usr/bin',
      }),
    ).toEqual({ ok: true, settings: { jurisdiction: 'JP', diagnosis: { gccReading: 'literal' } } });
  });
  it('a wrong value names the variable', () => {
    expect(clinicSettingsFromEnv({ BETZ_JURISDICTION: 'eu', BETZ_DIAGNOSIS_LMN_CLINICAL_RULE: 'any' })).toEqual({
      ok: false,
      issues: [
        {
          field: 'BETZ_JURISDICTION',
          message: 'must be one of "US", "EU", "UK", "CA", "JP" (got "eu"; did you mean "EU"?)',
        },
        {
          field: 'BETZ_DIAGNOSIS_LMN_CLINICAL_RULE',
          message: expect.stringMatching(/^must be one of "perCriteria", "wastingOrLmnWeakness", "weaknessAndWasting"/),
        },
      ],
    });
  });
});

describe('layers: later wins field by field', () => {
  it('file, then environment, then flags', () => {
    const file = {
      jurisdiction: 'UK' as const,
      diagnosis: { rostralReading: 'R1' as const, gccReading: 'literal' as const },
    };
    const env = { diagnosis: { gccReading: 'strict' as const } };
    const flags = { jurisdiction: 'EU' as const };
    expect(mergeClinicSettings(file, env, flags)).toEqual({
      jurisdiction: 'EU',
      diagnosis: { rostralReading: 'R1', gccReading: 'strict' },
    });
  });
});
