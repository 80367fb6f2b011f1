/**
 * The approval table: when each disease-modifying drug, in each formulation, was licensed or
 * withdrawn in each jurisdiction, each row checked in the source it names (care reference §0,
 * re-checked against regulators' decisions and makers' releases; issue 14).
 *
 * A date is written at the precision it is known: '2017-05-05' (day), '2015-06' (month) or
 * '1998' (year). Where the source is an announcement ("today announced that ... approved"), the
 * announcement day is used: the decision falls on or before it, so the row never offers a drug
 * before it was licensed.
 */
import type { Source } from '../common/source.js';
import {
  AMYLYX_ALBRIOZA_CA_2022,
  AMYLYX_WITHDRAWAL_2024,
  BIOGEN_QALSODY_EU_2024,
  BIOGEN_QALSODY_JP_2024,
  BIOGEN_QALSODY_US_2023,
  EC_RILUTEK_1996,
  EISAI_ROZEBALAMIN_2024,
  FDA_RELYVRIO_2022,
  FDA_RILUZOLE_1995,
  MHRA_TOFERSEN_2025,
  MTPA_RADICAVA_2017,
  MTPC_RADICAVA_ORS_CA_2022,
  MTPC_RADICUT_ALS_2015,
  MTPC_RADICUT_ORAL_JP_2022,
  MTPCA_RADICAVA_CA_2018,
  QALSODY_CA_2025,
  RADICAVA_IV_CA_DISCONTINUED,
  RILUZOLE_JP_LAUNCH,
} from './sources.js';
import type { Jurisdiction } from './types.js';

export type DmtDrug = 'riluzole' | 'edaravone' | 'tofersen' | 'sodiumPhenylbutyrateTaurursodiol' | 'mecobalamin';

/**
 * How the drug is given. Only edaravone has two licensed forms with their own dates; a row
 * without a formulation covers the drug's only form.
 */
export type Formulation = 'iv' | 'oral';

export type ApprovalStatus = 'approved' | 'accelerated' | 'exceptional' | 'withdrawn' | 'not_approved';

/**
 * A date known to the day ('2017-05-05'), the month ('2015-06') or the year ('1998'). The engine
 * reads it as a window: possibly in force from the first day of the period, certainly from the
 * first day after it.
 */
export type PartialDate = string;

export interface ApprovalEvent {
  drug: DmtDrug;
  jurisdiction: Jurisdiction;
  /** Absent: the drug's only form, or (for a standing 'not_approved') every form. */
  formulation?: Formulation;
  status: ApprovalStatus;
  /** Effective date at its known precision; absent for a standing 'not_approved'. */
  date?: PartialDate;
  note: string;
  source: Source;
}

const M = (cite: string, year: number): Source => ({ cite, year, verification: 'M' });

