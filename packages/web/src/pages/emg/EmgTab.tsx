/** Placeholder until its part of the web app lands. */
export function EmgTab({ patientId }: { patientId: string }) {
  return <section aria-label="EmgTab" data-patient={patientId} />;
}
