/**
 * A 409 version conflict: someone saved this record after it was opened. Both versions are shown
 * side by side, field by field, and the user chooses: keep theirs (discard mine) or save mine over
 * theirs (a new version; theirs stays in the history). Nothing is overwritten silently.
 */
export interface ConflictField {
  label: string;
  mine: string;
  theirs: string;
}

export function ConflictNotice({
  fields,
  onKeepTheirs,
  onSaveMine,
  busy,
}: {
  fields: readonly ConflictField[];
  onKeepTheirs: () => void;
  onSaveMine: () => void;
  busy?: boolean;
}) {
  const differing = fields.filter((f) => f.mine !== f.theirs);
  return (
    <section className="conflict card" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">Someone else changed this record while you were editing</h3>
      <p>Nothing has been saved yet. Compare the two versions and choose which to keep.</p>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version (not saved)</th>
            <th scope="col">Saved version (theirs)</th>
          </tr>
        </thead>
        <tbody>
          {(differing.length > 0 ? differing : fields).map((f) => (
            <tr key={f.label}>
              <th scope="row">{f.label}</th>
              <td>{f.mine || '—'}</td>
              <td>{f.theirs || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={onKeepTheirs} disabled={busy}>
          Keep the saved version
        </button>
        <button type="button" className="primary" onClick={onSaveMine} disabled={busy}>
          Save my version over it
        </button>
      </div>
    </section>
  );
}
