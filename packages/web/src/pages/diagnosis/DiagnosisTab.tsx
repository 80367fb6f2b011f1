/** Placeholder until its part of the web app lands. */
export function DiagnosisTab({ patientId }: { patientId: string }) {
  return <section aria-label="DiagnosisTab" data-patient={patientId} />;
}
