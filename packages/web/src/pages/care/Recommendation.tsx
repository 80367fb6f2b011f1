/**
 * One recommendation of the care plan as a checklist item: what to do, why (the engine's reason,
 * one click from the facts it read), the trigger values with their dates, the source, the due
 * date, its status, and the decisions a clinician records about it.
 */
import type { CareDecision, CareRecommendation, TriggerFact } from '@betz/engine';
import { renderCareReason } from '@betz/engine';
import { useState } from 'react';
import type { FactRecord } from '../../api/patient';
import { FactButton } from '../diagnosis/evidence/Evidence';
import { fieldLabel, formatFactValue, kindOfCaseKey, parseFactPath } from '../diagnosis/evidence/factPath';
import { SourceCite } from '../diagnosis/evidence/SourceCite';
import { DecisionForm, type DecisionMode } from './DecisionForm';
import { ACTION_LABEL, type DecisionAction } from './decisions';

export const PRIORITY_BADGE = {
  urgent: { word: 'Urgent', tone: 'urgent' },
  soon: { word: 'Soon', tone: 'due' },
  routine: { word: 'Routine', tone: 'done' },
} as const;

/**
 * What a trigger value is: the kind and the field ('ALSFRS-R orthopnoea', 'weight'), the kind alone
 * when the unit already says the field ('vital capacity 45 % predicted'); a derived 'ctx.x' by its name.
 */
export function triggerName(t: Pick<TriggerFact, 'path' | 'unit'>): string {
  const parts = parseFactPath(t.path);
  const entry = kindOfCaseKey(String(parts[0]));
  const last = [...parts].reverse().find((p) => typeof p === 'string');
  const field = parts.length > 1 && typeof last === 'string' && last !== parts[0] ? fieldLabel(last) : '';
  if (!entry) return field || t.path;
  if (!field || t.unit?.includes(field.split(' ').pop() ?? field)) return entry.label;
  return `${entry.label} ${field}`;
}

export function TriggerValue({ t, title }: { t: TriggerFact; title: string }) {
  return (
    <FactButton title={title} conclusion={t.note} facts={[t]} className="trigger">
      <span className="trigger-name">{triggerName(t)}</span>{' '}
      <span className="trigger-value">{formatFactValue(t.value, t.unit)}</span>
      {t.date && <span className="muted"> ({t.date})</span>}
    </FactButton>
  );
}

const ACTIONS: readonly DecisionAction[] = ['accepted', 'declined', 'deferred', 'done'];

export function Recommendation(props: {
  rec: CareRecommendation;
  patientId: string;
  today: string;
  decisionRecord: FactRecord<CareDecision> | undefined;
}) {
  const { rec, patientId, today } = props;
  const [mode, setMode] = useState<DecisionMode | null>(null);
  const reason = renderCareReason(rec.why);
  const badge = PRIORITY_BADGE[rec.priority];
  const overdue = rec.due < today;
  const facts = rec.why.facts.length > 0 ? rec.why.facts : rec.triggers;
  return (
    <li className={`care-item care-${rec.status}`} data-code={rec.code} aria-label={rec.title}>
      <div className="care-head">
        <span className={`check-mark ${rec.status === 'accepted' ? 'accepted' : ''}`} aria-hidden="true">
          {rec.status === 'accepted' ? '◐' : '☐'}
        </span>
        <span className={`badge ${badge.tone}`}>{badge.word}</span>
        <strong className="care-title">{rec.title}</strong>
        <span className="spacer" />
        <span className={`care-due${overdue ? ' overdue' : ''}`}>
          {overdue ? <span className="badge urgent">overdue</span> : null}{' '}
          {rec.due === today ? 'due today' : `due ${rec.due}`}
        </span>
      </div>
      <p className="care-why">
        <FactButton title={rec.title} conclusion={reason} facts={facts}>
          {reason}
        </FactButton>
      </p>
      {rec.triggers.length > 0 && (
        <p className="care-triggers">
          <span className="muted">Trigger values: </span>
          {rec.triggers.map((t, i) => (
            <span key={`${t.path}-${String(t.value)}`}>
              {i > 0 && <span className="muted"> · </span>}
              <TriggerValue t={t} title={rec.title} />
            </span>
          ))}
        </p>
      )}
      <p className="small">
        <SourceCite source={rec.source} />
        {rec.alsoSee && rec.alsoSee.length > 0 && (
          <span className="muted"> · see also {rec.alsoSee.map((s) => s.cite).join('; ')}</span>
        )}
      </p>
      {rec.status !== 'new' && rec.decisionNote && (
        <p className="care-status">
          <span className={`badge ${rec.status === 'accepted' ? 'ok' : 'due'}`}>
            {rec.status === 'accepted' ? 'accepted' : 'raised again'}
          </span>{' '}
          {rec.decisionNote}
        </p>
      )}
      <fieldset className="care-actions">
        <legend className="visually-hidden">Decisions on: {rec.title}</legend>
        {ACTIONS.filter((a) => !(a === 'accepted' && rec.status === 'accepted')).map((a) => (
          <button
            key={a}
            type="button"
            aria-pressed={mode?.kind === 'new' && mode.action === a}
            onClick={() => setMode({ kind: 'new', action: a })}
          >
            {ACTION_LABEL[a]}
            {a === 'declined' || a === 'deferred' ? '…' : ''}
          </button>
        ))}
        {props.decisionRecord && (
          <button
            type="button"
            onClick={() => props.decisionRecord && setMode({ kind: 'correct', record: props.decisionRecord })}
          >
            Correct the decision…
          </button>
        )}
      </fieldset>
      {mode && (
        <DecisionForm
          key={mode.kind === 'new' ? mode.action : 'correct'}
          patientId={patientId}
          rec={rec}
          mode={mode}
          today={today}
          onClose={() => setMode(null)}
        />
      )}
    </li>
  );
}
