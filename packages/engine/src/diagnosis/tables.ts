/**
 * What a diagnosis engine builds once from its settings and keeps: the classifications and
 * what-would-change searches of the region states it has met (tables indexed by the state, filled
 * on first use, as Hono builds its router once), the trace lines of its settings, the texts it has
 * phrased, and the scratch space of the findings pass. Nothing here is shared between engines, so
 * two engines never see each other's state, and a module holds no state of its own.
 */

import { awajiChanges, elEscorialChanges, goldCoastChanges, type RawTarget } from './changes.js';
import {
  type AwajiCategory,
  awajiClassification,
  type Classification,
  type ElEscorialCategory,
  elEscorialClassification,
  type GoldCoastDistribution,
  goldCoastDistribution,
} from './classify.js';
import { FindingsScratch } from './findings.js';
import { PhraseMemo } from './phrase.js';
import { EvidenceMemo, type RegionMasks } from './regionEvidence.js';
import { type DiagnosisSettings, type SettingUsed, settingsUsed } from './settings.js';
import { TraceMemo } from './trace.js';

/** Region states: 4 bits each of UMN, clinical LMN and EMG LMN. */
const STATES = 1 << 12;

export class DiagnosisTables {
  readonly settings: DiagnosisSettings;
  /** The settings as every result prints them. */
  readonly settingsUsed: readonly SettingUsed[];
  readonly findings = new FindingsScratch();
  readonly evidence = new EvidenceMemo();
  readonly phrase = new PhraseMemo();
  readonly trace: TraceMemo;
  // Indexed by umn | lmnClinical << 4 | lmnEmg << 8 (El Escorial) or umn | lmn << 4 (Awaji, Gold Coast).
  private readonly eec: (Classification<ElEscorialCategory> | undefined)[] = new Array(STATES);
  private readonly aw: (Classification<AwajiCategory> | undefined)[] = new Array(256);
  private readonly gc: (GoldCoastDistribution | undefined)[] = new Array(256);
  private readonly eecChanges: (readonly RawTarget[] | undefined)[] = new Array(STATES);
  private readonly awChanges: (readonly RawTarget[] | undefined)[] = new Array(256);
  private readonly gcChanges: (readonly RawTarget[] | undefined)[] = new Array(256);

  constructor(settings: DiagnosisSettings) {
    this.settings = settings;
    this.settingsUsed = settingsUsed(settings);
    this.trace = new TraceMemo(settings);
  }

  /** Revised El Escorial of a region state (clinical LMN; EMG only through lab-supported). */
  elEscorial(m: RegionMasks): Classification<ElEscorialCategory> {
    const k = m.umn | (m.lmnClinical << 4) | (m.lmnEmg << 8);
    let c = this.eec[k];
    if (c === undefined) {
      c = elEscorialClassification(m.umn, m.lmnClinical, m.lmnEmg, this.settings);
      this.eec[k] = c;
    }
    return c;
  }

  /** Awaji-Shima of a region state (LMN clinical or EMG). */
  awaji(m: RegionMasks): Classification<AwajiCategory> {
    const lmn = m.lmnClinical | m.lmnEmg;
    const k = m.umn | (lmn << 4);
    let c = this.aw[k];
    if (c === undefined) {
      c = awajiClassification(m.umn, lmn, this.settings);
      this.aw[k] = c;
    }
    return c;
  }

  /** Gold Coast condition 2 of a region state (LMN clinical or EMG). */
  goldCoast(m: RegionMasks): GoldCoastDistribution {
    const lmn = m.lmnClinical | m.lmnEmg;
    const k = m.umn | (lmn << 4);
    let c = this.gc[k];
    if (c === undefined) {
      c = goldCoastDistribution(m.umn, lmn, this.settings);
      this.gc[k] = c;
    }
    return c;
  }

  /** The smallest additions reaching each higher revised El Escorial category. */
  elEscorialChanges(m: RegionMasks): readonly RawTarget[] {
    const k = m.umn | (m.lmnClinical << 4) | (m.lmnEmg << 8);
    let c = this.eecChanges[k];
    if (c === undefined) {
      c = elEscorialChanges(m, this.settings);
      this.eecChanges[k] = c;
    }
    return c;
  }

  awajiChanges(m: RegionMasks): readonly RawTarget[] {
    const lmn = m.lmnClinical | m.lmnEmg;
    const k = m.umn | (lmn << 4);
    let c = this.awChanges[k];
    if (c === undefined) {
      c = awajiChanges({ umn: m.umn, lmn }, this.settings);
      this.awChanges[k] = c;
    }
    return c;
  }

  goldCoastChanges(m: RegionMasks): readonly RawTarget[] {
    const lmn = m.lmnClinical | m.lmnEmg;
    const k = m.umn | (lmn << 4);
    let c = this.gcChanges[k];
    if (c === undefined) {
      c = goldCoastChanges({ umn: m.umn, lmn }, this.settings);
      this.gcChanges[k] = c;
    }
    return c;
  }
}
