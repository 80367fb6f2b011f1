/** Visit entry (built out by the visit work). */
export function VisitEntryPage() {
  return (
    <main>
      <h1>New visit</h1>
    </main>
  );
}
