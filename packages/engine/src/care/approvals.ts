/**
 * Regulatory status of the disease-modifying drugs per jurisdiction and formulation on a date,
 * read from the approval table (approvals-table.ts): a withdrawal is a row, not code. Riluzole is
 * one of several licensed drugs; no text in Betz may call it the only one.
 *
 * Dates keep their precision. A row known only to the month or year is "pending" through that
 * period: an approval counts from the first day after the period (never offered early), and a
 * withdrawal stops new starts from the first day of it (never offered late) while the discussion
 * of the withdrawal waits until it is certainly in force.
 */
import { addDays, type IsoDate } from '../common/dates.js';
import {
  APPROVAL_EVENTS,
  type ApprovalEvent,
  type ApprovalStatus,
  type DmtDrug,
  type Formulation,
  type PartialDate,
} from './approvals-table.js';
import type { Jurisdiction } from './types.js';

export {
  APPROVAL_EVENTS,
  type ApprovalEvent,
  type ApprovalStatus,
  type DmtDrug,
  type Formulation,
  type PartialDate,
} from './approvals-table.js';

export const DMT_DRUGS: readonly DmtDrug[] = [
  'riluzole',
  'edaravone',
  'tofersen',
  'sodiumPhenylbutyrateTaurursodiol',
  'mecobalamin',
];

/** Formulations in the order an offer names them. */
export const FORMULATIONS: readonly Formulation[] = ['iv', 'oral'];

/** Statuses under which a drug may be offered as a new start. */
export const OFFERABLE_STATUSES: readonly ApprovalStatus[] = ['approved', 'accelerated', 'exceptional'];

export type DatePrecision = 'day' | 'month' | 'year';

/** The precision a partial date is written at; throws on anything else. */
export function datePrecision(date: PartialDate): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  throw new RangeError(`not a day, month or year: ${JSON.stringify(date)}`);
}

/**
 * The days a dated row may and must be in force: from `possibleFrom` it may already hold, from
 * `certainFrom` it surely does. Equal for a date known to the day.
 *
 * @example eventWindow('2015-06') // { possibleFrom: '2015-06-01', certainFrom: '2015-07-01' }
 */
export function eventWindow(date: PartialDate): { possibleFrom: IsoDate; certainFrom: IsoDate } {
  const precision = datePrecision(date);
  if (precision === 'day') return { possibleFrom: date, certainFrom: date };
  const year = Number(date.slice(0, 4));
  if (precision === 'year') return { possibleFrom: `${year}-01-01`, certainFrom: `${year + 1}-01-01` };
  const month = Number(date.slice(5, 7));
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { possibleFrom: `${date}-01`, certainFrom: next };
}

/** The last day before a row may be in force, and the first day it surely is (for tests and the UI). */
export function eventEdges(date: PartialDate): { lastDayBefore: IsoDate; firstDayCertain: IsoDate } {
  const w = eventWindow(date);
  return { lastDayBefore: addDays(w.possibleFrom, -1), firstDayCertain: w.certainFrom };
}

/** The status of one line (a drug in one formulation, or its only form) on a date. */
export interface LineStatus {
  formulation?: Formulation;
  /** The status certainly in force on asOf. */
  status: ApprovalStatus;
  /** The row that gave it (absent when nothing is recorded). */
  event?: ApprovalEvent;
  /** A row whose window holds asOf: it may already be in force, or not yet. */
  pending?: ApprovalEvent;
  /** Licensed for a new start on asOf: an offerable status, and no pending row that would end it. */
  offerable: boolean;
}

function lineStatus(rows: readonly ApprovalEvent[], asOf: IsoDate, formulation?: Formulation): LineStatus {
  let event: ApprovalEvent | undefined;
  let eventFrom = '';
  let standing: ApprovalEvent | undefined;
  let pending: ApprovalEvent | undefined;
  for (const e of rows) {
    if (e.date === undefined) {
      standing = e;
      continue;
    }
    const w = eventWindow(e.date);
    if (w.certainFrom <= asOf) {
      if (event === undefined || w.certainFrom >= eventFrom) {
        event = e;
        eventFrom = w.certainFrom;
      }
    } else if (w.possibleFrom <= asOf) pending = e;
  }
  const chosen = event ?? standing;
  const status = chosen?.status ?? 'not_approved';
  const offerable =
    OFFERABLE_STATUSES.includes(status) && !(pending !== undefined && !OFFERABLE_STATUSES.includes(pending.status));
  return {
    ...(formulation ? { formulation } : {}),
    status,
    ...(chosen ? { event: chosen } : {}),
    ...(pending ? { pending } : {}),
    offerable,
  };
}

