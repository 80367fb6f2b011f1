/**
 * Red flags: findings that argue against ALS, each with the mimics it points to and the test that
 * separates them (Turner & Talbot 2013; BMJ Best Practice; MSD Manual). A red flag never changes the
 * anatomical category; it keeps "exclusions complete" open until its tests are recorded, or, where
 * a negative test cannot exclude the mimic, until the clinician records a judgement on it. A recorded
 * judgement always decides: explained closes the flag, not explained keeps it open.
 */
import { type IsoDate, latestOnOrBefore } from '../common/dates.js';
import type { Source } from '../common/source.js';
import type { History, LabResult, RedFlagJudgement, Sex } from '../facts/index.js';
import { CATALOGUE, type InvestigationCode } from './catalogue.js';
import type { Findings } from './findings.js';
import type { RecordedStatus, RecordLookup } from './investigations.js';
import { MIMICS, type MimicCode } from './mimics.js';
import type { RedFlagCode } from './redFlagCodes.js';
import { presentFeatures } from './redFlagGates.js';
import { RED_FLAG_RULES } from './redFlagRules.js';

export interface FlagContext {
  f: Findings;
  /** Regions with clinical UMN signs (bit 0 bulbar … bit 3 lumbosacral). */
  umn: number;
  /** Regions with LMN evidence, clinical or EMG. */
  lmn: number;
  /** Regions with any clinical LMN component, fasciculations included. */
  lmnAnyComponent: number;
  /** Regions where both left and right show LMN signs. */
  lmnBilateral: number;
  sex: Sex | undefined;
  ageAtOnsetYears: number | undefined;
  /** Case paths missing to compute the age at onset. */
  ageNeeds: string[];
  history: History;
  /** Lab results up to the assessment date (thyroid hormones, calcium). */
  labs: readonly LabResult[];
  records: RecordLookup;
  /** The assessment date. */
  asOf: IsoDate;
  /** The clinician's judgements on red flags (the latest per code on or before `asOf` holds). */
  judgements: readonly RedFlagJudgement[] | undefined;
}

/**
 * A part of the whole picture that changes what a red flag points to: when it holds, its mimics and
 * tests join the flag's, and the base tests it `replaces` (wrong for this picture) are dropped.
 */
export interface PictureClause {
  /** The part of the picture in words, e.g. 'motor signs confined to the legs'. */
  finding: string;
  holds(ctx: FlagContext): boolean;
  mimics?: readonly MimicCode[];
  tests?: readonly InvestigationCode[];
  alsoConsider?: readonly InvestigationCode[];
  replaces?: readonly InvestigationCode[];
  source: Source;
}

export interface RedFlagRule {
  code: RedFlagCode;
  title: string;
  mimics: readonly MimicCode[];
  /** Tests that separate the mimics: exclusions stay open until each is recorded. */
  tests: readonly InvestigationCode[];
  alsoConsider?: readonly InvestigationCode[];
  /** Parts of the picture that add mimics and tests, or replace a test that does not fit. */
  picture?: readonly PictureClause[];
  /**
   * `false` when a negative (normal) separating test does not exclude the mimic: the flag then stays
   * open after its tests until the clinician judges it, or a test is positive (and reviewed in the workup).
   */
  negativeTestsClose?: false;
  note?: string;
  source: Source;
  /**
   * The case features (redFlagGates.ts bits) without any of which the rule can neither fire nor ask
   * for a fact: the rule is skipped when the case has none of them. Unset: always asked.
   */
  gate?: number;
  /** The finding in words when the flag fires, else null. */
  fires(ctx: FlagContext): string | null;
  /** When set: the facts without which the rule cannot be judged although its other parts hold. */
  cannotJudge?(ctx: FlagContext): string[] | null;
}

export { CK_RED_FLAG_IU_PER_L, RED_FLAG_RULES, YOUNG_ONSET_AGE_YEARS } from './redFlagRules.js';

export interface RedFlagTest {
  code: InvestigationCode;
  name: string;
  status: RecordedStatus | 'notRecorded';
}

