// @vitest-environment happy-dom
import type { CareDecision } from '@betz/engine';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FactRecord } from '../../api/patient';
import { changedFields } from './ConflictDialog';
import { DecisionForm } from './DecisionForm';

beforeAll(() => {
  // happy-dom's <dialog> may lack showModal: open it as the browser would.
  if (!HTMLDialogElement.prototype.showModal)
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const mine: CareDecision = { code: 'breathing.niv.offer', status: 'deferred', date: '2025-03-01', until: '2025-05-01' };
const stored: FactRecord<CareDecision> = {
  id: 'd1',
  kind: 'careDecision',
  patientId: 'p1',
  visitId: null,
  version: 1,
  recordedAt: '2025-03-01T09:00:00Z',
  recordedBy: 'u1',
  updatedAt: '2025-03-01T09:00:00Z',
  updatedBy: 'u1',
  changeReason: null,
  retracted: null,
  data: {
    code: 'breathing.niv.offer',
    status: 'deferred',
    date: '2025-03-01',
    until: '2025-04-01',
    triggerMeasure: 'fvcPercentPredicted',
    triggerValue: 48,
  },
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('changedFields', () => {
  it('names the fields where two versions differ', () => {
    expect(changedFields(mine, { ...mine, until: '2025-06-01', reason: 'family' })).toEqual(['until', 'reason']);
    expect(changedFields(mine, mine)).toEqual([]);
  });
});

describe('a correction that meets a newer version (409)', () => {
  it('shows both versions and saves mine over the current one with its version', async () => {
    const current = { ...stored, version: 2, data: { ...stored.data, until: '2025-07-01', reason: 'patient asked' } };
    const calls: { method: string; url: string; body?: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        const body = init.body ? JSON.parse(String(init.body)) : undefined;
        calls.push({ method: String(init.method), url, body });
        if (init.method === 'GET') return json(200, { record: current, revisions: [] });
        if (calls.filter((c) => c.method === 'PUT').length === 1)
          return json(409, { code: 'version_conflict', message: 'changed meanwhile', currentVersion: 2 });
        return json(200, { ...current, version: 3 });
      }),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
    const onClose = vi.fn();
    render(
      <QueryClientProvider client={client}>
        <DecisionForm
          patientId="p1"
          rec={{
            code: 'breathing.niv.offer',
            title: 'Offer NIV',
            triggerMeasure: 'fvcPercentPredicted',
            triggerValue: 41,
          }}
          mode={{ kind: 'correct', record: stored }}
          today="2025-03-01"
          onClose={onClose}
        />
      </QueryClientProvider>,
    );
    fireEvent.change(screen.getByLabelText('Come back to it on'), { target: { value: '2025-05-01' } });
    fireEvent.change(screen.getByLabelText('Why correct it'), { target: { value: 'wrong date' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    await screen.findByText('This decision was changed meanwhile');
    await screen.findByText('Current (version 2)');
    expect(screen.getByText('2025-07-01')).toBeTruthy();
    expect(screen.getByText('2025-05-01')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save mine over it' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const puts = calls.filter((c) => c.method === 'PUT');
    // The correction keeps the value stored at decision time (48), not today's (41).
    expect(puts[0]?.body).toMatchObject({
      version: 1,
      reason: 'wrong date',
      data: { until: '2025-05-01', triggerValue: 48 },
    });
    expect(puts[1]?.body).toMatchObject({ version: 2, reason: 'wrong date', data: { until: '2025-05-01' } });
  });
});
