/**
 * The ALSFRS-R (Cedarbaum 1999) as a keyboard form: one row per item with its five anchors (the
 * engine's instrument table), a digit 0-4 scores the focused item and moves to the next, Tab goes
 * item to item (each item is one radio group). Item 5 is 5a without a gastrostomy and 5b with one:
 * the gastrostomy box chooses which, and a record carries exactly one (the exam schema's rule).
 * Totals and domain subtotals follow every change; an incomplete form names the missing items.
 */
import type { AlsfrsrItemKey, AlsfrsrRecord, FunctionDomain, ItemDefinition } from '@betz/engine';
import { ALSFRSR_ITEMS, scoreAlsfrsr, validateAlsfrsr } from '@betz/engine';
import { type KeyboardEvent, useRef } from 'react';

export interface AlsfrsDraft {
  /** Item 5 is scored on 5b (with gastrostomy) instead of 5a. */
  gastrostomy: boolean;
  scores: Partial<Record<AlsfrsrItemKey, number>>;
}

export const EMPTY_ALSFRS: AlsfrsDraft = { gastrostomy: false, scores: {} };

/** The form's 12 rows: 5a or 5b in slot 5 depending on the gastrostomy. */
export function formItems(gastrostomy: boolean): ItemDefinition<AlsfrsrItemKey>[] {
  const skip = gastrostomy ? 'cuttingWithoutGastrostomy' : 'cuttingWithGastrostomy';
  return ALSFRSR_ITEMS.filter((i) => i.key !== skip);
}

export const DOMAIN_LABEL: Readonly<Record<FunctionDomain, string>> = {
  bulbar: 'Bulbar',
  fineMotor: 'Fine motor',
  grossMotor: 'Gross motor',
  respiratory: 'Respiratory',
};
const DOMAINS: readonly FunctionDomain[] = ['bulbar', 'fineMotor', 'grossMotor', 'respiratory'];

export interface AlsfrsSummary {
  /** Nothing scored: the visit has no ALSFRS-R. */
  empty: boolean;
  /** Items not yet scored, in form order. */
  missing: ItemDefinition<AlsfrsrItemKey>[];
  /** Sum of the scored items (the total once complete). */
  total: number;
  domains: Record<FunctionDomain, number>;
  /** The record to store, when complete and valid (validated by the engine's instrument rules). */
  record: AlsfrsrRecord | undefined;
}

/**
 * What the form holds: the record when complete, otherwise what is missing.
 *
 * @example summariseAlsfrs({ gastrostomy: false, scores: { speech: 3 } }, '2026-01-05').missing.length // 11
 */
export function summariseAlsfrs(draft: AlsfrsDraft, date: string): AlsfrsSummary {
  const items = formItems(draft.gastrostomy);
  const missing = items.filter((i) => draft.scores[i.key] === undefined);
  const domains = { bulbar: 0, fineMotor: 0, grossMotor: 0, respiratory: 0 };
  for (const i of items) domains[i.domain] += draft.scores[i.key] ?? 0;
  const total = domains.bulbar + domains.fineMotor + domains.grossMotor + domains.respiratory;
  let record: AlsfrsrRecord | undefined;
  if (missing.length === 0) {
    const candidate: Record<string, unknown> = { date };
    for (const i of items) candidate[i.key] = draft.scores[i.key];
    if (validateAlsfrsr(candidate).length === 0) record = candidate as unknown as AlsfrsrRecord;
  }
  const scored = record ? scoreAlsfrsr(record) : undefined;
  return {
    empty: missing.length === items.length,
    missing,
    total: scored?.total ?? total,
    domains: scored?.domains ?? domains,
    record,
  };
}

interface AlsfrsFormProps {
  value: AlsfrsDraft;
  onChange(next: AlsfrsDraft): void;
  date: string;
  /** The last stored ALSFRS-R, shown as a quiet hint beside each item. */
  previous?: AlsfrsrRecord | undefined;
  /** Errors by item key (the API's message for that item). */
  errors?: Partial<Record<AlsfrsrItemKey, string>>;
}

const SCORES = [4, 3, 2, 1, 0] as const;

