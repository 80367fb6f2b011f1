/**
 * The workup checklist: the core tests every patient needs, imaging as the presentation requires,
 * tests the phenotype and each red flag call for, genetic testing, and any other recorded test;
 * each with done / abnormal / pending and why it is asked for. "Exclusions complete" (revised El
 * Escorial B1–B2, Gold Coast condition 3) is computed from it, never taken from a checkbox.
 */
import type { IsoDate } from '../common/dates.js';
import type { Source } from '../common/source.js';
import type { Sex } from '../facts/index.js';
import {
  CATALOGUE,
  CATALOGUE_ORDER,
  CORE_TESTS,
  INVESTIGATION_CODES,
  type InvestigationCode,
  type WorkupGroup,
} from './catalogue.js';
import type { RecordedStatus, RecordLookup } from './investigations.js';
import type { RedFlagCode } from './redFlagCodes.js';
import { type RedFlag, redFlagNeedsJudgement } from './redFlags.js';
import { DHARMADASA_2022, EFNS_2012, TURNER_TALBOT_2013_TABLE } from './sources.js';

export type WorkupStatus = RecordedStatus | 'notRecorded';

export interface WorkupItem {
  code: InvestigationCode;
  name: string;
  group: WorkupGroup | 'other';
  /** Whether it must have a result before exclusions are complete. */
  required: boolean;
  why: readonly string[];
  status: WorkupStatus;
  /** For abnormal results: the clinician's review ('needed' until recorded). */
  review?: 'explains' | 'doesNotExplain' | 'needed' | undefined;
  date?: IsoDate | undefined;
  value?: number | undefined;
  unit?: string | undefined;
  note?: string | undefined;
  excludes: readonly string[];
  source: Source;
}

export interface NamedTest {
  /** The investigation, or for an open red flag the red flag awaiting the clinician's judgement. */
  code: InvestigationCode | RedFlagCode;
  name: string;
}

export interface ExclusionStatus {
  /**
   * Every required test has a result, no abnormal result is unreviewed or explains the signs, and no
   * red flag awaits the clinician's judgement or was judged not explained.
   */
  complete: boolean;
  /** Required tests without a result. */
  pending: NamedTest[];
  /** Abnormal results awaiting the clinician's review (does it explain the signs?). */
  toReview: NamedTest[];
  /** Abnormal results the clinician judged to explain the signs: another disease. */
  alternativeExplanations: (NamedTest & { note?: string })[];
  /** Red flags still open once their tests are in: awaiting a judgement, or judged not explained. */
  openRedFlags: NamedTest[];
}

export interface WorkupContext {
  records: RecordLookup;
  /** Region masks: any bulbar involvement, UMN regions, LMN regions. */
  bulbarInvolved: boolean;
  /** An examination recorded the bulbar region (normal or not). */
  bulbarExamined: boolean;
  umn: number;
  lmn: number;
  sex: Sex | undefined;
  familyHistory: boolean;
  flags: readonly RedFlag[];
}

type Slots = (WorkupItem | undefined)[];

function ask(slots: Slots, code: InvestigationCode, why: string, required: boolean, source: Source): void {
  const i = CATALOGUE_ORDER[code]!;
  const existing = slots[i];
  if (existing) {
    // Each item owns its list of reasons (built here), so it may grow in place.
    if (!existing.why.includes(why)) (existing.why as string[]).push(why);
    if (required) existing.required = true;
    return;
  }
  const c = CATALOGUE[code];
  // Every field present from the start (absent ones undefined): one object shape, no growth later.
  slots[i] = {
    code,
    name: c.name,
    group: c.group,
    required,
    why: [why],
    status: 'notRecorded',
    review: undefined,
    date: undefined,
    value: undefined,
    unit: undefined,
    note: undefined,
    excludes: c.excludes,
    source,
  };
}

const CORE_WHY = 'core test for every patient with suspected ALS';

