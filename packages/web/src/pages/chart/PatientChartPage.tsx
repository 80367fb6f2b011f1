/**
 * The patient chart: a header with what matters (always visible, so the patient's identity is never
 * out of sight), then one tab per view. Each tab is its own component and file; the tab is in the
 * URL (`/patients/:id/diagnosis`) so a reload or a link lands on it.
 */
import { lazy, Suspense } from 'react';
import { NavLink, Route, Routes, useParams } from 'react-router';
import { CarePlanTab } from '../care/CarePlanTab';
import { DetailsTab } from '../details/DetailsTab';
import { DiagnosisTab } from '../diagnosis/DiagnosisTab';
import { EmgTab } from '../emg/EmgTab';
import { ChartHeader } from './ChartHeader';
import { OverviewTab } from './OverviewTab';

// The plotting library (Observable Plot with d3, about 480 kB) loads with the first tab that draws:
// the sign-in, the patient list and the visit entry do without it.
const TrajectoriesTab = lazy(() => import('./TrajectoriesTab').then((m) => ({ default: m.TrajectoriesTab })));
const SummaryTab = lazy(() => import('./SummaryTab').then((m) => ({ default: m.SummaryTab })));

const TABS = [
  { path: '', label: 'Overview' },
  { path: 'diagnosis', label: 'Diagnosis' },
  { path: 'care', label: 'Care plan' },
  { path: 'trajectories', label: 'Trajectories' },
  { path: 'emg', label: 'EMG' },
  { path: 'summary', label: 'Visit summary' },
  { path: 'details', label: 'Details & history' },
] as const;

export function PatientChartPage() {
  const { patientId = '' } = useParams();
  return (
    <main className="chart">
      <ChartHeader patientId={patientId} />
      <nav className="tabs no-print" aria-label="Patient chart">
        {TABS.map((tab) => (
          <NavLink key={tab.path} to={tab.path ? `/patients/${patientId}/${tab.path}` : `/patients/${patientId}`} end>
            {tab.label}
          </NavLink>
        ))}
        <span className="spacer" />
        <NavLink to={`/patients/${patientId}/visit`} className="button primary">
          New visit
        </NavLink>
      </nav>
      <Routes>
        <Route index element={<OverviewTab patientId={patientId} />} />
        <Route path="diagnosis" element={<DiagnosisTab patientId={patientId} />} />
        <Route path="care" element={<CarePlanTab patientId={patientId} />} />
        <Route
          path="trajectories"
          element={
            <Suspense fallback={<p className="muted">Loading the plots…</p>}>
              <TrajectoriesTab patientId={patientId} />
            </Suspense>
          }
        />
        <Route path="emg" element={<EmgTab patientId={patientId} />} />
        <Route
          path="summary"
          element={
            <Suspense fallback={<p className="muted">Loading the summary…</p>}>
              <SummaryTab patientId={patientId} />
            </Suspense>
          }
        />
        <Route path="details" element={<DetailsTab patientId={patientId} />} />
      </Routes>
    </main>
  );
}
