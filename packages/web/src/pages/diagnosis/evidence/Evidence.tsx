/**
 * "Every derived value one click from its reasons and the fact it came from": a reason, a grid
 * cell or a trigger value is a button that opens the facts it read in the side panel. The panel
 * has a fixed place beside the content (it never pushes the page about), resolves each fact's
 * case path against the case the engine read, and names the stored record behind it.
 */
import type { FactKindName, PatientCase } from '@betz/engine';
import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { apiAll } from '../../../api/client';
import { type FactRecord, factsPath, patientKeys } from '../../../api/patient';
import {
  type FactRefLike,
  factKey,
  fieldTrail,
  formatFactValue,
  type ResolvedFact,
  recordFor,
  resolveFactPath,
} from './factPath';

interface Selection {
  title: string;
  /** What the engine concluded from these facts, in its words. */
  conclusion?: string | undefined;
  facts: readonly FactRefLike[];
}

interface EvidenceValue {
  patientId: string;
  asOf: string | undefined;
  patientCase: PatientCase | undefined;
  selection: Selection | null;
  show(selection: Selection): void;
  clear(): void;
}

const EvidenceContext = createContext<EvidenceValue | null>(null);

export function EvidenceProvider(props: {
  patientId: string;
  asOf: string | undefined;
  patientCase: PatientCase | undefined;
  children: ReactNode;
}) {
  const [selection, setSelection] = useState<Selection | null>(null);
  // Closing the panel returns the keyboard to the reason that opened it.
  const opener = useRef<HTMLElement | null>(null);
  const show = useCallback((next: Selection) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSelection(next);
  }, []);
  const clear = useCallback(() => {
    setSelection(null);
    opener.current?.focus();
  }, []);
  const value = useMemo(
    () => ({ patientId: props.patientId, asOf: props.asOf, patientCase: props.patientCase, selection, show, clear }),
    [props.patientId, props.asOf, props.patientCase, selection, show, clear],
  );
  return <EvidenceContext.Provider value={value}>{props.children}</EvidenceContext.Provider>;
}

export function useEvidence(): EvidenceValue {
  const value = useContext(EvidenceContext);
  if (!value) throw new Error('useEvidence outside EvidenceProvider');
  return value;
}

export const EVIDENCE_PANEL_ID = 'evidence-panel';

/** A value or reason that opens the facts it came from. Plain text when it read no recorded fact. */
export function FactButton(props: {
  title: string;
  conclusion?: string | undefined;
  facts: readonly FactRefLike[] | undefined;
  children: ReactNode;
  className?: string;
}) {
  const { show, selection } = useEvidence();
  if (!props.facts || props.facts.length === 0) return <span className={props.className}>{props.children}</span>;
  const facts = props.facts;
  const open = selection?.title === props.title && selection.facts === facts;
  return (
    <button
      type="button"
      className={`fact-link${props.className ? ` ${props.className}` : ''}`}
      aria-controls={EVIDENCE_PANEL_ID}
      aria-pressed={open}
      title="Show the facts this came from"
      onClick={() => show({ title: props.title, conclusion: props.conclusion, facts })}
    >
      {props.children}
    </button>
  );
}

/** Which chart tab shows a kind of fact best. */
function tabFor(caseKey: string): { path: string; label: string } {
  if (caseKey === 'emg') return { path: 'emg', label: 'EMG tab' };
  if (['vitalCapacity', 'respiratory', 'weights', 'alsfrsr', 'alsfrsOriginal'].includes(caseKey))
    return { path: 'trajectories', label: 'Trajectories' };
  if (caseKey === 'ctx') return { path: '', label: 'Overview' };
  if (caseKey === 'history' || caseKey === 'patient') return { path: 'details', label: 'Details & history' };
  return { path: 'summary', label: 'Visit summary' };
}

