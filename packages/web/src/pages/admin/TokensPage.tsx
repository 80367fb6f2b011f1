/**
 * API tokens of the signed-in admin, for scripts (`Authorization: Bearer …`): the list (never the
 * secrets), a new token (shown once, with a copy button), and revoking one (confirmed in place).
 */
import type { ApiToken, ApiTokenCreated } from '@betz/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, apiAll } from '../../api/client';
import { Field, FormError, fieldError, formError } from '../../components/Field';
import { formatWhen } from './users';

const tokensKey = ['admin', 'tokens'] as const;

function statusOf(t: ApiToken, now: number): { text: string; className: string } {
  if (t.revokedAt) return { text: `revoked ${formatWhen(t.revokedAt)}`, className: 'badge done' };
  if (t.expiresAt && Date.parse(t.expiresAt) <= now) return { text: 'expired', className: 'badge done' };
  return { text: 'active', className: '' };
}

function NewToken({ token, onDismiss }: { token: ApiTokenCreated; onDismiss(): void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <section className="card new-token" aria-label="New token" role="status">
      <h3>Token “{token.name}” created: copy it now</h3>
      <p>
        This is the only time the token is shown; Betz keeps only its hash. Send it as{' '}
        <code>Authorization: Bearer …</code>.
      </p>
      <div className="token-line">
        <input
          readOnly
          aria-label="The new token"
          value={token.token}
          className="token-value"
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          className="primary"
          onClick={() => {
            navigator.clipboard
              ?.writeText(token.token)
              .then(() => setCopied('yes'))
              .catch(() => setCopied('failed'));
            if (!navigator.clipboard) setCopied('failed');
          }}
        >
          Copy token
        </button>
        <button type="button" onClick={onDismiss}>
          I have copied it
        </button>
        {copied === 'yes' && <span className="badge ok">✓ copied</span>}
        {copied === 'failed' && (
          <span className="badge due">! copy blocked by the browser: select the text and copy it</span>
        )}
      </div>
    </section>
  );
}

export function TokensPage() {
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey: tokensKey,
    queryFn: ({ signal }) => apiAll<ApiToken>('/auth/tokens', { signal }),
  });
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [fresh, setFresh] = useState<ApiTokenCreated | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api<ApiTokenCreated>('POST', '/auth/tokens', {
        body: { name, ...(days.trim() ? { expiresInDays: Number(days) } : {}) },
      }),
    onSuccess: async (t) => {
      setFresh(t);
      setName('');
      await queryClient.invalidateQueries({ queryKey: tokensKey });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/auth/tokens/${id}`),
    onSuccess: async () => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: tokensKey });
    },
  });
  const now = Date.now();
  const list = [...(tokens.data ?? [])].sort(
    (a, b) => Number(Boolean(a.revokedAt)) - Number(Boolean(b.revokedAt)) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <section aria-label="API tokens">
      <h2>API tokens</h2>
      <p className="muted">
        Your own tokens, for scripts and integrations: a token acts with your account and roles. Revoke one as soon as
        it is no longer needed.
      </p>
      <form
        className="card row-form"
        aria-label="Create an API token"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Field
          label="Token name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. nightly export"
          error={fieldError(create.error, 'name')}
        />
        <Field
          label="Expires after"
          type="number"
          min={1}
          max={3650}
          unit="days"
          className="num-field"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          hint="empty: until revoked"
          error={fieldError(create.error, 'expiresInDays')}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            Create token
          </button>
        </div>
        <FormError error={formError(create.error, ['name', 'expiresInDays'])} />
      </form>
      {fresh && <NewToken token={fresh} onDismiss={() => setFresh(null)} />}
      <FormError error={formError(tokens.error) ?? formError(revoke.error)} />
      <table className="grid tokens">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.isSuccess && list.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                No API token.
              </td>
            </tr>
          )}
          {list.map((t) => {
            const status = statusOf(t, now);
            return (
              <tr key={t.id} data-token={t.name}>
                <th scope="row">{t.name}</th>
                <td>{formatWhen(t.createdAt)}</td>
                <td>{t.expiresAt ? formatWhen(t.expiresAt) : 'until revoked'}</td>
                <td>{t.lastUsedAt ? formatWhen(t.lastUsedAt) : 'never'}</td>
                <td>{status.className ? <span className={status.className}>{status.text}</span> : status.text}</td>
                <td className="row-actions">
                  {!t.revokedAt &&
                    (confirming === t.id ? (
                      <>
                        <span>Revoke “{t.name}”? Scripts using it stop working.</span>{' '}
                        <button
                          type="button"
                          className="danger"
                          disabled={revoke.isPending}
                          onClick={() => revoke.mutate(t.id)}
                        >
                          Yes, revoke
                        </button>{' '}
                        <button type="button" onClick={() => setConfirming(null)}>
                          Keep
                        </button>
                      </>
                    ) : (
                      <button type="button" aria-label={`Revoke ${t.name}`} onClick={() => setConfirming(t.id)}>
                        Revoke
                      </button>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
