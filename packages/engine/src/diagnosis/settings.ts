/**
 * Interpretation settings for the places where the published criteria are ambiguous. Each is named,
 * has a documented default (the product's reading), and is printed in the trace of every result.
 */
import { type AnatomySettings, DEFAULT_ANATOMY_SETTINGS } from '../anatomy/rules.js';

export interface DiagnosisSettings extends AnatomySettings {
  /**
   * "UMN and LMN signs in at least two regions" (clinically probable):
   * - 'R2' (default): UMN signs in ≥2 regions and LMN signs in ≥2 regions, some UMN region rostral to some LMN region;
   * - 'R1': ≥2 regions each with both UMN and LMN signs;
   * - 'R3': ≥2 regions involved by any sign, some UMN region rostral to some LMN region.
   */
  rostralReading: 'R2' | 'R1' | 'R3';
  /**
   * Revised El Escorial probable laboratory-supported:
   * - 'compact' (default): UMN signs in ≥1 region and EMG-defined LMN signs in ≥2 regions;
   * - 'standalone': also UMN and LMN clinical signs together in one region, without EMG.
   */
  labSupportedReading: 'compact' | 'standalone';
  /**
   * Gold Coast when UMN and LMN signs lie only in different regions:
   * - 'strict' (default): not met (only the two published limbs count);
   * - 'literal': met when ≥2 regions are involved with UMN signs in one and LMN signs in another.
   */
  gccReading: 'strict' | 'literal';
  /**
   * Clinical LMN sign in a region:
   * - 'perCriteria' (default): revised El Escorial and Awaji: wasting, or weakness of LMN type; Gold Coast: weakness and wasting;
   * - 'wastingOrLmnWeakness' or 'weaknessAndWasting' for all three.
   */
  lmnClinicalRule: 'perCriteria' | 'wastingOrLmnWeakness' | 'weaknessAndWasting';
  /**
   * Which fasciculation potentials count as ongoing denervation under Awaji and Gold Coast (with chronic change):
   * - 'any' (default); 'complexOrUnstable': only complex or unstable ones (the Awaji paper's preference).
   */
  fasciculationPotentialRule: 'any' | 'complexOrUnstable';
}

/** The product's defaults (shared/domain/README.md, "Decisions where the published criteria are ambiguous"). */
export const DEFAULT_DIAGNOSIS_SETTINGS: Readonly<DiagnosisSettings> = Object.freeze({
  rostralReading: 'R2',
  labSupportedReading: 'compact',
  gccReading: 'strict',
  accessoryMuscleRegion: DEFAULT_ANATOMY_SETTINGS.accessoryMuscleRegion,
  differentRootRule: DEFAULT_ANATOMY_SETTINGS.differentRootRule,
  nerveTrunkRule: DEFAULT_ANATOMY_SETTINGS.nerveTrunkRule,
  lmnClinicalRule: 'perCriteria',
  fasciculationPotentialRule: 'any',
});

type Meanings = { [K in keyof DiagnosisSettings]: Record<DiagnosisSettings[K], string> };

/** What each value means, in the words the trace prints. */
export const SETTING_MEANINGS: Readonly<Meanings> = {
  rostralReading: {
    R2: 'probable = UMN signs in ≥2 regions and LMN signs in ≥2 regions, some UMN region rostral to some LMN region',
    R1: 'probable = ≥2 regions each with both UMN and LMN signs',
    R3: 'probable = ≥2 regions involved by any sign, some UMN region rostral to some LMN region',
  },
  labSupportedReading: {
    compact: 'lab-supported = UMN signs in ≥1 region and EMG-defined LMN signs in ≥2 regions',
    standalone: 'lab-supported = as compact, or UMN and LMN clinical signs together in one region',
  },
  gccReading: {
    strict:
      'Gold Coast: UMN and LMN in the same region, or LMN in ≥2 regions; UMN and LMN only in different regions is not met',
    literal: 'Gold Coast: also met when ≥2 regions are involved with UMN signs in one and LMN signs in another',
  },
  accessoryMuscleRegion: {
    cervical: 'sternocleidomastoid and trapezius count for the cervical region',
    bulbar: 'sternocleidomastoid and trapezius count for the bulbar region',
  },
  differentRootRule: {
    principalAndRootSet: 'different roots = principal roots differ and the root sets are not identical',
    principalRoot: 'different roots = principal roots differ',
    disjointRootSets: 'different roots = no root in common',
  },
  nerveTrunkRule: {
    terminalNerve: 'different nerves = different named nerves (deep and superficial peroneal differ)',
    sharedTrunk:
      'different nerves = different trunks (peroneal branches are one nerve, as are tibial and the sciatic tibial division)',
  },
  lmnClinicalRule: {
    perCriteria:
      'clinical LMN sign = wasting, or weakness of LMN type (revised El Escorial, Awaji); weakness and wasting (Gold Coast)',
    wastingOrLmnWeakness: 'clinical LMN sign = wasting, or weakness of LMN type (all three criteria)',
    weaknessAndWasting: 'clinical LMN sign = weakness and wasting (all three criteria)',
  },
  fasciculationPotentialRule: {
    any: 'Awaji and Gold Coast: any fasciculation potential counts as denervation in a muscle with chronic neurogenic change',
    complexOrUnstable: 'Awaji and Gold Coast: only complex or unstable fasciculation potentials count as denervation',
  },
};

export const SETTING_NAMES = Object.keys(DEFAULT_DIAGNOSIS_SETTINGS) as (keyof DiagnosisSettings)[];

export interface SettingUsed {
  name: keyof DiagnosisSettings;
  value: string;
  isDefault: boolean;
  meaning: string;
}

/**
 * Merge caller settings over the defaults; an unknown value for a setting falls back to the default.
 * The result is frozen, and is `DEFAULT_DIAGNOSIS_SETTINGS` itself when every value is the default.
 */
export function resolveSettings(partial?: Partial<DiagnosisSettings>): DiagnosisSettings {
  if (!partial || partial === DEFAULT_DIAGNOSIS_SETTINGS) return DEFAULT_DIAGNOSIS_SETTINGS;
  const out = { ...DEFAULT_DIAGNOSIS_SETTINGS } as Record<string, string>;
  let allDefault = true;
  for (const name of SETTING_NAMES) {
    const v = partial[name];
    if (typeof v === 'string' && Object.hasOwn(SETTING_MEANINGS[name], v)) out[name] = v;
    if (out[name] !== DEFAULT_DIAGNOSIS_SETTINGS[name]) allDefault = false;
  }
  return allDefault ? DEFAULT_DIAGNOSIS_SETTINGS : (Object.freeze(out) as unknown as DiagnosisSettings);
}

/** The settings as the trace prints them: name, value, whether it is the default, and what it means. */
export function settingsUsed(s: DiagnosisSettings): readonly SettingUsed[] {
  const out = SETTING_NAMES.map((name) => {
    const value = s[name] as string;
    const meanings = SETTING_MEANINGS[name] as Record<string, string>;
    return Object.freeze({
      name,
      value,
      isDefault: value === DEFAULT_DIAGNOSIS_SETTINGS[name],
      meaning: meanings[value] ?? '',
    });
  });
  return Object.freeze(out);
}
