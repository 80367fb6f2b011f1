import { describe, expect, it } from 'vitest';
import {
  APPROVAL_EVENTS,
  type ApprovalEvent,
  approvalStatus,
  approvalsFor,
  DMT_DRUGS,
  datePrecision,
  eventWindow,
  formulationStatuses,
  isOfferable,
  isWithdrawn,
  licensedFormulations,
  OFFERABLE_STATUSES,
} from './approvals.js';
import { JURISDICTIONS } from './types.js';

describe('approval table (care reference §0): date-stamped status per jurisdiction', () => {
  it('sodium phenylbutyrate-taurursodiol: US from 29 Sept 2022 (FDA), withdrawn from 4 April 2024 (Amylyx 8-K)', () => {
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'US', '2022-09-28').status).toBe('not_approved');
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'US', '2022-09-29').status).toBe('approved');
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'US', '2024-04-03').status).toBe('approved');
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'US', '2024-04-04').status).toBe('withdrawn');
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'CA', '2025-01-01').status).toBe('withdrawn');
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'EU', '2025-01-01').status).toBe('not_approved');
  });
  it('Albrioza: Canada from 13 June 2022 (Amylyx release), the first approval anywhere', () => {
    expect(isOfferable('sodiumPhenylbutyrateTaurursodiol', 'CA', '2022-06-12')).toBe(false);
    expect(isOfferable('sodiumPhenylbutyrateTaurursodiol', 'CA', '2022-06-13')).toBe(true);
    expect(isWithdrawn('sodiumPhenylbutyrateTaurursodiol', 'CA', '2024-04-03')).toBe(false);
    expect(isWithdrawn('sodiumPhenylbutyrateTaurursodiol', 'CA', '2024-04-04')).toBe(true);
  });
  it('edaravone: US, Canada and Japan, not the EU or UK', () => {
    expect(approvalsFor('US', '2025-01-01').find((a) => a.drug === 'edaravone')?.status).toBe('approved');
    expect(approvalStatus('edaravone', 'EU', '2025-01-01').status).toBe('not_approved');
    expect(approvalStatus('edaravone', 'UK', '2025-01-01').status).toBe('not_approved');
  });
  it('tofersen: accelerated (US, 25 April 2023), exceptional circumstances (EU)', () => {
    expect(approvalStatus('tofersen', 'US', '2023-04-25').status).toBe('accelerated');
    expect(approvalStatus('tofersen', 'US', '2023-04-24').status).toBe('not_approved');
    expect(approvalStatus('tofersen', 'EU', '2024-06-01').status).toBe('exceptional');
  });
  it('mecobalamin: Japan only', () => {
    for (const j of JURISDICTIONS) expect(isOfferable('mecobalamin', j, '2025-01-01')).toBe(j === 'JP');
  });
  it('riluzole is not the only licensed drug anywhere in 2025 (the seed article is out of date)', () => {
    for (const j of JURISDICTIONS) {
      const offerable = DMT_DRUGS.filter((d) => isOfferable(d, j, '2025-08-01'));
      expect(offerable).toContain('riluzole');
      expect(offerable.length).toBeGreaterThan(1);
    }
  });
  it('every row names a source with a year; every dated row has a URL to check it by', () => {
    for (const e of APPROVAL_EVENTS) {
      expect(e.source.cite.length).toBeGreaterThan(0);
      expect(e.source.year).toBeGreaterThan(1990);
      if (e.date !== undefined && e.source.verification !== 'M') expect(e.source.url, e.note).toMatch(/^https?:/);
    }
  });
  it('an approval dated to the day was read in its source (V); anything less is kept at its month or year', () => {
    for (const e of APPROVAL_EVENTS) {
      if (e.date === undefined || !OFFERABLE_STATUSES.includes(e.status)) continue;
      if (datePrecision(e.date) === 'day') expect(e.source.verification, `${e.drug} ${e.jurisdiction}`).toBe('V');
    }
  });
});

