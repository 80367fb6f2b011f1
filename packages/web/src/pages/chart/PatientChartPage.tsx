/** The patient chart (built out by the chart work): header, timeline, plots, care plan. */
import { useParams } from 'react-router';

export function PatientChartPage() {
  const { patientId } = useParams();
  return (
    <main>
      <h1>Patient {patientId}</h1>
    </main>
  );
}
