/**
 * The Care plan tab: the engine's recommendations by priority as a checklist (reason, trigger
 * values with dates, source, due date, decisions), the items held back by a recorded decision with
 * when each comes back, and the rules Betz could not evaluate for lack of a fact.
 */
import {
  type CareDecision,
  type CareRecommendation,
  describeNeeds,
  PRIORITY_ORDER,
  renderCareReason,
  type SuppressedRecommendation,
} from '@betz/engine';
import { useState } from 'react';
import { type FactRecord, useAssessment, useFacts, usePatientCase } from '../../api/patient';
import { EvidencePanel, EvidenceProvider, FactButton } from '../diagnosis/evidence/Evidence';
import { DecisionForm, type DecisionMode } from './DecisionForm';
import { comesBack, decisionRecord } from './decisions';
import { PRIORITY_BADGE, Recommendation } from './Recommendation';

const STATUS_WORD: Readonly<Record<CareDecision['status'], string>> = {
  declined: 'declined',
  deferred: 'deferred',
  done: 'done',
  contraindicated: 'contraindicated',
  accepted: 'accepted',
};

function HeldBack(props: {
  s: SuppressedRecommendation;
  patientId: string;
  today: string;
  record: FactRecord<CareDecision> | undefined;
}) {
  const { s, patientId, today, record } = props;
  const [mode, setMode] = useState<DecisionMode | null>(null);
  const rec = s.recommendation;
  const tone = s.decision.status === 'done' || s.decision.status === 'contraindicated' ? 'done' : 'due';
  return (
    <li className="care-item care-held" data-code={rec.code} aria-label={rec.title}>
      <div className="care-head">
        <span className="check-mark" aria-hidden="true">
          {s.decision.status === 'done' ? '☑' : '–'}
        </span>
        <span className={`badge ${tone}`}>{STATUS_WORD[s.decision.status]}</span>
        <strong className="care-title">{rec.title}</strong>
        <span className="spacer" />
        <span className="muted small">{PRIORITY_BADGE[rec.priority].word.toLowerCase()} priority</span>
      </div>
      <p>{s.why}</p>
      <p className="comes-back">
        <strong>Comes back:</strong> {comesBack(s)}
      </p>
      <p className="small muted">
        Raised today because:{' '}
        <FactButton title={rec.title} conclusion={rec.reason} facts={rec.why.facts}>
          {renderCareReason(rec.why)}
        </FactButton>
      </p>
      <fieldset className="care-actions">
        <legend className="visually-hidden">Decisions on: {rec.title}</legend>
        <button type="button" onClick={() => setMode({ kind: 'new', action: 'accepted' })}>
          Reconsider: accept
        </button>
        {record && (
          <button type="button" onClick={() => setMode({ kind: 'correct', record })}>
            Correct the decision…
          </button>
        )}
      </fieldset>
      {mode && (
        <DecisionForm
          key={mode.kind}
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

export function CarePlanTab({ patientId }: { patientId: string }) {
  const assessment = useAssessment(patientId);
  const asOf = assessment.data?.asOf;
  const patientCase = usePatientCase(patientId, asOf);
  const decisions = useFacts<CareDecision>(patientId, 'careDecision');
  if (assessment.isPending) return <p className="loading">Loading the care plan…</p>;
  if (assessment.isError)
    return (
      <p className="form-error" role="alert">
        The care plan could not be loaded: {assessment.error.message}
      </p>
    );
  const care = assessment.data.assessment.care;
  const today = care.asOf;
  const byPriority = (p: CareRecommendation['priority']) => care.recommendations.filter((r) => r.priority === p);
  return (
    <EvidenceProvider patientId={patientId} asOf={asOf} patientCase={patientCase.data}>
      <div className="evidence-layout">
        <div className="evidence-main care-tab">
          <div className="tab-head">
            <h2>Care plan</h2>
            <span className="muted">
              as of {care.asOf}, {care.jurisdiction} rules · {care.recommendations.length} to act on
              {care.suppressed.length > 0 && (
                <>
                  , <a href="#care-held">{care.suppressed.length} held back by a decision</a>
                </>
              )}
            </span>
          </div>
          {care.recommendations.length === 0 && <p className="muted">Nothing to act on today.</p>}
          {PRIORITY_ORDER.map((p) => {
            const items = byPriority(p);
            if (items.length === 0) return null;
            return (
              <section key={p} aria-labelledby={`care-${p}`}>
                <h3 id={`care-${p}`}>
                  {PRIORITY_BADGE[p].word} <span className="muted">({items.length})</span>
                </h3>
                <ul className="care-list">
                  {items.map((rec) => (
                    <Recommendation
                      key={rec.code}
                      rec={rec}
                      patientId={patientId}
                      today={today}
                      decisionRecord={decisionRecord(decisions.data, rec.decision)}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          {care.suppressed.length > 0 && (
            <section aria-labelledby="care-held">
              <h3 id="care-held">
                Held back by a recorded decision <span className="muted">({care.suppressed.length})</span>
              </h3>
              <ul className="care-list">
                {care.suppressed.map((s) => (
                  <HeldBack
                    key={s.recommendation.code}
                    s={s}
                    patientId={patientId}
                    today={today}
                    record={decisionRecord(decisions.data, s.decision)}
                  />
                ))}
              </ul>
            </section>
          )}
          {care.insufficient.length > 0 && (
            <section aria-labelledby="care-insufficient">
              <h3 id="care-insufficient">
                Not evaluated <span className="muted">({care.insufficient.length})</span>
              </h3>
              <ul className="insufficient-list">
                {care.insufficient.map((g) => (
                  <li key={g.code}>
                    <code>{g.code}</code>:{' '}
                    <span className="insufficient">Insufficient data: needs {describeNeeds(g.needs)}</span>
                    {g.reason.includes('(') && <span className="muted"> {g.reason.slice(g.reason.indexOf('('))}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <EvidencePanel />
      </div>
    </EvidenceProvider>
  );
}
