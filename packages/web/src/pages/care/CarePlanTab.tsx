/** Placeholder until its part of the web app lands. */
export function CarePlanTab({ patientId }: { patientId: string }) {
  return <section aria-label="CarePlanTab" data-patient={patientId} />;
}