/** Build the checklist (in catalogue order) and the exclusion status. */
export function buildWorkup(ctx: WorkupContext): { workup: WorkupItem[]; exclusions: ExclusionStatus } {
  const slots: Slots = new Array(INVESTIGATION_CODES.length);
  for (const code of CORE_TESTS) ask(slots, code, CORE_WHY, true, EFNS_2012);

  if (ctx.bulbarInvolved)
    ask(slots, 'mriBrain', 'bulbar involvement: exclude a brainstem lesion', true, TURNER_TALBOT_2013_TABLE);
  else
    ask(
      slots,
      'mriCervicalSpine',
      ctx.bulbarExamined
        ? 'no signs above the neck: exclude cervical cord or root compression'
        : 'no signs above the neck recorded (bulbar region not examined): exclude cervical cord or root compression',
      true,
      TURNER_TALBOT_2013_TABLE,
    );

  if (ctx.umn === 0 && ctx.lmn !== 0) {
    ask(slots, 'antiGm1', 'pure LMN syndrome: exclude multifocal motor neuropathy', true, EFNS_2012);
    ask(slots, 'csf', 'pure LMN syndrome: exclude an inflammatory or neoplastic polyradiculopathy', true, EFNS_2012);
    if (ctx.sex === 'male')
      ask(slots, 'arCagRepeat', 'pure LMN syndrome in a man: exclude Kennedy disease', true, EFNS_2012);
  }

  const openRedFlags: NamedTest[] = [];
  for (const flag of ctx.flags) {
    // A flag the clinician judged explained no longer requires its tests; they stay on the list.
    const required = flag.status !== 'judgedExplained';
    for (const t of flag.tests) ask(slots, t.code, `red flag: ${flag.title}`, required, flag.source);
    for (const t of flag.alsoConsider) ask(slots, t, `consider (red flag: ${flag.title})`, false, flag.source);
    if (redFlagNeedsJudgement(flag.status)) openRedFlags.push({ code: flag.code, name: redFlagOpenName(flag) });
  }

  ask(
    slots,
    'geneticPanel',
    ctx.familyHistory
      ? 'family history of ALS or FTD: offer genetic testing (counselling, gene-targeted treatment)'
      : 'offer genetic testing to every patient with ALS (counselling, gene-targeted treatment)',
    false,
    DHARMADASA_2022,
  );

  for (const i of ctx.records.presentIndices()) {
    if (!slots[i]) ask(slots, INVESTIGATION_CODES[i]!, 'recorded in the case', false, EFNS_2012);
  }

  const workup: WorkupItem[] = [];
  const exclusions: ExclusionStatus = {
    complete: true,
    pending: [],
    toReview: [],
    alternativeExplanations: [],
    openRedFlags,
  };
  for (const item of slots) {
    if (!item) continue;
    workup.push(item);
    const r = ctx.records.get(item.code);
    if (r) {
      item.status = r.status;
      item.date = r.date;
      item.value = r.value;
      item.unit = r.unit;
      item.note = r.note;
      if (r.status === 'abnormal') {
        item.review =
          r.explainsPresentation === true ? 'explains' : r.explainsPresentation === false ? 'doesNotExplain' : 'needed';
      }
    }
    if (item.group === 'genetics') continue;
    if (item.review === 'explains') {
      exclusions.alternativeExplanations.push(
        item.note ? { code: item.code, name: item.name, note: item.note } : { code: item.code, name: item.name },
      );
    } else if (item.review === 'needed') {
      exclusions.toReview.push({ code: item.code, name: item.name });
    } else if (item.required && item.status !== 'done' && item.status !== 'abnormal') {
      exclusions.pending.push({ code: item.code, name: item.name });
    }
  }
  exclusions.complete =
    exclusions.pending.length === 0 &&
    exclusions.toReview.length === 0 &&
    exclusions.alternativeExplanations.length === 0 &&
    openRedFlags.length === 0;
  return { workup, exclusions };
}

/** "motor conduction block …: awaiting the clinician's judgement" or "…: judged not explained (Dr A, 2024-05-10)". */
function redFlagOpenName(flag: RedFlag): string {
  const j = flag.judgement;
  return j
    ? `red flag "${flag.title}": judged not explained (${j.by}, ${j.date})`
    : `red flag "${flag.title}": awaiting the clinician's judgement`;
}
