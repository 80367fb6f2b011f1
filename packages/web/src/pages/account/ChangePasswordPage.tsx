/**
 * Change my password (any signed-in user): the current password, the new one twice. The server
 * ends every other session of the account and renews this one (the new session is adopted, so the
 * user stays signed in here).
 */
import type { ApiSession } from '@betz/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';
import { Field, FormError, fieldError, formError } from '../../components/Field';

const RULES =
  'At least 12 characters (a passphrase of a few words is good), at most 256; not a common password; must not contain your username; not one character repeated.';

export function ChangePasswordPage() {
  const { session, adopt } = useSession();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const change = useMutation({
    mutationFn: () =>
      api<ApiSession>('POST', '/auth/password', {
        body: { currentPassword: form.currentPassword, newPassword: form.newPassword },
      }),
    onSuccess: (next) => {
      adopt(next);
      setForm({ currentPassword: '', newPassword: '', repeat: '' });
      setDone(true);
    },
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setDone(false);
    if (key !== 'currentPassword') setMismatch(false);
  };
  return (
    <main className="narrow">
      <h1>Change my password</h1>
      <p className="muted">
        Signed in as {session?.user.displayName} ({session?.user.username}). Your other sessions end when the password
        changes; this one continues.
      </p>
      <form
        className="card stack"
        aria-label="Change my password"
        onSubmit={(e) => {
          e.preventDefault();
          if (form.newPassword !== form.repeat) {
            setMismatch(true);
            return;
          }
          change.mutate();
        }}
      >
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={session?.user.username ?? ''}
          readOnly
          hidden
        />
        <Field
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={form.currentPassword}
          onChange={set('currentPassword')}
          error={fieldError(change.error, 'currentPassword')}
        />
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          value={form.newPassword}
          onChange={set('newPassword')}
          hint={RULES}
          error={fieldError(change.error, 'newPassword')}
        />
        <Field
          label="New password again"
          type="password"
          autoComplete="new-password"
          value={form.repeat}
          onChange={set('repeat')}
          error={mismatch ? 'does not match the new password' : undefined}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={change.isPending}>
            Change password
          </button>
          {done && (
            <span role="status" className="badge ok">
              ✓ password changed
            </span>
          )}
        </div>
        <FormError error={formError(change.error, ['currentPassword', 'newPassword'])} />
      </form>
    </main>
  );
}
