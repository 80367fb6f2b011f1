/** Placeholder until its part of the web app lands. */
export function SummaryTab({ patientId }: { patientId: string }) {
  return <section aria-label="SummaryTab" data-patient={patientId} />;
}