export function AlsfrsForm({ value, onChange, date, previous, errors = {} }: AlsfrsFormProps) {
  const items = formItems(value.gastrostomy);
  const summary = summariseAlsfrs(value, date);
  const rows = useRef<(HTMLDivElement | null)[]>([]);

  const focusItem = (index: number) => {
    const row = rows.current[index];
    if (!row) return;
    const target =
      row.querySelector<HTMLInputElement>('input[type=radio]:checked') ??
      row.querySelector<HTMLInputElement>('input[type=radio]');
    target?.focus();
  };
  const setScore = (key: AlsfrsrItemKey, score: number) =>
    onChange({ ...value, scores: { ...value.scores, [key]: score } });
  const onKeyDown = (index: number, key: AlsfrsrItemKey) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[0-4]$/.test(event.key)) return;
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'radio') return;
    event.preventDefault();
    setScore(key, Number(event.key));
    // The next item's group takes focus (its own radio, so Tab and arrows keep working from there).
    if (index + 1 < items.length) requestFocus(() => focusItem(index + 1));
  };
  const setGastrostomy = (gastrostomy: boolean) => {
    // 5a and 5b have different anchors: a score given on one is not carried to the other.
    const { cuttingWithoutGastrostomy: _a, cuttingWithGastrostomy: _b, ...rest } = value.scores;
    onChange({ gastrostomy, scores: rest });
  };

  return (
    <div className="alsfrs">
      <div className="alsfrs-items">
        {items.map((item, index) => {
          const name = `alsfrs-${item.key}`;
          const score = value.scores[item.key];
          const before = previous ? previousScore(previous, item.key) : undefined;
          const error = errors[item.key];
          return (
            <div
              key={item.key}
              ref={(el) => {
                rows.current[index] = el;
              }}
              className={`alsfrs-item${score === undefined ? ' unscored' : ''}${error ? ' invalid' : ''}`}
              role="radiogroup"
              aria-labelledby={`${name}-label`}
              aria-describedby={error ? `${name}-error` : undefined}
              data-item={item.key}
              onKeyDown={onKeyDown(index, item.key)}
            >
              <div className="alsfrs-label" id={`${name}-label`}>
                <span className="alsfrs-number">{item.number}</span> {item.label}
                {item.number.startsWith('5') && (
                  <label className="alsfrs-gastrostomy">
                    <input
                      type="checkbox"
                      checked={value.gastrostomy}
                      onChange={(e) => setGastrostomy(e.target.checked)}
                    />{' '}
                    gastrostomy (5b)
                  </label>
                )}
                <span className="alsfrs-previous" title="Score at the last ALSFRS-R">
                  {before !== undefined ? `last ${before}` : ''}
                </span>
              </div>
              {SCORES.map((s) => (
                <label key={s} className={`alsfrs-anchor${score === s ? ' checked' : ''}`}>
                  <input
                    type="radio"
                    name={name}
                    value={s}
                    checked={score === s}
                    onChange={() => setScore(item.key, s)}
                    aria-label={`${item.number} ${item.label}: ${s}, ${item.anchors[s]}`}
                  />
                  <span className="alsfrs-score">{s}</span>
                  <span className="alsfrs-anchor-text">{item.anchors[s]}</span>
                </label>
              ))}
              {error && (
                <span id={`${name}-error`} className="error" role="alert">
                  {error}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <div className="alsfrs-totals" aria-live="polite">
        <span className="alsfrs-total">
          Total{' '}
          <output aria-label="ALSFRS-R total" className="num">
            {summary.empty ? '–' : summary.total}
          </output>
          <span className="unit">/ 48</span>
          {previous && <span className="muted"> (last {scoreAlsfrsr(previous).total})</span>}
        </span>
        {DOMAINS.map((d) => (
          <span key={d} className="alsfrs-domain">
            {DOMAIN_LABEL[d]}{' '}
            <output aria-label={`${DOMAIN_LABEL[d]} subtotal`} className="num">
              {summary.empty ? '–' : summary.domains[d]}
            </output>
            <span className="unit">/ 12</span>
          </span>
        ))}
        <span className="alsfrs-missing" data-testid="alsfrs-missing">
          {summary.empty
            ? 'not scored at this visit'
            : summary.missing.length > 0
              ? `incomplete: item${summary.missing.length > 1 ? 's' : ''} ${summary.missing.map((i) => i.number).join(', ')} missing`
              : 'complete'}
        </span>
      </div>
    </div>
  );
}

function previousScore(r: AlsfrsrRecord, key: AlsfrsrItemKey): number | undefined {
  return (r as unknown as Record<string, number | undefined>)[key];
}

/** Focus after React has rendered the change (the next item may re-render). */
function requestFocus(run: () => void): void {
  queueMicrotask(run);
}
