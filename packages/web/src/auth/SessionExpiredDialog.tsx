/**
 * The session ended while the user worked: a modal sign-in over the page. The page underneath
 * stays mounted, so a half-entered visit is still there after signing in again.
 */
import { useEffect, useRef } from 'react';
import { SignInForm } from './SignInPage';
import { useSession } from './session';

export function SessionExpiredDialog() {
  const { session } = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="modal" aria-labelledby="expired-title" onCancel={(e) => e.preventDefault()}>
      <h2 id="expired-title">Your session has ended</h2>
      <p>
        For safety Betz signs out after a while without activity. Sign in again to carry on: nothing you typed on this
        page has been lost, but it is not saved yet.
      </p>
      <SignInForm {...(session ? { username: session.user.username } : {})} />
    </dialog>
  );
}
