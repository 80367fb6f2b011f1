import { describe, expect, it } from 'vitest';
import { APPROVAL_EVENTS, approvalStatus, approvalsFor, DMT_DRUGS, isOfferable } from './approvals.js';
import { JURISDICTIONS } from './types.js';

describe('approval table (care reference §0): date-stamped status per jurisdiction', () => {
  it('sodium phenylbutyrate-taurursodiol: approved in the US from Sept 2022, withdrawn from 4 April 2024', () => {
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'US', '2023-06-01').status).toBe('approved');
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'US', '2024-04-03').status).toBe('approved');
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'US', '2024-04-04').status).toBe('withdrawn');
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'CA', '2025-01-01').status).toBe('withdrawn');
    expect(approvalStatus('sodiumPhenylbutyrateTaurursodiol', 'EU', '2025-01-01').status).toBe('not_approved');
  });
  it('edaravone: US and Canada and Japan, not the EU or UK', () => {
    expect(approvalsFor('US', '2025-01-01').find((a) => a.drug === 'edaravone')?.status).toBe('approved');
    expect(approvalStatus('edaravone', 'EU', '2025-01-01').status).toBe('not_approved');
    expect(approvalStatus('edaravone', 'UK', '2025-01-01').status).toBe('not_approved');
  });
  it('tofersen: accelerated (US), exceptional circumstances (EU)', () => {
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
  it('every row names a source with a year', () => {
    for (const e of APPROVAL_EVENTS) {
      expect(e.source.cite.length).toBeGreaterThan(0);
      expect(e.source.year).toBeGreaterThan(1990);
    }
  });
});
