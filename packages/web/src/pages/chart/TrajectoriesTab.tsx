/**
 * Trajectories: the patient's ALSFRS-R (total and domains), vital capacity, weight and stages over
 * time, from the server assessment (the engine's timeline, slope and staging history).
 */
import { useAssessment, usePatient, usePatientCase } from '../../api/patient';
import { TrajectoryPlots } from './TrajectoryPlots';

export function TrajectoriesTab({ patientId }: { patientId: string }) {
  const assessment = useAssessment(patientId);
  const patient = usePatient(patientId);
  const patientCase = usePatientCase(patientId);
  const a = assessment.data?.assessment;
  return (
    <section aria-labelledby="trajectories-title" className="trajectories">
      <h2 id="trajectories-title" className="sr-only">
        Trajectories
      </h2>
      {assessment.isError && <p role="alert">The assessment could not be loaded: {assessment.error.message}</p>}
      {!a ? (
        <p className="loading">Loading the trajectories…</p>
      ) : (
        <TrajectoryPlots
          assessment={a}
          premorbidWeightKg={patient.data?.premorbidWeightKg}
          onsetDate={patientCase.data?.history?.onsetDate}
        />
      )}
    </section>
  );
}
