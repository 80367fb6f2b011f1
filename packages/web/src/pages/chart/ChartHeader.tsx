/** Placeholder until its part of the web app lands. */
export function ChartHeader({ patientId }: { patientId: string }) {
  return <section aria-label="ChartHeader" data-patient={patientId} />;
}
