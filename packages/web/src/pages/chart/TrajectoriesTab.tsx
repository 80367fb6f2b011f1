/** Placeholder until its part of the web app lands. */
export function TrajectoriesTab({ patientId }: { patientId: string }) {
  return <section aria-label="TrajectoriesTab" data-patient={patientId} />;
}
