/** The Details tab: who the patient is and their history, the facts every other view reads. */
import { useFacts, usePatient } from '../../api/patient';
import { FormError, formError } from '../../components/Field';
import { type HistoryData, HistoryForm } from './HistoryForm';
import { IdentifiersCard } from './IdentifiersCard';
import { PatientDetailsForm } from './PatientDetailsForm';

export function DetailsTab({ patientId }: { patientId: string }) {
  const patient = usePatient(patientId);
  const history = useFacts<HistoryData>(patientId, 'history');
  return (
    <div className="details">
      <FormError error={formError(patient.error ?? history.error)} />
      {patient.data && <PatientDetailsForm key={patient.data.id} patient={patient.data} />}
      {history.data && (
        <HistoryForm key={history.data[0]?.id ?? 'new'} patientId={patientId} record={history.data[0]} />
      )}
      <IdentifiersCard patientId={patientId} />
    </div>
  );
}