/**
 * Each licensed line of `drug` in `jurisdiction` on asOf: one per formulation that has rows, or
 * one for the drug when no row names a formulation. A row without a formulation applies to every
 * line (a standing 'not_approved').
 */
export function formulationStatuses(
  drug: DmtDrug,
  jurisdiction: Jurisdiction,
  asOf: IsoDate,
  events: readonly ApprovalEvent[] = APPROVAL_EVENTS,
): LineStatus[] {
  const rows = events.filter((e) => e.drug === drug && e.jurisdiction === jurisdiction);
  const named = FORMULATIONS.filter((f) => rows.some((e) => e.formulation === f));
  if (named.length === 0) return [lineStatus(rows, asOf)];
  return named.map((f) =>
    lineStatus(
      rows.filter((e) => e.formulation === f || e.formulation === undefined),
      asOf,
      f,
    ),
  );
}

const RANK: Record<ApprovalStatus, number> = {
  approved: 0,
  accelerated: 1,
  exceptional: 2,
  withdrawn: 3,
  not_approved: 4,
};

/**
 * The status of `drug` in `jurisdiction` on asOf over its formulations: the best status of a line
 * licensed for new starts, else 'withdrawn' when a line was withdrawn, else 'not_approved'.
 *
 * @example approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'US', '2025-01-01').status // 'withdrawn'
 */
export function approvalStatus(
  drug: DmtDrug,
  jurisdiction: Jurisdiction,
  asOf: IsoDate,
  events: readonly ApprovalEvent[] = APPROVAL_EVENTS,
): { status: ApprovalStatus; event?: ApprovalEvent; lines: LineStatus[] } {
  const lines = formulationStatuses(drug, jurisdiction, asOf, events);
  const byRank = [...lines].sort((a, b) => RANK[a.status] - RANK[b.status]);
  const licensed = byRank.find((l) => l.offerable);
  // A line whose licence a pending withdrawal may already have ended counts as withdrawn.
  const ended = byRank.find((l) => l.status === 'withdrawn' || OFFERABLE_STATUSES.includes(l.status));
  const best = licensed ?? ended ?? byRank[0];
  const status: ApprovalStatus = licensed ? licensed.status : ended ? 'withdrawn' : (best?.status ?? 'not_approved');
  return { status, ...(best?.event ? { event: best.event } : {}), lines };
}

/** True when `drug` may be offered as a new start in `jurisdiction` on asOf (some formulation is). */
export function isOfferable(drug: DmtDrug, jurisdiction: Jurisdiction, asOf: IsoDate): boolean {
  return formulationStatuses(drug, jurisdiction, asOf).some((l) => l.offerable);
}

/**
 * The formulations of `drug` licensed for a new start in `jurisdiction` on asOf, in offer order
 * (empty for a drug whose rows name no formulation).
 *
 * @example licensedFormulations('edaravone', 'JP', '2020-01-01') // ['iv']
 */
export function licensedFormulations(drug: DmtDrug, jurisdiction: Jurisdiction, asOf: IsoDate): Formulation[] {
  return formulationStatuses(drug, jurisdiction, asOf).flatMap((l) =>
    l.offerable && l.formulation ? [l.formulation] : [],
  );
}

/**
 * True when a withdrawal of `drug` is certainly in force in `jurisdiction` on asOf (its whole
 * window has passed): rules that discuss a withdrawal wait for this.
 */
export function isWithdrawn(drug: DmtDrug, jurisdiction: Jurisdiction, asOf: IsoDate): boolean {
  const lines = formulationStatuses(drug, jurisdiction, asOf);
  return lines.some((l) => l.status === 'withdrawn') && !lines.some((l) => l.offerable);
}

/**
 * The first day a withdrawal of `drug` is certainly in force in any jurisdiction (the day the
 * reason for it became public), or undefined.
 */
export function firstWithdrawal(
  drug: DmtDrug,
  events: readonly ApprovalEvent[] = APPROVAL_EVENTS,
): IsoDate | undefined {
  return events
    .filter((e) => e.drug === drug && e.status === 'withdrawn' && e.formulation === undefined && e.date !== undefined)
    .map((e) => eventWindow(e.date!).certainFrom)
    .sort()[0];
}

/** Every drug with its status in one jurisdiction on asOf (for the UI's drug panel). */
export function approvalsFor(
  jurisdiction: Jurisdiction,
  asOf: IsoDate,
): { drug: DmtDrug; status: ApprovalStatus; formulations: Formulation[] }[] {
  return DMT_DRUGS.map((drug) => ({
    drug,
    status: approvalStatus(drug, jurisdiction, asOf).status,
    formulations: licensedFormulations(drug, jurisdiction, asOf),
  }));
}
