/** Placeholder until its part of the web app lands. */
export function OverviewTab({ patientId }: { patientId: string }) {
  return <section aria-label="OverviewTab" data-patient={patientId} />;
}
