// @vitest-environment happy-dom
import type { ApiUser } from '@betz/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClearSignInDelays } from './ClearSignInDelays';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const user = { id: 'u1', username: 'dr.lee' } as ApiUser;

function renderIt() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ClearSignInDelays user={user} />
    </QueryClientProvider>,
  );
}

describe("clearing an account's sign-in delays (issue 12)", () => {
  it('asks the server to clear them and says at how many computers', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push(`${init.method} ${url}`);
        return json(200, { cleared: 2 });
      }),
    );
    renderIt();
    fireEvent.click(screen.getByRole('button', { name: 'Clear sign-in delays' }));
    expect((await screen.findByRole('status')).textContent).toBe('cleared at 2 computers');
    expect(calls).toEqual(['DELETE /api/v1/users/u1/login-throttle']);
  });

  it("shows the server's refusal, naming the permission", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(403, { code: 'forbidden', message: 'your roles do not allow this: needs user.manage: held by admin' }),
      ),
    );
    renderIt();
    fireEvent.click(screen.getByRole('button', { name: 'Clear sign-in delays' }));
    expect(await screen.findByText(/needs user.manage: held by admin/)).toBeTruthy();
  });
});
