/**
 * The live panel: the engine, in the browser, assesses the stored case with the unsaved visit merged
 * in, on every change, and sets it beside the stored record's assessment (the same engine, the same
 * date) so what this visit changes is marked. Every line has a fixed slot: nothing moves as the
 * clinician ticks.
 */
import type { Assessment, AwajiResult, ElEscorialResult, Engine, PatientCase } from '@betz/engine';
import { CATEGORY_LABEL, PREREQUISITE_TEXT } from '@betz/engine';
import { useMemo } from 'react';

export interface LiveAssessment {
  stored: Assessment;
  draft: Assessment;
  /** How long the engine took to assess the draft, ms. */
  engineMs: number;
}

/** Assess the stored case once per date, the draft on every change (timed). */
export function useLiveAssessment(
  engine: Engine,
  stored: PatientCase,
  draft: PatientCase,
  asOf: string,
): LiveAssessment {
  const storedAssessment = useMemo(() => engine.assess(stored, asOf), [engine, stored, asOf]);
  return useMemo(() => {
    const t0 = performance.now();
    const a = engine.assess(draft, asOf);
    return { stored: storedAssessment, draft: a, engineMs: performance.now() - t0 };
  }, [engine, draft, asOf, storedAssessment]);
}

interface Line {
  label: string;
  value: string;
  /** Shown after the value, not repeated in the "was" mark. */
  unit?: string;
  detail: string;
  /** The stored record's value, when this visit changes it. */
  was?: string | undefined;
}

type Criteria = ElEscorialResult | AwajiResult;

/** A criteria set's category as a clinician reads it: the category, or what the signs alone give. */
function criteriaValue(r: Criteria): { value: string; detail: string } {
  const shown = r.status === 'prerequisitesMet' || r.status === 'pendingExclusions';
  const value = shown ? CATEGORY_LABEL[r.category] : `${CATEGORY_LABEL[r.anatomicalCategory]} by the signs alone`;
  let detail: string = PREREQUISITE_TEXT[r.status];
  if (r.status === 'pendingExclusions')
    detail = `pending ${r.pendingExclusions.length} exclusion test${r.pendingExclusions.length === 1 ? '' : 's'}`;
  if (r.status === 'prerequisitesMet') detail = 'progression documented, exclusions complete';
  return { value, detail };
}

/** Gold Coast conditions by what they ask (Shefner 2020): 1 progression, 2 the signs, 3 exclusions. */
const GOLD_COAST_CONDITION = { 1: 'progression', 2: 'signs', 3: 'exclusions' } as const;
const GOLD_COAST_STATE = { met: 'met', notMet: 'not met', pending: 'pending', insufficient: 'not recorded' } as const;

function goldCoastValue(a: Assessment): { value: string; detail: string } {
  const g = a.diagnosis.goldCoast;
  if (g.met) return { value: 'met: ALS', detail: 'all three conditions met' };
  return {
    // Nothing argues against it, only facts are missing: "not yet"; a condition not met: "not met".
    value: g.conditions.some((c) => c.state === 'notMet') ? 'not met' : 'not met yet: data missing',
    detail: g.conditions.map((c) => `${GOLD_COAST_CONDITION[c.number]} ${GOLD_COAST_STATE[c.state]}`).join(' · '),
  };
}

/** What a value reads when the stored record had none: the mark then says "new", not a clipped "was …". */
const NOTHING_STORED = new Set(['not staged', 'none recorded', 'not computable']);

function kingsValue(a: Assessment): string {
  const k = a.staging.kings;
  return k.kind === 'staged' ? k.label : 'not staged';
}

function mitosValue(a: Assessment): string {
  const m = a.staging.mitos;
  if (m.kind === 'staged') return String(m.stage);
  if (m.kind === 'undetermined') return `undetermined (${m.possibleStages.join(' or ')})`;
  return 'not staged';
}

function alsfrsValue(a: Assessment): string {
  const f = a.function.alsfrsr;
  return f.kind === 'scored' ? String(f.total) : 'none recorded';
}

function deltaFsValue(a: Assessment): string {
  const r = a.function.progressionRate;
  return r === null ? 'not computable' : r.toFixed(2);
}

/** The red flags the findings raise that no judgement has closed. */
function redFlagsValue(a: Assessment): string {
  const open = a.diagnosis.redFlags.filter((f) => f.status !== 'judgedExplained');
  return open.length === 0 ? 'none' : open.map((f) => f.title).join('; ');
}