/** Order does not matter. */
export const APPROVAL_EVENTS: readonly ApprovalEvent[] = [
  // Riluzole: licensed everywhere Betz runs.
  {
    drug: 'riluzole',
    jurisdiction: 'US',
    status: 'approved',
    date: '1995-12-12',
    note: 'Rilutek tablets; later also Tiglutik suspension and Exservan film',
    source: FDA_RILUZOLE_1995,
  },
  {
    drug: 'riluzole',
    jurisdiction: 'EU',
    status: 'approved',
    date: '1996-06-10',
    note: 'Rilutek, EU/1/96/010 (a trade report gives 11 June; the Commission decision is dated 10 June)',
    source: EC_RILUTEK_1996,
  },
  {
    drug: 'riluzole',
    jurisdiction: 'UK',
    status: 'approved',
    date: '1996-06-10',
    note: 'Licensed in the UK through the EU authorisation (the UK was a member state)',
    source: EC_RILUTEK_1996,
  },
  {
    drug: 'riluzole',
    jurisdiction: 'CA',
    status: 'approved',
    // Not verified here: no Health Canada notice or maker release for Rilutek was found. Kept at
    // the year of the care reference, so not offered before 2001-01-01.
    date: '2000',
    note: 'Rilutek, Health Canada (year from memory, not verified)',
    source: M('Health Canada Rilutek', 2000),
  },
  {
    drug: 'riluzole',
    jurisdiction: 'JP',
    status: 'approved',
    // The care reference had 1998 [M]. No primary source for the approval was found; the one
    // dated fact found is the launch in March 1999, by which the licence was certainly held, so
    // the row uses that month: offered from 1999-04-01, never before the licence.
    date: '1999-03',
    note: 'Rilutek, launched March 1999 (approval date not verified)',
    source: RILUZOLE_JP_LAUNCH,
  },

  // Edaravone: IV (Radicava / Radicut) and oral suspension (Radicava ORS / Radicut oral), each
  // with its own dates.
  {
    drug: 'edaravone',
    jurisdiction: 'JP',
    formulation: 'iv',
    status: 'approved',
    date: '2015-06',
    note: 'Radicut IV, ALS indication added (month only)',
    source: MTPC_RADICUT_ALS_2015,
  },
  {
    drug: 'edaravone',
    jurisdiction: 'JP',
    formulation: 'oral',
    status: 'approved',
    date: '2022-12-23',
    note: 'Radicut Oral Suspension 2.1 %, MHLW',
    source: MTPC_RADICUT_ORAL_JP_2022,
  },
  {
    drug: 'edaravone',
    jurisdiction: 'US',
    formulation: 'iv',
    status: 'approved',
    date: '2017-05-05',
    note: 'Radicava IV',
    source: MTPA_RADICAVA_2017,
  },
  {
    drug: 'edaravone',
    jurisdiction: 'US',
    formulation: 'oral',
    status: 'approved',
    // The maker gives 12 May 2022; news reports are dated 13 May (the day after). The care
    // reference had only "May 2022".
    date: '2022-05-12',
    note: 'Radicava ORS oral suspension',
    source: MTPC_RADICAVA_ORS_CA_2022,
  },
  {
    drug: 'edaravone',
    jurisdiction: 'CA',
    formulation: 'iv',
    status: 'approved',
    date: '2018-10-04',
    note: 'Radicava IV, Notice of Compliance (announcement day)',
    source: MTPCA_RADICAVA_CA_2018,
  },
  {
    drug: 'edaravone',
    jurisdiction: 'CA',
    formulation: 'iv',
    status: 'withdrawn',
    // Discontinued by the maker in favour of the oral form. The effective day of the
    // discontinuation was not found; from the announcement no new start is offered on IV.
    date: '2024-10-10',
    note: 'Radicava IV discontinued in Canada (announced); the oral suspension replaces it',
    source: RADICAVA_IV_CA_DISCONTINUED,
  },
  {
    drug: 'edaravone',
    jurisdiction: 'CA',
    formulation: 'oral',
    status: 'approved',
    date: '2022-11-08',
    note: 'Radicava Oral Suspension, Notice of Compliance',
    source: MTPC_RADICAVA_ORS_CA_2022,
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
    note: 'Accelerated approval on plasma NfL; continued approval needs confirmatory evidence',
    source: BIOGEN_QALSODY_US_2023,
  },
  {
    drug: 'tofersen',
    jurisdiction: 'EU',
    status: 'exceptional',
    // Biogen announced the Commission decision on 30 May 2024 (US time; 31 May in Europe); the
    // decision itself is on or before that. 31 May is kept: never early.
    date: '2024-05-31',
    note: 'Authorised under exceptional circumstances',
    source: BIOGEN_QALSODY_EU_2024,
  },
  {
    drug: 'tofersen',
    jurisdiction: 'JP',
    status: 'approved',
    date: '2024-12-27',
    note: 'Qalsody intrathecal 100 mg, SOD1-ALS',
    source: BIOGEN_QALSODY_JP_2024,
  },
  {
    drug: 'tofersen',
    jurisdiction: 'CA',
    status: 'accelerated',
    // ALS Canada gives 3 March 2025; the regulator's notice and Biogen Canada's release were not
    // found here, so the row keeps the month: offered from 2025-04-01.
    date: '2025-03',
    note: 'Notice of Compliance with Conditions (NOC/c); day not verified in a primary source',
    source: QALSODY_CA_2025,
  },
  {
    drug: 'tofersen',
    jurisdiction: 'UK',
    status: 'approved',
    // MHRA gives 22 July 2025; the MND Association's news of 28 July says "today". The regulator wins.
    date: '2025-07-22',
    note: 'MHRA, International Recognition Procedure',
    source: MHRA_TOFERSEN_2025,
  },

  // Sodium phenylbutyrate-taurursodiol (AMX0035): licensed in Canada and the US on the phase 2
  // CENTAUR trial, withdrawn for new patients after PHOENIX.
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'CA',
    status: 'accelerated',
    // The care reference had June 2022; the maker announced the NOC/c on 13 June 2022.
    date: '2022-06-13',
    note: 'Albrioza, NOC/c on the phase 2 CENTAUR trial (announcement day)',
    source: AMYLYX_ALBRIOZA_CA_2022,
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'US',
    status: 'approved',
    date: '2022-09-29',
    note: 'Relyvrio, on the phase 2 CENTAUR trial',
    source: FDA_RELYVRIO_2022,
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'US',
    status: 'withdrawn',
    date: '2024-04-04',
    note: 'No new patients from 4 April 2024 after PHOENIX; existing patients could move to a free drug programme',
    source: AMYLYX_WITHDRAWAL_2024,
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'CA',
    status: 'withdrawn',
    // Health Canada's letter of 7 June 2024 repeats "do not initiate" and sets the market
    // withdrawal by 31 December 2024; new starts ended on 4 April 2024.
    date: '2024-04-04',
    note: 'No new patients from 4 April 2024; off the Canadian market by 31 December 2024',
    source: AMYLYX_WITHDRAWAL_2024,
  },
  {
    drug: 'sodiumPhenylbutyrateTaurursodiol',
    jurisdiction: 'EU',
    status: 'not_approved',
    note: 'Never authorised in the EU',
    source: M('EMA (never authorised)', 2024),
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
    note: 'Rozebalamin 25 mg for injection; 50 mg IM twice weekly (Eisai)',
    source: EISAI_ROZEBALAMIN_2024,
  },
];
