/**
 * Disease-modifying drugs for ALS and their regulatory status per jurisdiction, as a
 * date-stamped table: a withdrawal is a row, not code. Riluzole is one of several licensed
 * drugs; no text in Betz may call it the only one.
 */
import type { IsoDate } from '../common/dates.js';
import type { Source } from '../common/source.js';
import { PB_TURSO_WITHDRAWAL_2024, QALSODY_LABEL, QALSODY_SMPC, RADICAVA_LABEL, RILUZOLE_LABEL } from './sources.js';
import type { Jurisdiction } from './types.js';

export type DmtDrug = 'riluzole' | 'edaravone' | 'tofersen' | 'sodiumPhenylbutyrateTaurursodiol' | 'mecobalamin';
export const DMT_DRUGS: readonly DmtDrug[] = [
  'riluzole',
  'edaravone',
  'tofersen',
  'sodiumPhenylbutyrateTaurursodiol',
  'mecobalamin',
];

export type ApprovalStatus = 'approved' | 'accelerated' | 'exceptional' | 'withdrawn' | 'not_approved';

/** Statuses under which a drug may be offered as a new start. */
export const OFFERABLE_STATUSES: readonly ApprovalStatus[] = ['approved', 'accelerated', 'exceptional'];

export interface ApprovalEvent {
  drug: DmtDrug;
  jurisdiction: Jurisdiction;
  status: ApprovalStatus;
  /** Effective date; absent for a standing 'not_approved'. */
  date?: IsoDate;
  /** How precisely the date is known; 'year' means only the year is sure. */
  datePrecision?: 'day' | 'month' | 'year';
  note: string;
  source: Source;
}

const M = (cite: string, year: number): Source => ({ cite, year, verification: 'M' });
const V = (cite: string, year: number, url?: string): Source => ({
  cite,
  year,
  verification: 'V',
  ...(url ? { url } : {}),
});

