import { describe, expect, it } from 'vitest';
import { denervated, makeCase, region, UMN } from '../testkit/diagnosis.js';
import { evaluateDiagnosis } from './evaluate.js';
import { renderDiagnosisText } from './render.js';
import { DEFAULT_DIAGNOSIS_SETTINGS, resolveSettings, SETTING_NAMES, settingsUsed } from './settings.js';

const AS_OF = '2024-06-01';

describe('renderDiagnosisText', () => {
  const c = makeCase({
    regions: [
      region('cervical', { umn: UMN.cervical, wasting: true }),
      region('lumbosacral', { umn: UMN.lumbosacral }),
    ],
    muscles: [denervated('firstDorsalInterosseous')],
    ncs: { motorConductionBlock: true },
    workup: [],
  });
  const text = renderDiagnosisText(evaluateDiagnosis(c, AS_OF));
  it('prints the three results with their status', () => {
    expect(text).toContain(
      'Revised El Escorial (Brooks 2000): clinically possible ALS, shown pending the named exclusions',
    );
    expect(text).toContain('Awaji-Shima (de Carvalho 2008): clinically possible ALS');
    expect(text).toContain('Gold Coast (Shefner 2020): not met');
  });
  it('prints the per-region table, what would change it, red flags and the workup', () => {
    expect(text).toMatch(/cervical +hoffmann\(r\)/);
    expect(text).toContain('e.g. biceps brachii');
    expect(text).toContain('! motor conduction block on NCS → think of multifocal motor neuropathy, CIDP');
    expect(text).toContain('[ ] vitamin B12');
  });
  it('prints every setting and the trace', () => {
    for (const name of SETTING_NAMES) expect(text).toContain(`${name} = ${DEFAULT_DIAGNOSIS_SETTINGS[name]} (default)`);
    expect(text).toContain('Trace');
  });
  it('says what the signs alone give when a prerequisite withholds the category', () => {
    const t = renderDiagnosisText(
      evaluateDiagnosis(
        makeCase({ regions: [region('lumbosacral', { umn: UMN.lumbosacral, wasting: true })], progression: false }),
        AS_OF,
      ),
    );
    expect(t).toContain(
      'not met (no documented progression: criteria not met; the signs alone give: clinically possible ALS)',
    );
  });
});

describe('interpretation settings', () => {
  it('defaults are the reference decisions', () => {
    expect(DEFAULT_DIAGNOSIS_SETTINGS).toMatchObject({
      rostralReading: 'R2',
      labSupportedReading: 'compact',
      gccReading: 'strict',
      accessoryMuscleRegion: 'cervical',
      lmnClinicalRule: 'perCriteria',
    });
  });
  it('every setting is printed with its value, whether default, and its meaning', () => {
    const used = evaluateDiagnosis(makeCase({ regions: [] }), AS_OF, { rostralReading: 'R1' }).settings;
    expect(used.map((u) => u.name)).toEqual(SETTING_NAMES);
    expect(used.find((u) => u.name === 'rostralReading')).toMatchObject({ value: 'R1', isDefault: false });
    for (const u of used) expect(u.meaning.length).toBeGreaterThan(10);
  });
  it('all-default choices resolve to the default object; others to an equal frozen object', () => {
    expect(resolveSettings({})).toBe(DEFAULT_DIAGNOSIS_SETTINGS);
    expect(resolveSettings({ rostralReading: 'R2' })).toBe(DEFAULT_DIAGNOSIS_SETTINGS);
    const a = resolveSettings({ rostralReading: 'R1', gccReading: 'literal' });
    expect(resolveSettings({ gccReading: 'literal', rostralReading: 'R1' })).toEqual(a);
    expect(a).not.toEqual(DEFAULT_DIAGNOSIS_SETTINGS);
    expect(Object.isFrozen(a)).toBe(true);
  });
  it('an unknown value falls back to the default', () => {
    const s = resolveSettings({ rostralReading: 'R9' as never, gccReading: 'literal' });
    expect(s.rostralReading).toBe('R2');
    expect(s.gccReading).toBe('literal');
    expect(settingsUsed(s).find((u) => u.name === 'gccReading')!.isDefault).toBe(false);
  });
});
