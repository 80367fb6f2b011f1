/**
 * An admin clears an account's sign-in delays (after a colleague mistyped, or an attack slowed the
 * account down at some computers): the server drops the counts from every computer and audits it.
 * Wrong passwords never lock an account, so this is a convenience, not a rescue.
 */
import type { ApiUser } from '@betz/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { FormError, formError } from '../../components/Field';

export function ClearSignInDelays({ user }: { user: ApiUser }) {
  const clear = useMutation({
    mutationFn: () => api<{ cleared: number }>('DELETE', `/users/${user.id}/login-throttle`),
  });
  const cleared = clear.data?.cleared;
  return (
    <div className="field">
      <span className="field-label">Sign-in delays</span>
      <button type="button" onClick={() => clear.mutate()} disabled={clear.isPending}>
        Clear sign-in delays
      </button>
      {cleared !== undefined && (
        <span role="status" className="muted">
          {cleared === 0 ? 'none to clear' : `cleared at ${cleared} computer${cleared === 1 ? '' : 's'}`}
        </span>
      )}
      <FormError error={formError(clear.error, [])} />
    </div>
  );
}
