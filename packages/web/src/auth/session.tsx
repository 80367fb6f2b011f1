/**
 * Who is signed in. The session lives in an HTTP-only cookie; the browser keeps nothing of it but
 * the CSRF token, in memory. When a request answers 401 the session has ended: the page stays
 * mounted (what the user typed is kept) and a sign-in dialog lays over it; signing in again
 * closes the dialog and the user carries on.
 */
import { type Action, type ApiFactKind, type ApiSession, can as policyAllows } from '@betz/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, onSessionEnded, setCsrfToken } from '../api/client';

export type Session = ApiSession;

interface SessionContextValue {
  /** undefined while the first check runs; null when nobody is signed in. */
  session: Session | null | undefined;
  /** True when a signed-in session ended under the user (expired, or signed out elsewhere). */
  expired: boolean;
  signIn(username: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
  adopt(session: Session): void;
  /** Whether the signed-in user may do `action` (on facts of `kind`): the server's own access policy. */
  can(action: Action, kind?: ApiFactKind): boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const queryClient = useQueryClient();

  const adopt = useCallback(
    (next: Session) => {
      setCsrfToken(next.csrfToken);
      setSession((previous) => {
        // Another user at the same workstation must not see the previous user's cached data.
        if (previous && previous.user.id !== next.user.id) queryClient.clear();
        return next;
      });
      setExpired(false);
    },
    [queryClient],
  );

  useEffect(() => {
    let cancelled = false;
    api<Session>('GET', '/auth/session', { quietUnauthenticated: true })
      .then((s) => {
        if (!cancelled) adopt(s);
      })
      .catch(() => {
        if (!cancelled) setSession(null);
      });
    return () => {
      cancelled = true;
    };
  }, [adopt]);

  useEffect(() => {
    onSessionEnded(() => setExpired(true));
    return () => onSessionEnded(null);
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      expired,
      async signIn(username, password) {
        const next = await api<Session>('POST', '/auth/login', {
          body: { username, password },
          quietUnauthenticated: true,
        });
        adopt(next);
        // Queries that failed while the session was gone run again.
        await queryClient.invalidateQueries();
        return next;
      },
      async signOut() {
        try {
          await api('POST', '/auth/logout', { quietUnauthenticated: true });
        } finally {
          setCsrfToken(null);
          queryClient.clear();
          setSession(null);
          setExpired(false);
        }
      },
      adopt,
      can(action, kind) {
        return session ? policyAllows(session.user, action, kind) : false;
      },
    }),
    [session, expired, adopt, queryClient],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
