/**
 * Accounts and roles: the list, a new account (the password rules shown before typing), and an
 * account's edit (display name, roles, disabled, a password reset, clearing its sign-in delays). A change made by someone else
 * meanwhile (409) shows both versions and the admin chooses; the server's refusals (an admin
 * locking themselves out) appear at the control they concern.
 */
import type { ApiRole, ApiUser } from '@betz/contracts';
import { ROLES } from '@betz/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useId, useState } from 'react';
import { Link } from 'react-router';
import { ApiRequestError, api } from '../../api/client';
import { useSession } from '../../auth/session';
import { ConflictNotice } from '../../components/ConflictNotice';
import { Field, FormError, fieldError, formError } from '../../components/Field';
import { ClearSignInDelays } from './ClearSignInDelays';
import { formatWhen, PASSWORD_RULES, ROLE_HINT, usersKey, useUsers } from './users';

function RolePicker({
  value,
  onChange,
  error,
  legend = 'Roles',
}: {
  value: readonly ApiRole[];
  onChange(roles: ApiRole[]): void;
  error: string | undefined;
  legend?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className={`roles${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {ROLES.map((role) => (
        <label key={role} className="check" title={ROLE_HINT[role]}>
          <input
            type="checkbox"
            checked={value.includes(role)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? ROLES.filter((r) => r === role || value.includes(r))
                  : value.filter((r) => r !== role),
              )
            }
          />
          {role} <span className="muted role-hint">{ROLE_HINT[role]}</span>
        </label>
      ))}
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}

function NewUserForm({ onClose }: { onClose(): void }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ username: '', displayName: '', password: '' });
  const [roles, setRoles] = useState<ApiRole[]>(['clinician']);
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api<ApiUser>('POST', '/users', { body: { ...form, roles } }),
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: usersKey });
      setCreated(`${user.username} (${user.roles.join(', ')})`);
      setForm({ username: '', displayName: '', password: '' });
    },
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setCreated(null);
  };
  return (
    <form
      className="card"
      aria-label="New user"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h2>New user</h2>
      <div className="row-form">
        <Field
          label="Username"
          value={form.username}
          onChange={set('username')}
          autoComplete="off"
          autoFocus
          hint="lower-case letters, digits, . _ -"
          error={fieldError(create.error, 'username')}
        />
        <Field
          label="Display name"
          value={form.displayName}
          onChange={set('displayName')}
          autoComplete="off"
          error={fieldError(create.error, 'displayName')}
        />
        <Field
          label="Initial password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          hint={PASSWORD_RULES}
          className="password-field"
          error={fieldError(create.error, 'password')}
        />
      </div>
      <RolePicker value={roles} onChange={setRoles} error={fieldError(create.error, 'roles')} />
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          Create user
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        {created && (
          <span role="status" className="badge ok">
            ✓ created {created}
          </span>
        )}
      </div>
      <FormError error={formError(create.error, ['username', 'displayName', 'password', 'roles'])} />
    </form>
  );
}

interface EditState {
  displayName: string;
  roles: ApiRole[];
  disabled: boolean;
  password: string;
}

const editOf = (u: ApiUser): EditState => ({
  displayName: u.displayName,
  roles: [...u.roles],
  disabled: u.disabled,
  password: '',
});

/** The fields of `mine` that differ from `base`, as the PATCH body wants them. */
function changes(base: ApiUser, mine: EditState): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (mine.displayName !== base.displayName) body.displayName = mine.displayName;
  if (mine.roles.join() !== ROLES.filter((r) => base.roles.includes(r)).join()) body.roles = mine.roles;
  if (mine.disabled !== base.disabled) body.disabled = mine.disabled;
  if (mine.password) body.password = mine.password;
  return body;
}

function EditUserForm({ user, onClose }: { user: ApiUser; onClose(): void }) {
  const queryClient = useQueryClient();
  const { session } = useSession();
  const id = useId();
  const [base, setBase] = useState(user);
  const [form, setForm] = useState<EditState>(() => editOf(user));
  const [conflict, setConflict] = useState<ApiUser | null>(null);
  const self = session?.user.id === user.id;
  const save = useMutation({
    mutationFn: (args: { version: number; body: Record<string, unknown> }) =>
      api<ApiUser>('PATCH', `/users/${user.id}`, { body: { version: args.version, ...args.body } }),
    onSuccess: async () => {
      setConflict(null);
      await queryClient.invalidateQueries({ queryKey: usersKey });
      onClose();
    },
    onError: async (error) => {
      if (error instanceof ApiRequestError && error.status === 409) {
        setConflict(await api<ApiUser>('GET', `/users/${user.id}`));
        // The list shows the saved version too, not the one this edit started from.
        await queryClient.invalidateQueries({ queryKey: usersKey });
      }
    },
  });
  const rolesText = (roles: readonly string[]) => roles.join(', ');
  const disabledError = fieldError(save.error, 'disabled');
  const body = changes(base, form);
  return (
    <form
      className="card edit-user"
      aria-label={`Edit ${user.username}`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ version: base.version, body });
      }}
    >
      <h2>
        Edit {user.username} {self && <span className="muted">(you)</span>}
      </h2>
      <div className="row-form">
        <Field
          label="Display name"
          value={form.displayName}
          onChange={(e) => setForm((f) => ({ ...f, displayName: e.target.value }))}
          error={fieldError(save.error, 'displayName')}
        />
        <Field
          label="Reset password (optional)"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => setForm((f) => ({ ...f, password: e.target.value }))}
          hint={`${PASSWORD_RULES} The user’s sessions end.`}
          className="password-field"
          error={fieldError(save.error, 'password')}
        />
        <div className={`field${disabledError ? ' field-invalid' : ''}`}>
          <span className="field-label">Account</span>
          <label className="check">
            <input
              type="checkbox"
              checked={form.disabled}
              onChange={(e) => setForm((f) => ({ ...f, disabled: e.target.checked }))}
              aria-invalid={disabledError ? true : undefined}
              aria-describedby={disabledError ? `${id}-disabled-error` : undefined}
            />
            Disabled (cannot sign in; sessions end)
          </label>
          {disabledError && (
            <span id={`${id}-disabled-error`} className="error" role="alert">
              {disabledError}
            </span>
          )}
        </div>
        <ClearSignInDelays user={user} />
      </div>
      <RolePicker
        value={form.roles}
        onChange={(roles) => setForm((f) => ({ ...f, roles }))}
        error={fieldError(save.error, 'roles')}
      />
      {conflict ? (
        <ConflictNotice
          busy={save.isPending}
          fields={[
            { label: 'Display name', mine: form.displayName, theirs: conflict.displayName },
            { label: 'Roles', mine: rolesText(form.roles), theirs: rolesText(conflict.roles) },
            {
              label: 'Account',
              mine: form.disabled ? 'disabled' : 'active',
              theirs: conflict.disabled ? 'disabled' : 'active',
            },
            {
              label: 'Version',
              mine: `edited from ${base.version}`,
              theirs: `${conflict.version}, ${formatWhen(conflict.updatedAt)}`,
            },
          ]}
          onKeepTheirs={() => {
            setBase(conflict);
            setForm(editOf(conflict));
            setConflict(null);
            save.reset();
          }}
          onSaveMine={() => save.mutate({ version: conflict.version, body: changes(conflict, form) })}
        />
      ) : (
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending || Object.keys(body).length === 0}>
            Save changes
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <span className="muted">version {base.version}</span>
        </div>
      )}
      {!conflict && (
        <FormError error={formError(save.error, ['displayName', 'password', 'roles', 'disabled', 'version'])} />
      )}
    </form>
  );
}

export function UsersPage() {
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const list = [...(users.data ?? [])].sort(
    (a, b) => Number(a.disabled) - Number(b.disabled) || a.username.localeCompare(b.username),
  );
  return (
    <section aria-label="Users and roles">
      <div className="toolbar">
        <h2>Users and roles</h2>
        <span className="muted">{users.data ? `${users.data.length} accounts` : ''}</span>
        <span className="spacer" />
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New user
          </button>
        )}
      </div>
      {creating && <NewUserForm onClose={() => setCreating(false)} />}
      <FormError error={formError(users.error)} />
      <table className="grid users">
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Display name</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
            <th scope="col">Password changed</th>
            <th scope="col">Last change</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((u) => (
            <Fragment key={u.id}>
              <tr className={u.disabled ? 'disabled-row' : undefined}>
                <th scope="row">{u.username}</th>
                <td>{u.displayName}</td>
                <td>{u.roles.join(', ')}</td>
                <td>{u.disabled ? <span className="badge done">disabled</span> : 'active'}</td>
                <td>{formatWhen(u.passwordChangedAt)}</td>
                <td>
                  {formatWhen(u.updatedAt)} <span className="muted">v{u.version}</span>
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-expanded={editing === u.id}
                    aria-label={`Edit ${u.username}`}
                    onClick={() => setEditing(editing === u.id ? null : u.id)}
                  >
                    Edit
                  </button>{' '}
                  <Link to={`/admin/audit?userId=${u.id}`} aria-label={`Audit log of ${u.username}`}>
                    Audit log
                  </Link>
                </td>
              </tr>
              {editing === u.id && (
                <tr>
                  <td colSpan={7}>
                    <EditUserForm user={u} onClose={() => setEditing(null)} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