function lines(a: Assessment, before: Assessment): { diagnosis: Line[]; redFlags: Line; staging: Line[] } {
  const mark = (now: string, then: string) => (now === then ? undefined : then);
  const e = criteriaValue(a.diagnosis.elEscorial);
  const eBefore = criteriaValue(before.diagnosis.elEscorial);
  const w = criteriaValue(a.diagnosis.awaji);
  const wBefore = criteriaValue(before.diagnosis.awaji);
  const g = goldCoastValue(a);
  const gBefore = goldCoastValue(before);
  return {
    diagnosis: [
      { label: 'Revised El Escorial', ...e, was: mark(e.value, eBefore.value) },
      { label: 'Awaji', ...w, was: mark(w.value, wBefore.value) },
      { label: 'Gold Coast', ...g, was: mark(g.value, gBefore.value) },
    ],
    redFlags: {
      label: 'Red flags',
      value: redFlagsValue(a),
      detail: '',
      was: mark(redFlagsValue(a), redFlagsValue(before)),
    },
    staging: [
      { label: "King's stage", value: kingsValue(a), detail: '', was: mark(kingsValue(a), kingsValue(before)) },
      { label: 'MiToS stage', value: mitosValue(a), detail: '', was: mark(mitosValue(a), mitosValue(before)) },
      {
        label: 'ALSFRS-R total',
        value: alsfrsValue(a),
        unit: a.function.alsfrsr.kind === 'scored' ? '/ 48' : '',
        detail: '',
        was: mark(alsfrsValue(a), alsfrsValue(before)),
      },
      {
        label: 'ΔFS since onset',
        value: deltaFsValue(a),
        unit: a.function.progressionRate === null ? '' : 'points/month',
        detail: '',
        was: mark(deltaFsValue(a), deltaFsValue(before)),
      },
    ],
  };
}

const PRIORITY_CLASS = { urgent: 'urgent', soon: 'due', routine: 'done' } as const;
const CARE_SLOTS = 5;

export function LivePanel({ live, asOf, defaults }: { live: LiveAssessment; asOf: string; defaults: boolean }) {
  const { diagnosis, redFlags, staging } = lines(live.draft, live.stored);
  const storedCodes = new Set(live.stored.care.recommendations.map((r) => r.code));
  const care = live.draft.care.recommendations.slice(0, CARE_SLOTS);
  return (
    <aside className="live-panel" aria-labelledby="live-title" data-engine-ms={live.engineMs.toFixed(2)}>
      <h2 id="live-title">Live assessment</h2>
      <p className="muted live-sub">
        Stored record plus this unsaved visit, as of {asOf}. <span className="live-changed-key">◆ changed</span> marks
        what this visit changes.
        {defaults ? ' The clinic settings could not be read: default criteria readings.' : ''}
      </p>
      <h3>Diagnostic category</h3>
      <dl className="live-lines" data-testid="live-diagnosis">
        {diagnosis.map((l) => (
          <LiveLine key={l.label} line={l} twoLines />
        ))}
        <LiveLine line={redFlags} />
      </dl>
      <h3>Stage and function</h3>
      <dl className="live-lines" data-testid="live-staging">
        {staging.map((l) => (
          <LiveLine key={l.label} line={l} />
        ))}
      </dl>
      <h3>Care: top recommendations</h3>
      <ol className="live-care">
        {Array.from({ length: CARE_SLOTS }, (_, i) => {
          const r = care[i];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed slots, the index is the slot
            <li key={i} className="live-care-slot" title={r ? `${r.title}: ${r.reason}` : undefined}>
              {r ? (
                <>
                  <span className={`badge ${PRIORITY_CLASS[r.priority]}`}>{r.priority}</span>{' '}
                  {!storedCodes.has(r.code) && <span className="live-mark">◆ new </span>}
                  <span className="live-care-title">{r.title}</span>
                </>
              ) : i === 0 ? (
                <span className="muted">none</span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="muted live-foot">
        {live.draft.care.recommendations.length > CARE_SLOTS
          ? `${live.draft.care.recommendations.length - CARE_SLOTS} more in the care plan after saving.`
          : ' '}
      </p>
    </aside>
  );
}

function LiveLine({ line, twoLines = false }: { line: Line; twoLines?: boolean }) {
  const changed = line.was !== undefined;
  if (twoLines) {
    return (
      <div className={`live-block${changed ? ' changed' : ''}`}>
        <dt>
          {line.label}
          <span className="live-mark">{changed ? '◆ changed' : ''}</span>
        </dt>
        <dd>
          <span className="live-value" data-testid={`live-${line.label}`}>
            {line.value}
          </span>
          <span className="live-detail">
            {changed ? `stored record: ${line.was} · now ${line.detail}` : line.detail}
          </span>
        </dd>
      </div>
    );
  }
  return (
    <div className={`live-line${changed ? ' changed' : ''}`}>
      <dt>{line.label}</dt>
      <dd>
        <span className="live-value">
          <span data-testid={`live-${line.label}`}>{line.value}</span>
          {line.unit ? <span className="unit"> {line.unit}</span> : null}
        </span>
        <span className="live-mark" title={changed ? `stored record: ${line.was}` : undefined}>
          {changed ? (NOTHING_STORED.has(line.was ?? '') ? '◆ new' : `◆ was ${line.was}`) : ''}
        </span>
      </dd>
    </div>
  );
}
