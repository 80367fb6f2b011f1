/** The frame of every signed-in screen: the app bar (who is signed in, sign out) and the page. */
import { Link, NavLink, Outlet } from 'react-router';
import { useSession } from '../auth/session';

export function Layout() {
  const { session, signOut, can } = useSession();
  return (
    <div className="app">
      <header className="appbar">
        <Link to="/" className="brand">
          Betz
        </Link>
        <nav aria-label="Main">
          {can('patient.list') && (
            <NavLink to="/" end>
              Patients
            </NavLink>
          )}
          {can('user.manage') && <NavLink to="/admin">Admin</NavLink>}
        </nav>
        <span className="spacer" />
        <span className="who">
          {session?.user.displayName} <span className="muted">({session?.user.roles.join(', ')})</span>
        </span>
        <NavLink to="/account/password" className="account-link">
          Change password
        </NavLink>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <div className="page">
        <Outlet />
      </div>
    </div>
  );
}