export interface RedFlag {
  code: RedFlagCode;
  title: string;
  finding: string;
  /** The mimics' names (for people). */
  mimics: readonly string[];
  /** The mimics' codes (`MIMICS`), in the order of `mimics`. */
  mimicCodes: readonly MimicCode[];
  tests: RedFlagTest[];
  /** The parts of the picture that shaped the mimics and tests, each with its source. */
  picture: { finding: string; source: Source }[];
  alsoConsider: readonly InvestigationCode[];
  status: RedFlagStatus;
  /** The clinician's judgement that decided the status, when one is recorded. */
  judgement?: RedFlagJudgement;
  note?: string;
  source: Source;
}

/**
 * - `open`: a separating test has no result yet;
 * - `testsRecorded`: every separating test has a result (closed);
 * - `awaitingJudgement`: the tests are negative but cannot exclude the mimic: a clinician must judge it;
 * - `judgedExplained`: a clinician judged the finding explained without another disease (closed);
 * - `judgedNotExplained`: a clinician judged it not explained: the mimic stays open.
 */
export type RedFlagStatus = 'open' | 'testsRecorded' | 'awaitingJudgement' | 'judgedExplained' | 'judgedNotExplained';

/** Whether a red flag still keeps "other diseases excluded" open, apart from its pending tests. */
export function redFlagNeedsJudgement(status: RedFlagStatus): boolean {
  return status === 'awaitingJudgement' || status === 'judgedNotExplained';
}

export interface RedFlagNotJudged {
  code: RedFlagCode;
  needs: string[];
}

function union<T>(into: T[], more: readonly T[] | undefined): void {
  for (const x of more ?? []) if (!into.includes(x)) into.push(x);
}

/** Run every red-flag rule. */
export function evaluateRedFlags(ctx: FlagContext): { flags: RedFlag[]; notJudged: RedFlagNotJudged[] } {
  const flags: RedFlag[] = [];
  const notJudged: RedFlagNotJudged[] = [];
  const present = presentFeatures(ctx);
  for (const rule of RED_FLAG_RULES) {
    if (rule.gate !== undefined && (rule.gate & present) === 0) continue;
    const finding = rule.fires(ctx);
    if (finding === null) {
      const needs = rule.cannotJudge?.(ctx);
      if (needs?.length) notJudged.push({ code: rule.code, needs });
      continue;
    }
    const mimicCodes = [...rule.mimics];
    const testCodes = [...rule.tests];
    const alsoConsider = [...(rule.alsoConsider ?? [])];
    const picture: RedFlag['picture'] = [];
    const replaced: InvestigationCode[] = [];
    for (const clause of rule.picture ?? []) {
      if (!clause.holds(ctx)) continue;
      picture.push({ finding: clause.finding, source: clause.source });
      union(mimicCodes, clause.mimics);
      union(testCodes, clause.tests);
      union(alsoConsider, clause.alsoConsider);
      union(replaced, clause.replaces);
    }
    let open = false;
    let positive = false;
    const kept = testCodes.filter((code) => !replaced.includes(code));
    const tests: RedFlagTest[] = kept.map((code) => {
      const st = ctx.records.get(code)?.status;
      const status = st ?? 'notRecorded';
      if (status !== 'done' && status !== 'abnormal') open = true;
      if (status === 'abnormal') positive = true;
      return { code, name: CATALOGUE[code].name, status };
    });
    const judgement = latestOnOrBefore(ctx.judgements, ctx.asOf, (j) => j.code === rule.code);
    const status: RedFlagStatus = judgement
      ? judgement.judgement === 'explained'
        ? 'judgedExplained'
        : 'judgedNotExplained'
      : open
        ? 'open'
        : rule.negativeTestsClose === false && !positive
          ? 'awaitingJudgement'
          : 'testsRecorded';
    const flag: RedFlag = {
      code: rule.code,
      title: rule.title,
      finding,
      mimics: mimicCodes.map((m) => MIMICS[m].name),
      mimicCodes,
      tests,
      picture,
      alsoConsider: alsoConsider.filter((code) => !kept.includes(code)),
      status,
      source: rule.source,
    };
    if (judgement) flag.judgement = judgement;
    if (rule.note) flag.note = rule.note;
    flags.push(flag);
  }
  return { flags, notJudged };
}