/** The table (care reference §0; each row names the source it was checked in). Order does not matter. */
export const APPROVAL_EVENTS: readonly ApprovalEvent[] = [
  // Riluzole: licensed everywhere Betz runs.
  {
    drug: 'riluzole',
    jurisdiction: 'US',
    status: 'approved',
    date: '1995-12-12',
    datePrecision: 'day',
    note: 'Rilutek; also Tiglutik suspension and Exservan film',
    source: RILUZOLE_LABEL,
  },
  {
    drug: 'riluzole',
    jurisdiction: 'EU',
    status: 'approved',
    date: '1996-06-10',
    datePrecision: 'day',
    note: 'Rilutek, EU/1/96/010',
    source: M('EMA Rilutek EPAR', 1996),
  },
  {
    drug: 'riluzole',
    jurisdiction: 'UK',
    status: 'approved',
    date: '1996-06-10',
    datePrecision: 'day',
    note: 'Licensed via the EU authorisation',
    source: M('EMA Rilutek EPAR', 1996),
  },
  {
    drug: 'riluzole',
    jurisdiction: 'CA',
    status: 'approved',
    date: '2000-01-01',
    datePrecision: 'year',
    note: 'Rilutek, Health Canada',
    source: M('Health Canada Rilutek', 2000),
  },
  {
    drug: 'riluzole',
    jurisdiction: 'JP',
    status: 'approved',
    date: '1998-01-01',
    datePrecision: 'year',
    note: 'Rilutek, PMDA',
    source: M('PMDA Rilutek', 1998),
  },

  // Edaravone: IV (Radicava/Radicut) and oral suspension (Radicava ORS).
  {
    drug: 'edaravone',
    jurisdiction: 'JP',
    status: 'approved',
    date: '2015-06-01',
    datePrecision: 'month',
    note: 'Radicut IV for ALS',
    source: M('PMDA Radicut ALS indication', 2015),
  },
  {
    drug: 'edaravone',
    jurisdiction: 'US',
    status: 'approved',
    date: '2017-05-05',
    datePrecision: 'day',
    note: 'Radicava IV 2017; Radicava ORS May 2022',
    source: RADICAVA_LABEL,
  },
  {
    drug: 'edaravone',
    jurisdiction: 'CA',
    status: 'approved',
    date: '2018-10-04',
    datePrecision: 'day',
    note: 'Radicava IV (discontinued 2024 in favour of ORS, approved Nov 2022)',
    source: V(
      'ALS Canada: Health Canada approves Radicava',
      2018,
      'https://als.ca/resource/health-canada-has-approved-radicava-edaravone-a-second-als-treatment-for-canadians',
    ),
  },
  {
    drug: 'edaravone',
    jurisdiction: 'EU',
    status: 'not_approved',
    note: 'Marketing authorisation application withdrawn in 2019',
    source: M('EMA withdrawal of Radicava application', 2019),
  },
  {
    drug: 'edaravone',
    jurisdiction: 'UK',
    status: 'not_approved',
    note: 'Not licensed by the MHRA',
    source: M('MHRA', 2019),
  },

  // Tofersen: SOD1-ALS only.
  {
    drug: 'tofersen',
    jurisdiction: 'US',
    status: 'accelerated',
    date: '2023-04-25',
    datePrecision: 'day',
    note: 'Accelerated approval on plasma NfL; continued approval needs confirmatory evidence',
    source: QALSODY_LABEL,
  },
  {
    drug: 'tofersen',
    jurisdiction: 'EU',
    status: 'exceptional',
    date: '2024-05-31',
    datePrecision: 'day',
    note: 'Authorised under exceptional circumstances',
    source: QALSODY_SMPC,
  },
  {
    drug: 'tofersen',
    jurisdiction: 'JP',
    status: 'approved',
    date: '2024-12-27',
    datePrecision: 'day',
    note: 'Qalsody intrathecal 100 mg, SOD1-ALS',
    source: V('Biogen Japan press release', 2024, 'https://biogen.co.jp/news/2024-12-27-news.html'),
  },
  {
    drug: 'tofersen',
    jurisdiction: 'CA',
    status: 'accelerated',
    date: '2025-03-03',
    datePrecision: 'day',
    note: 'Notice of Compliance with Conditions (NOC/c)',
    source: V('Biogen Canada: Qalsody NOC/c', 2025),
  },
  {
    drug: 'tofersen',
    jurisdiction: 'UK',
    status: 'approved',
    date: '2025-07-22',
    datePrecision: 'day',
    note: 'MHRA, International Recognition Procedure',
    source: V('MHRA approves tofersen', 2025),
  },

  // Sodium phenylbutyrate-taurursodiol (AMX0035): withdrawn; never a new start.
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'CA',
    status: 'accelerated',
    date: '2022-06-13',
    datePrecision: 'month',
    note: 'Albrioza, NOC/c on the phase 2 CENTAUR trial',
    source: PB_TURSO_WITHDRAWAL_2024,
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'US',
    status: 'approved',
    date: '2022-09-29',
    datePrecision: 'month',
    note: 'Relyvrio, on the phase 2 CENTAUR trial',
    source: PB_TURSO_WITHDRAWAL_2024,
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'US',
    status: 'withdrawn',
    date: '2024-04-04',
    datePrecision: 'day',
    note: 'Withdrawn after PHOENIX; existing patients could move to a free-drug programme',
    source: PB_TURSO_WITHDRAWAL_2024,
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'CA',
    status: 'withdrawn',
    date: '2024-04-04',
    datePrecision: 'day',
    note: 'Withdrawn after PHOENIX',
    source: PB_TURSO_WITHDRAWAL_2024,
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'EU',
    status: 'not_approved',
    note: 'Never authorised in the EU',
    source: PB_TURSO_WITHDRAWAL_2024,
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'UK',
    status: 'not_approved',
    note: 'Never licensed in the UK',
    source: M('MHRA', 2024),
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'JP',
    status: 'not_approved',
    note: 'Never approved in Japan',
    source: M('PMDA', 2024),
  },

  // Ultra-high-dose methylcobalamin: Japan only.
  {
    drug: 'mecobalamin',
    jurisdiction: 'JP',
    status: 'approved',
    date: '2024-09-24',
    datePrecision: 'day',
    note: 'Rozebalamin 50 mg IM twice weekly (Eisai)',
    source: V('Eisai: Rozebalamin approval', 2024),
  },
];

/**
 * The status of `drug` in `jurisdiction` on `asOf`: the latest dated event on or before asOf, else
 * a standing undated row, else 'not_approved'.
 *
 * @example approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'US', '2025-01-01').status // 'withdrawn'
 */
export function approvalStatus(
  drug: DmtDrug,
  jurisdiction: Jurisdiction,
  asOf: IsoDate,
  events: readonly ApprovalEvent[] = APPROVAL_EVENTS,
): { status: ApprovalStatus; event?: ApprovalEvent } {
  let best: ApprovalEvent | undefined;
  let standing: ApprovalEvent | undefined;
  for (const e of events) {
    if (e.drug !== drug || e.jurisdiction !== jurisdiction) continue;
    if (e.date === undefined) standing = e;
    else if (e.date <= asOf && (best?.date === undefined || e.date >= best.date)) best = e;
  }
  const event = best ?? standing;
  return event ? { status: event.status, event } : { status: 'not_approved' };
}

/** True when `drug` may be offered as a new start in `jurisdiction` on `asOf`. */
export function isOfferable(drug: DmtDrug, jurisdiction: Jurisdiction, asOf: IsoDate): boolean {
  return OFFERABLE_STATUSES.includes(approvalStatus(drug, jurisdiction, asOf).status);
}

/** Every drug with its status in one jurisdiction on asOf (for the UI's drug panel). */
export function approvalsFor(jurisdiction: Jurisdiction, asOf: IsoDate): { drug: DmtDrug; status: ApprovalStatus }[] {
  return DMT_DRUGS.map((drug) => ({ drug, status: approvalStatus(drug, jurisdiction, asOf).status }));
}
