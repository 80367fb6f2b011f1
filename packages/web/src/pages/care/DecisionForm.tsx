/**
 * The decision form of one recommendation: accept, decline (with a reason), defer (to a date),
 * mark done; or correct a decision already recorded (a new version, with why). Writes go through
 * the `careDecision` fact route; errors appear at their field; a correction that meets a newer
 * version opens the conflict dialog with both.
 */
import type { CareDecision, CareRecommendation } from '@betz/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiRequestError, api } from '../../api/client';
import { type FactRecord, factsPath, invalidatePatient } from '../../api/patient';
import { Field, FormError, fieldError, formError } from '../../components/Field';
import { ConflictDialog } from './ConflictDialog';
import {
  ACTION_LABEL,
  type DecisionAction,
  type DecisionInput,
  type DecisionProblems,
  decisionData,
  decisionProblems,
} from './decisions';

export type DecisionMode =
  | { kind: 'new'; action: DecisionAction }
  | { kind: 'correct'; record: FactRecord<CareDecision> };

const CORRECTABLE: readonly DecisionAction[] = ['accepted', 'declined', 'deferred', 'done'];

export function DecisionForm(props: {
  patientId: string;
  rec: Pick<CareRecommendation, 'code' | 'title' | 'triggerMeasure' | 'triggerValue'>;
  mode: DecisionMode;
  today: string;
  onClose(): void;
}) {
  const { patientId, rec, mode, today, onClose } = props;
  const queryClient = useQueryClient();
  const id = useId();
  const existing = mode.kind === 'correct' ? mode.record.data : undefined;
  const [input, setInput] = useState<DecisionInput>({
    action:
      mode.kind === 'new'
        ? mode.action
        : CORRECTABLE.includes(mode.record.data.status as DecisionAction)
          ? (mode.record.data.status as DecisionAction)
          : 'declined',
    date: existing?.date ?? today,
    reason: existing?.reason ?? '',
    until: existing?.until ?? '',
  });
  const [correction, setCorrection] = useState('');
  const [problems, setProblems] = useState<DecisionProblems & { correction?: string }>({});
  const [conflict, setConflict] = useState<{ mine: CareDecision; recordId: string } | null>(null);

  const save = useMutation({
    mutationFn: async (data: CareDecision) => {
      if (mode.kind === 'new') return api('POST', factsPath(patientId, 'careDecision'), { body: { data } });
      return api('PUT', `${factsPath(patientId, 'careDecision')}/${mode.record.id}`, {
        body: { version: mode.record.version, reason: correction.trim(), data },
      });
    },
    onSuccess: async () => {
      await invalidatePatient(queryClient, patientId);
      onClose();
    },
    onError: (error, data) => {
      if (error instanceof ApiRequestError && error.status === 409 && mode.kind === 'correct')
        setConflict({ mine: data, recordId: mode.record.id });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: DecisionProblems & { correction?: string } = decisionProblems(input);
    if (mode.kind === 'correct' && !correction.trim()) found.correction = 'say why the decision is corrected';
    setProblems(found);
    // A correction keeps the trigger value stored when the decision was made (the engine compares with it).
    const source = existing ?? rec;
    if (Object.keys(found).length === 0) save.mutate(decisionData({ ...source, code: rec.code }, input));
  };
  const err = (field: keyof DecisionInput) =>
    problems[field as keyof DecisionProblems] ?? fieldError(save.error, `data.${field}`);
  const claimed = ['data.date', 'data.reason', 'data.until', 'data.status', 'reason'];
  const conflictError = save.error instanceof ApiRequestError && save.error.status === 409;
  const title =
    mode.kind === 'new' ? `${ACTION_LABEL[input.action]}: ${rec.title}` : `Correct the decision: ${rec.title}`;

  return (
    <form className="decision-form" onSubmit={submit} noValidate aria-label={title}>
      {mode.kind === 'correct' && (
        <div className="field">
          <label htmlFor={`${id}-status`}>Decision</label>
          <select
            id={`${id}-status`}
            value={input.action}
            onChange={(e) => setInput({ ...input, action: e.target.value as DecisionAction })}
          >
            {CORRECTABLE.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="row-form">
        <Field
          label="Decision date"
          type="date"
          value={input.date}
          error={err('date')}
          onChange={(e) => setInput({ ...input, date: e.target.value })}
        />
        {input.action === 'deferred' && (
          <Field
            label="Come back to it on"
            type="date"
            value={input.until}
            error={err('until')}
            min={input.date}
            onChange={(e) => setInput({ ...input, until: e.target.value })}
          />
        )}
        <Field
          label={input.action === 'declined' ? 'Reason (required)' : 'Reason or note'}
          value={input.reason}
          error={err('reason')}
          required={input.action === 'declined'}
          className="grow"
          placeholder={input.action === 'declined' ? 'e.g. patient does not want a mask yet' : ''}
          onChange={(e) => setInput({ ...input, reason: e.target.value })}
        />
      </div>
      {mode.kind === 'correct' && (
        <Field
          label="Why correct it"
          value={correction}
          error={problems.correction ?? fieldError(save.error, 'reason')}
          placeholder="e.g. wrong date entered"
          onChange={(e) => setCorrection(e.target.value)}
        />
      )}
      {mode.kind === 'new' && rec.triggerValue !== undefined && input.action !== 'accepted' && (
        <p className="muted small">
          The trigger value today ({rec.triggerValue}) is stored with the decision, so Betz raises the item again if it
          gets worse.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending
            ? 'Saving…'
            : mode.kind === 'new'
              ? `Record: ${ACTION_LABEL[input.action].toLowerCase()}`
              : 'Save correction'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {!conflictError && <FormError error={formError(save.error, claimed)} />}
      {conflict && (
        <ConflictDialog
          patientId={patientId}
          recordId={conflict.recordId}
          mine={conflict.mine}
          correctionReason={correction.trim()}
          onResolved={() => {
            setConflict(null);
            onClose();
          }}
          onCancel={() => setConflict(null)}
        />
      )}
    </form>
  );
}
