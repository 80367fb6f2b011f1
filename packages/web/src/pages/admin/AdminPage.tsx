/**
 * Admin (admin role only): accounts and roles, the admin's own API tokens, the audit log. One
 * sub-page per concern, in the URL (/admin, /admin/tokens, /admin/audit?userId=…).
 */
import { NavLink, Route, Routes } from 'react-router';
import { useSession } from '../../auth/session';
import { AuditPage } from './AuditPage';
import { TokensPage } from './TokensPage';
import { UsersPage } from './UsersPage';

export function AdminPage() {
  const { can } = useSession();
  if (!can('user.manage')) {
    return (
      <main>
        <h1>Admin</h1>
        <p role="alert">Admin is for accounts with the admin role. Ask your clinic’s administrator.</p>
      </main>
    );
  }
  return (
    <main className="admin">
      <div className="toolbar">
        <h1>Admin</h1>
        <nav className="tabs sub-tabs" aria-label="Admin">
          <NavLink to="/admin" end>
            Users and roles
          </NavLink>
          <NavLink to="/admin/tokens">API tokens</NavLink>
          <NavLink to="/admin/audit">Audit log</NavLink>
        </nav>
      </div>
      <Routes>
        <Route index element={<UsersPage />} />
        <Route path="tokens" element={<TokensPage />} />
        <Route path="audit" element={<AuditPage />} />
      </Routes>
    </main>
  );
}
