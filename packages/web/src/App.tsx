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

export function App() {
  const { session, expired } = useSession();
  if (session === undefined) return <p className="loading">Loading Betz…</p>;
  if (session === null) return <SignInPage />;
  return (
    <>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<PatientListPage />} />
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
