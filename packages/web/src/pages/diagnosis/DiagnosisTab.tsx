import { describeNeeds } from '@betz/engine';
/**
 * The Diagnosis tab: the three criteria side by side (from the server's assessment), the regions
 * grid, red flags and the workup, and the trace; every reason one click from the fact it read,
 * shown in the facts panel beside the content.
 */
import { useAssessment, usePatientCase } from '../../api/patient';
import { CriteriaCards } from './CriteriaCards';
import { EvidencePanel, EvidenceProvider } from './evidence/Evidence';
import { Prerequisites } from './Prerequisites';
import { RedFlags, Workup } from './RedFlags';
import { RegionGrid } from './RegionGrid';
import { TracePanel } from './TracePanel';

export function DiagnosisTab({ patientId }: { patientId: string }) {
  const assessment = useAssessment(patientId);
  const asOf = assessment.data?.asOf;
  // The case as of the same date the engine read, so the reasons' paths point at the same facts.
  const patientCase = usePatientCase(patientId, asOf);
  if (assessment.isPending) return <p className="loading">Loading the diagnostic assessment…</p>;
  if (assessment.isError)
    return (
      <p className="form-error" role="alert">
        The assessment could not be loaded: {assessment.error.message}
      </p>
    );
  const d = assessment.data.assessment.diagnosis;
  return (
    <EvidenceProvider patientId={patientId} asOf={asOf} patientCase={patientCase.data}>
      <div className="evidence-layout">
        <div className="evidence-main diagnosis-tab">
          <div className="tab-head">
            <h2>Diagnostic criteria</h2>
            <span className="muted">as of {d.asOf}</span>
          </div>
          {d.needs.length > 0 && (
            <p className="insufficient" role="note">
              Insufficient data: needs {describeNeeds(d.needs)}
            </p>
          )}
          <Prerequisites d={d} />
          <CriteriaCards d={d} />
          <RegionGrid d={d} />
          <RedFlags d={d} patientId={patientId} today={d.asOf} />
          <Workup d={d} />
          <TracePanel d={d} />
        </div>
        <EvidencePanel />
      </div>
    </EvidenceProvider>
  );
}