describe('date precision (issue 14): a month or a year is a window, never its first day', () => {
  it('eventWindow: day, month, December, year', () => {
    expect(eventWindow('2017-05-05')).toEqual({ possibleFrom: '2017-05-05', certainFrom: '2017-05-05' });
    expect(eventWindow('2015-06')).toEqual({ possibleFrom: '2015-06-01', certainFrom: '2015-07-01' });
    expect(eventWindow('2024-12')).toEqual({ possibleFrom: '2024-12-01', certainFrom: '2025-01-01' });
    expect(eventWindow('2000')).toEqual({ possibleFrom: '2000-01-01', certainFrom: '2001-01-01' });
    expect(() => eventWindow('2015-6')).toThrow(/not a day, month or year/);
  });
  it('Radicut IV for ALS, "June 2015" (maker): not offered on 1 or 30 June, offered from 1 July', () => {
    expect(isOfferable('edaravone', 'JP', '2015-06-01')).toBe(false);
    expect(isOfferable('edaravone', 'JP', '2015-06-30')).toBe(false);
    expect(isOfferable('edaravone', 'JP', '2015-07-01')).toBe(true);
  });
  it('riluzole in Japan (launch March 1999) and Canada (year 2000, not verified): offered only after the period', () => {
    expect(isOfferable('riluzole', 'JP', '1999-03-31')).toBe(false);
    expect(isOfferable('riluzole', 'JP', '1999-04-01')).toBe(true);
    expect(isOfferable('riluzole', 'CA', '2000-12-31')).toBe(false);
    expect(isOfferable('riluzole', 'CA', '2001-01-01')).toBe(true);
  });
  it('tofersen in Canada (March 2025, no primary source read): offered from 1 April 2025', () => {
    expect(isOfferable('tofersen', 'CA', '2025-03-03')).toBe(false);
    expect(isOfferable('tofersen', 'CA', '2025-04-01')).toBe(true);
  });
  it('a withdrawal known to the month stops new starts from its first day and is certain only after it', () => {
    const rows: ApprovalEvent[] = [
      { drug: 'riluzole', jurisdiction: 'US', status: 'approved', date: '2000-01-01', note: '', source: s() },
      { drug: 'riluzole', jurisdiction: 'US', status: 'withdrawn', date: '2010-05', note: '', source: s() },
    ];
    const on = (d: string) => formulationStatuses('riluzole', 'US', d, rows)[0]!;
    expect(on('2010-04-30')).toMatchObject({ status: 'approved', offerable: true });
    expect(on('2010-05-01')).toMatchObject({ status: 'approved', offerable: false });
    expect(on('2010-05-31').pending?.status).toBe('withdrawn');
    expect(on('2010-06-01')).toMatchObject({ status: 'withdrawn', offerable: false });
    expect(approvalStatus('riluzole', 'US', '2010-05-15', rows).status).toBe('withdrawn');
  });
});

describe('formulations (issue 14): edaravone IV and oral have their own dates', () => {
  it('US: IV from 5 May 2017 (MTPA), oral suspension from 12 May 2022 (MTPC)', () => {
    expect(licensedFormulations('edaravone', 'US', '2017-05-04')).toEqual([]);
    expect(licensedFormulations('edaravone', 'US', '2017-05-05')).toEqual(['iv']);
    expect(licensedFormulations('edaravone', 'US', '2022-05-11')).toEqual(['iv']);
    expect(licensedFormulations('edaravone', 'US', '2022-05-12')).toEqual(['iv', 'oral']);
  });
  it('Canada: IV from 4 Oct 2018, oral from 8 Nov 2022, IV discontinued from 10 Oct 2024', () => {
    expect(licensedFormulations('edaravone', 'CA', '2018-10-03')).toEqual([]);
    expect(licensedFormulations('edaravone', 'CA', '2018-10-04')).toEqual(['iv']);
    expect(licensedFormulations('edaravone', 'CA', '2022-11-08')).toEqual(['iv', 'oral']);
    expect(licensedFormulations('edaravone', 'CA', '2024-10-10')).toEqual(['oral']);
    expect(approvalStatus('edaravone', 'CA', '2025-01-01').status).toBe('approved');
  });
  it('Japan: IV from July 2015 (month only), oral from 23 Dec 2022 (MHLW, per MTPC)', () => {
    expect(licensedFormulations('edaravone', 'JP', '2022-12-22')).toEqual(['iv']);
    expect(licensedFormulations('edaravone', 'JP', '2022-12-23')).toEqual(['iv', 'oral']);
  });
  it('EU and UK: no formulation at any date', () => {
    for (const j of ['EU', 'UK'] as const) expect(licensedFormulations('edaravone', j, '2026-01-01')).toEqual([]);
  });
});

function s() {
  return { cite: 'synthetic', year: 2000 };
}
