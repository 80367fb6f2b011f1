/** Sign in; or, on a new installation, create the first admin with the setup token the server printed. */
import type { ApiSetupStatus, ApiUser } from '@betz/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import { Field, FormError, fieldError, formError } from '../components/Field';
import { useSession } from './session';

export function SignInForm({ username: fixedUsername }: { username?: string }) {
  const { signIn } = useSession();
  const [username, setUsername] = useState(fixedUsername ?? '');
  const [password, setPassword] = useState('');
  const login = useMutation({ mutationFn: () => signIn(username, password) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <form onSubmit={submit} className="stack" aria-label="Sign in">
      <Field
        label="Username"
        name="username"
        autoComplete="username"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        readOnly={fixedUsername !== undefined}
        required
        autoFocus={fixedUsername === undefined}
        error={fieldError(login.error, 'username')}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        autoFocus={fixedUsername !== undefined}
        error={fieldError(login.error, 'password')}
      />
      <FormError error={formError(login.error, ['username', 'password'])} />
      <button type="submit" className="primary" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

function SetupForm() {
  const { signIn } = useSession();
  const [form, setForm] = useState({ setupToken: '', username: 'admin', displayName: '', password: '' });
  const [alsoClinician, setAlsoClinician] = useState(true);
  const setup = useMutation({
    mutationFn: async () => {
      await api<ApiUser>('POST', '/setup', {
        body: { ...form, ...(alsoClinician ? { alsoRoles: ['clinician'] } : {}) },
        quietUnauthenticated: true,
      });
      // The account exists: sign in with it (setup answers the new user, not a session).
      return signIn(form.username, form.password);
    },
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <form
      className="stack"
      aria-label="Create the first admin"
      onSubmit={(e) => {
        e.preventDefault();
        setup.mutate();
      }}
    >
      <p>
        This Betz has no accounts yet. Paste the one-time setup token that <code>betz serve</code> printed when it
        started, and choose the administrator's username and password.
      </p>
      <Field
        label="Setup token"
        name="setupToken"
        value={form.setupToken}
        onChange={set('setupToken')}
        required
        autoFocus
        error={fieldError(setup.error, 'setupToken')}
      />
      <Field
        label="Username"
        name="username"
        autoComplete="username"
        value={form.username}
        onChange={set('username')}
        required
        error={fieldError(setup.error, 'username')}
      />
      <Field
        label="Your name"
        name="displayName"
        autoComplete="name"
        value={form.displayName}
        onChange={set('displayName')}
        required
        error={fieldError(setup.error, 'displayName')}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        value={form.password}
        onChange={set('password')}
        required
        hint="12 characters or more; a passphrase of a few words is good"
        error={fieldError(setup.error, 'password')}
      />
      <label className="check">
        <input type="checkbox" checked={alsoClinician} onChange={(e) => setAlsoClinician(e.target.checked)} /> I also
        see patients (add the clinician role)
      </label>
      <FormError error={formError(setup.error, ['setupToken', 'username', 'displayName', 'password'])} />
      <button type="submit" className="primary" disabled={setup.isPending}>
        Create the admin and sign in
      </button>
    </form>
  );
}

export function SignInPage() {
  const status = useQuery({
    queryKey: ['setup'],
    queryFn: () => api<ApiSetupStatus>('GET', '/setup', { quietUnauthenticated: true }),
  });
  return (
    <main className="signin">
      <h1>
        Betz <span className="tagline">ALS clinic</span>
      </h1>
      {status.data?.setupOpen ? <SetupForm /> : <SignInForm />}
      <p className="fineprint">Decision support: Betz explains and cites; the clinician decides.</p>
    </main>
  );
}
