// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecisionForm } from './DecisionForm';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const rec = {
  code: 'breathing.niv.offer' as const,
  title: 'Offer NIV',
  triggerMeasure: 'fvcPercentPredicted' as const,
  triggerValue: 45,
};

function renderForm(action: 'declined' | 'deferred', onClose = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <DecisionForm patientId="p1" rec={rec} mode={{ kind: 'new', action }} today="2025-03-01" onClose={onClose} />
    </QueryClientProvider>,
  );
  return onClose;
}

describe('DecisionForm', () => {
  it('refuses a decline without a reason, at the reason field, without calling the API', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderForm('declined');
    fireEvent.click(screen.getByRole('button', { name: 'Record: decline' }));
    const input = screen.getByLabelText('Reason (required)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'say why it was declined',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the API error of a field at that field (data.until)', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            code: 'validation_failed',
            message: 'invalid',
            issues: [{ in: 'body', path: 'data.until', message: 'is after the end of follow-up' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/json' } },
        ),
    );
    vi.stubGlobal('fetch', fetch);
    renderForm('deferred');
    fireEvent.change(screen.getByLabelText('Come back to it on'), { target: { value: '2025-06-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record: defer' }));
    await waitFor(() => expect(screen.getByLabelText('Come back to it on').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('is after the end of follow-up')).toBeTruthy();
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({
      data: {
        code: 'breathing.niv.offer',
        status: 'deferred',
        date: '2025-03-01',
        until: '2025-06-01',
        triggerMeasure: 'fvcPercentPredicted',
        triggerValue: 45,
      },
    });
  });
});
