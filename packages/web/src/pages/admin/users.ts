/** Accounts as the admin screens read them (one query key, so a change refreshes every screen). */
import type { ApiUser } from '@betz/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiAll } from '../../api/client';

export const usersKey = ['admin', 'users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersKey,
    queryFn: ({ signal }) => apiAll<ApiUser>('/users', { signal }),
  });
}

/** What each role may do, in a few words (the server's access policy decides). */
export const ROLE_HINT: Readonly<Record<string, string>> = {
  admin: 'accounts and the audit log; no clinical data',
  clinician: 'all clinical reads and writes',
  nurse: 'registers patients; records all but exams, EMG, genetics, diagnosis',
  therapist: 'reads the record; records function and measurements',
  researcher: 'de-identified data only',
};

/** The server's password rules (contracts PasswordSchema and passwordProblem), shown before typing. */
export const PASSWORD_RULES =
  'At least 12 characters (a passphrase of a few words is good), at most 256; not a common password; must not contain the username; not one character repeated.';

export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