function RecordLine({ resolved }: { resolved: ResolvedFact }) {
  const { patientId, asOf } = useEvidence();
  const kind = resolved.entry?.kind as FactKindName | undefined;
  // Only the kind of the fact in view is fetched (it carries the record's id, version and visit).
  const records = useQuery({
    queryKey: patientKeys.facts(patientId, kind ?? 'visit'),
    queryFn: ({ signal }) => apiAll<FactRecord>(factsPath(patientId, kind ?? 'visit'), { signal }),
    enabled: kind !== undefined,
  });
  if (!kind) return null;
  if (records.isPending) return <p className="muted">Finding the record…</p>;
  const record = recordFor(records.data, resolved, asOf);
  if (!record) return <p className="muted">The stored record could not be matched to this position.</p>;
  const tab = tabFor(resolved.caseKey);
  const at = record.recordedAt.slice(0, 10);
  return (
    <p className="evidence-record">
      Recorded {at}
      {record.version > 1 && `, corrected (version ${record.version}, ${record.updatedAt.slice(0, 10)})`}
      {record.visitId ? ', at a visit' : ''}.{' '}
      <Link to={`/patients/${patientId}/${tab.path}${record.visitId ? `?visit=${record.visitId}` : ''}`}>
        Open in {tab.label}
      </Link>
    </p>
  );
}

/** The facts a reason read that lie in one stored fact (one examination, the history), shown together. */
function FactGroup({ facts }: { facts: readonly FactRefLike[] }) {
  const { patientCase } = useEvidence();
  const first = facts[0] as FactRefLike;
  const resolved = resolveFactPath(patientCase, first.path);
  const kindLabel = resolved.derived
    ? 'derived by Betz from other facts'
    : (resolved.entry?.label ?? (resolved.caseKey === 'patient' ? 'patient details' : resolved.caseKey));
  const date = resolved.date ?? first.date;
  return (
    <li className="evidence-fact">
      <div className="evidence-kind">
        <strong>{kindLabel}</strong>
        {date && <span className="evidence-date">{date}</span>}
      </div>
      <table className="evidence-values">
        <tbody>
          {facts.map((fact) => {
            const r = resolveFactPath(patientCase, fact.path);
            const scalar = r.found && (typeof r.value !== 'object' || r.value === null);
            const trail = fieldTrail(fact.path, r.fact);
            return (
              <tr key={`${fact.path}:${String(fact.value)}`}>
                <th scope="row">{trail || kindLabel}</th>
                <td>
                  <span className="evidence-value">
                    {scalar ? formatFactValue(r.value, fact.unit) : formatFactValue(fact.value, fact.unit)}
                  </span>
                  {fact.note && <span className="muted"> {fact.note}</span>}
                  {!r.derived && !r.found && <span className="muted"> (not in the case as of this assessment)</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {resolved.found && <RecordLine resolved={resolved} />}
      <code className="evidence-path">{facts.map((f) => f.path).join(', ')}</code>
    </li>
  );
}

function groupByFact(facts: readonly FactRefLike[]): FactRefLike[][] {
  const groups = new Map<string, FactRefLike[]>();
  for (const fact of facts) {
    const key = factKey(fact.path);
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return [...groups.values()];
}

/** The side panel: the selected reason's facts, or a hint of what it is for. */
export function EvidencePanel() {
  const { selection, clear } = useEvidence();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (selection) heading.current?.focus();
  }, [selection]);
  return (
    <aside id={EVIDENCE_PANEL_ID} className="evidence-panel" aria-label="Facts behind the selected reason">
      {selection ? (
        <>
          <div className="evidence-head">
            <h2 ref={heading} tabIndex={-1}>
              {selection.title}
            </h2>
            <button type="button" onClick={clear} aria-label="Close the facts panel">
              ×
            </button>
          </div>
          {selection.conclusion && <p className="evidence-conclusion">{selection.conclusion}</p>}
          <p className="muted">Read from:</p>
          <ul className="evidence-facts">
            {groupByFact(selection.facts).map((group) => (
              <FactGroup key={factKey(group[0]?.path ?? '')} facts={group} />
            ))}
          </ul>
        </>
      ) : (
        <p className="muted evidence-hint">
          Select an underlined reason or value to see the recorded fact it came from, with its date.
        </p>
      )}
    </aside>
  );
}
