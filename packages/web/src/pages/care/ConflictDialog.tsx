/**
 * A correction met a newer version (409): someone changed the decision since it was read. Both
 * versions side by side, field by field; the user keeps the current one or saves theirs over it
 * (a new correction against the current version, so nothing is lost: every version is kept).
 */
import type { CareDecision } from '@betz/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../api/client';
import { type FactRecord, factsPath, invalidatePatient } from '../../api/patient';
import { FormError, formError } from '../../components/Field';

const FIELDS: readonly { key: keyof CareDecision; label: string }[] = [
  { key: 'status', label: 'Decision' },
  { key: 'date', label: 'Date' },
  { key: 'until', label: 'Come back on' },
  { key: 'reason', label: 'Reason' },
  { key: 'triggerValue', label: 'Trigger value' },
];

/** The fields where two versions differ (the rows the dialog highlights). */
export function changedFields(a: CareDecision, b: CareDecision | undefined): (keyof CareDecision)[] {
  return FIELDS.map((f) => f.key).filter((k) => String(a[k] ?? '') !== String(b?.[k] ?? ''));
}

export function ConflictDialog(props: {
  patientId: string;
  recordId: string;
  mine: CareDecision;
  correctionReason: string;
  onResolved(): void;
  onCancel(): void;
}) {
  const { patientId, recordId, mine } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const path = `${factsPath(patientId, 'careDecision')}/${recordId}`;
  const current = useQuery({
    queryKey: ['patient', patientId, 'fact', recordId],
    queryFn: ({ signal }) => api<{ record: FactRecord<CareDecision> }>('GET', path, { signal }),
    staleTime: 0,
  });
  const overwrite = useMutation({
    mutationFn: (version: number) =>
      api('PUT', path, {
        body: { version, reason: props.correctionReason || 'corrected over a newer version', data: mine },
      }),
    onSuccess: async () => {
      await invalidatePatient(queryClient, patientId);
      props.onResolved();
    },
  });
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const theirs = current.data?.record;
  const changed = changedFields(mine, theirs?.data);
  return (
    <dialog ref={dialog} className="modal conflict-dialog" aria-labelledby="conflict-title" onCancel={props.onCancel}>
      <h2 id="conflict-title">This decision was changed meanwhile</h2>
      <p>
        Someone saved a newer version
        {theirs ? ` (version ${theirs.version}, ${theirs.updatedAt.slice(0, 16).replace('T', ' ')})` : ''} while you
        were editing. Choose which to keep; both stay in the record's history.
      </p>
      {current.isPending && <p className="muted">Loading the current version…</p>}
      {theirs && (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours</th>
              <th scope="col">Current (version {theirs.version})</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((f) => (
              <tr key={f.key} className={changed.includes(f.key) ? 'changed' : undefined}>
                <th scope="row">
                  {f.label}
                  {changed.includes(f.key) && <span className="visually-hidden"> (differs)</span>}
                </th>
                <td>{String(mine[f.key] ?? '')}</td>
                <td>{String(theirs.data[f.key] ?? '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormError error={formError(overwrite.error ?? current.error)} />
      <div className="actions">
        <button
          type="button"
          onClick={async () => {
            await invalidatePatient(queryClient, patientId);
            props.onResolved();
          }}
        >
          Keep the current version
        </button>
        <button
          type="button"
          className="primary"
          disabled={!theirs || overwrite.isPending}
          onClick={() => theirs && overwrite.mutate(theirs.version)}
        >
          Save mine over it
        </button>
      </div>
    </dialog>
  );
}
