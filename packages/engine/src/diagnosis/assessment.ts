/** The shape of a diagnostic assessment: three criteria results with their traces, plus red flags and workup. */
import type { IsoDate } from '../common/dates.js';
import type { FactRef } from '../common/reason.js';
import type { Source } from '../common/source.js';
import type { NerveConduction, OtherExamFindings, Side, VariantClassification } from '../facts/index.js';
import type { AwajiCategory, ElEscorialCategory } from './classify.js';
import type { IgnoredSign } from './findings.js';
import type { WhatWouldChange } from './phrase.js';
import type { PrerequisiteStatus } from './prerequisites.js';
import type { RedFlag, RedFlagNotJudged } from './redFlags.js';
import type { RegionEvidence } from './regionEvidence.js';
import type { SettingUsed } from './settings.js';
import type { TraceCode, TraceParams } from './traceText.js';
import type { ExclusionStatus, NamedTest, WorkupItem } from './workup.js';

export type { AwajiCategory, ElEscorialCategory } from './classify.js';

/**
 * One line of a criteria trace. `code` and `params` are the line as data; `detail` is its English
 * text, `renderTraceDetail({ code, params })` (traceText.ts), kept so the JSON reads on its own.
 */
export interface TraceStep {
  code: TraceCode;
  step: string;
  result: 'met' | 'notMet' | 'pending' | 'info';
  /** The values the line names: region names, categories, statuses, setting values. */
  params: TraceParams;
  detail: string;
  /** Recorded facts of the case the line read, by path (e.g. 'history.progression.documented'). */
  facts?: readonly FactRef[];
}

interface CriteriaCommon {
  status: PrerequisiteStatus;
  statusText: string;
  /** Required tests without a result, and abnormal results awaiting review, that keep exclusions open. */
  pendingExclusions: NamedTest[];
  /** The pattern in words (e.g. "pure LMN syndrome …"). */
  pattern: string;
  trace: TraceStep[];
  /** For each higher category, the smallest sets of new findings that reach it. */
  whatWouldChange: readonly WhatWouldChange[];
  /** Prerequisite actions: document progression, complete or review exclusions. */
  toConfirm: string[];
  /** Missing facts by case path. */
  needs: string[];
  source: Source;
}

export interface FamilialLabSupported {
  met: boolean;
  detail: string;
  variants: { gene: string; variant?: string; classification: VariantClassification }[];
  familyHistoryOfAls: boolean | undefined;
}

export interface ElEscorialResult extends CriteriaCommon {
  criteria: 'revisedElEscorial';
  /** The result: the anatomical category, or 'notMet' when a prerequisite withholds it. */
  category: ElEscorialCategory;
  /** What the signs alone give. */
  anatomicalCategory: ElEscorialCategory;
  /** Clinically definite familial ALS, laboratory-supported: reported beside the category, never instead of it. */
  familialLabSupported: boolean;
  familial: FamilialLabSupported;
}

export interface AwajiResult extends CriteriaCommon {
  criteria: 'awaji';
  category: AwajiCategory;
  anatomicalCategory: AwajiCategory;
}

export type GoldCoastConditionState = 'met' | 'notMet' | 'pending' | 'insufficient';

export interface GoldCoastCondition {
  number: 1 | 2 | 3;
  /** The published wording (Shefner 2020, as printed in Turner 2022 Box 1). */
  text: string;
  state: GoldCoastConditionState;
  detail: string;
  needs: string[];
}

export interface GoldCoastResult extends CriteriaCommon {
  criteria: 'goldCoast';
  met: boolean;
  /** Condition 2 (the anatomical condition) alone. */
  anatomicallyMet: boolean;
  conditions: [GoldCoastCondition, GoldCoastCondition, GoldCoastCondition];
}

export interface DiagnosisAssessment {
  asOf: IsoDate;
  /** Every interpretation setting with its value and meaning (printed in the trace). */
  settings: readonly SettingUsed[];
  elEscorial: ElEscorialResult;
  awaji: AwajiResult;
  goldCoast: GoldCoastResult;
  /** Per region: signs, EMG muscles, and the evidence each criteria set draws from them. */
  regions: RegionEvidence[];
  redFlags: RedFlag[];
  /** Red flags whose pattern holds but which need a missing fact (e.g. age at onset). */
  redFlagsNotJudged: RedFlagNotJudged[];
  workup: WorkupItem[];
  exclusions: ExclusionStatus;
  findings: {
    examDates: IsoDate[];
    emgDates: IsoDate[];
    ignoredSigns: IgnoredSign[];
    unknownMuscles: { muscle: string; side: Side; date: IsoDate }[];
    ncs: NerveConduction;
    other: OtherExamFindings;
  };
  /** Missing facts by case path. */
  needs: string[];
}
