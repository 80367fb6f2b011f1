/** The routes of the clinician app. Signed out, every path shows the sign-in (or first-admin setup). */
import { Navigate, Route, Routes } from 'react-router';
import { SessionExpiredDialog } from './auth/SessionExpiredDialog';
import { SignInPage } from './auth/SignInPage';
import { useSession } from './auth/session';
import { Layout } from './components/Layout';
import { ChangePasswordPage } from './pages/account/ChangePasswordPage';
import { AdminPage } from './pages/admin/AdminPage';
import { PatientChartPage } from './pages/chart/PatientChartPage';
import { PatientListPage } from './pages/patients/PatientListPage';
import { VisitEntryPage } from './pages/visit/VisitEntryPage';

/**
 * The first screen after sign-in follows the role: the patient list for the clinical team, the
 * admin screens for an administrator (who may not read patients), and for a researcher (who sees
 * de-identified data only) a pointer to the research API.
 */
function Home() {
  const { can } = useSession();
  if (can('patient.list')) return <PatientListPage />;
  if (can('user.manage')) return <Navigate to="/admin" replace />;
  return (
    <main>
      <h1>Research access</h1>
      <p>
        Your account sees de-identified data only, which the web app does not show yet. Use the research API:{' '}
        <code>GET /api/v1/research/patients</code> with an API token (documented at <code>/api/v1/openapi.json</code>).
      </p>
    </main>
  );
}

export function App() {
  const { session, expired } = useSession();
  if (session === undefined) return <p className="loading">Loading Betz…</p>;
  if (session === null) return <SignInPage />;
  return (
    <>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="patients/:patientId/visit" element={<VisitEntryPage />} />
          <Route path="patients/:patientId/*" element={<PatientChartPage />} />
          <Route path="admin/*" element={<AdminPage />} />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
      {expired && <SessionExpiredDialog />}
    </>
  );
}
