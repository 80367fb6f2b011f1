/** The inputs of one visit, in the order of a clinic consultation; each shows its API error in place. */
import type { AlsfrsrItemKey, Medication, SymptomCode, VitalCapacity } from '@betz/engine';
import { MEDICATION_ROUTES, VOCABULARY, weightChange } from '@betz/engine';
import { memo, useCallback, useMemo } from 'react';
import type { FactRecord } from '../../api/patient';
import { AlsfrsForm } from '../../components/AlsfrsForm';
import { BODY_MAP_CELLS, BodyMap, type CellKey } from '../../components/BodyMap';
import { DrugPicker } from '../../components/DrugPicker';
import { Field } from '../../components/Field';
import { parseNumber, type Severity, type StartedMedication, VISIT_KINDS, type VisitDraft } from './draft';
import { OtherFindings } from './OtherFindings';
import type { PreviousValues } from './VisitEntryPage';

interface VisitFormProps {
  draft: VisitDraft;
  /** Set one part of the draft (stable across renders, so the big grids re-render only when theirs changes). */
  patch: DraftPatch;
  errors: Record<string, string>;
  previous: PreviousValues;
  premorbidWeightKg: number | undefined;
  /** Medications in force (stored, not stopped). */
  medications: FactRecord<Medication>[];
}

/** 'thickSecretions' → 'thick secretions'. */
export function words(code: string): string {
  return code.replace(/([A-Z])/g, ' $1').toLowerCase();
}

const KIND_LABEL: Record<(typeof VISIT_KINDS)[number], string> = {
  clinic: 'clinic',
  telephone: 'telephone',
  video: 'video',
  home: 'home visit',
  ward: 'ward',
  other: 'other',
};

function signedPercent(p: number): string {
  const r = Math.round(p * 10) / 10;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(1)} %`;
}

export type DraftPatch = <K extends keyof VisitDraft>(key: K, value: VisitDraft[K]) => void;

const MemoBodyMap = memo(BodyMap);
const MemoAlsfrsForm = memo(AlsfrsForm);

export function VisitForm({ draft, patch: set, errors, previous, premorbidWeightKg, medications }: VisitFormProps) {
  const examErrors = useMemo(() => {
    const out: Partial<Record<CellKey, string>> = {};
    for (const { key } of BODY_MAP_CELLS) if (errors[`exam.${key}`]) out[key] = errors[`exam.${key}`];
    return out;
  }, [errors]);
  const alsfrsErrors = useMemo(() => {
    const out: Partial<Record<AlsfrsrItemKey, string>> = {};
    for (const [k, v] of Object.entries(errors)) if (k.startsWith('alsfrs.')) out[k.slice(7) as AlsfrsrItemKey] = v;
    return out;
  }, [errors]);
  const onExam = useCallback((exam: VisitDraft['exam']) => set('exam', exam), [set]);
  const onAlsfrs = useCallback((alsfrs: VisitDraft['alsfrs']) => set('alsfrs', alsfrs), [set]);
  const onSymptoms = useCallback((symptoms: VisitDraft['symptoms']) => set('symptoms', symptoms), [set]);

  const weight = parseNumber(draft.weightKg);
  const weightOk = weight !== undefined && Number.isFinite(weight) && weight > 0;
  const fromPremorbid = weightOk && premorbidWeightKg ? weightChange(premorbidWeightKg, weight) : null;
  const fromLast = weightOk && previous.weight ? weightChange(previous.weight.weightKg, weight) : null;
  const vcBefore = previous.vitalCapacity;

  return (
    <>
      <section className="card visit-details" aria-labelledby="visit-details-title">
        <h2 id="visit-details-title">Visit</h2>
        <div className="row-form">
          <Field
            label="Visit date"
            type="date"
            required
            value={draft.date}
            onChange={(e) => set('date', e.target.value)}
            error={errors['visit.date']}
          />
          <div className={`field${errors['visit.kind'] ? ' field-invalid' : ''}`}>
            <label htmlFor="visit-kind">Kind</label>
            <select
              id="visit-kind"
              value={draft.kind}
              onChange={(e) => set('kind', e.target.value as VisitDraft['kind'])}
              aria-invalid={errors['visit.kind'] ? true : undefined}
            >
              {VISIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
            {errors['visit.kind'] && <span className="error">{errors['visit.kind']}</span>}
          </div>
          <Field
            label="Clinician"
            value={draft.clinician}
            onChange={(e) => set('clinician', e.target.value)}
            error={errors['visit.clinician']}
            className="visit-clinician"
          />
        </div>
      </section>

      <section className="card" aria-labelledby="exam-title">
        <h2 id="exam-title">Examination</h2>
        <MemoBodyMap value={draft.exam} onChange={onExam} errors={examErrors} />
        <OtherFindings value={draft.other} onChange={(other) => set('other', other)} error={errors['exam.other']} />
        {errors['exam.regions'] && (
          <p className="form-error" role="alert">
            {errors['exam.regions']}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="alsfrs-title">
        <h2 id="alsfrs-title">
          ALSFRS-R{' '}
          <span className="muted small">
            digits 0–4 score the focused item and move on; Tab goes item by item
            {previous.alsfrsr ? ` · hints: last ALSFRS-R ${previous.alsfrsr.date}` : ''}
          </span>
        </h2>
        <MemoAlsfrsForm
          value={draft.alsfrs}
          onChange={onAlsfrs}
          date={draft.date}
          previous={previous.alsfrsr}
          errors={alsfrsErrors}
        />
        {(errors.alsfrs ?? null) && (
          <p className="form-error" role="alert">
            {errors.alsfrs}
          </p>
        )}
        {Object.keys(draft.alsfrs.scores).length > 0 && (
          <button type="button" onClick={() => set('alsfrs', { ...draft.alsfrs, scores: {} })}>
            Clear the ALSFRS-R
          </button>
        )}
      </section>

      <section className="card" aria-labelledby="measures-title">
        <h2 id="measures-title">Breathing and weight</h2>
        <div className="row-form measures">
          <div className="field">
            <label htmlFor="vc-kind">Vital capacity</label>
            <select
              id="vc-kind"
              value={draft.vc.kind}
              onChange={(e) => set('vc', { ...draft.vc, kind: e.target.value as VitalCapacity['kind'] })}
            >
              {VOCABULARY.vitalCapacityKind.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="vc-posture">Posture</label>
            <select
              id="vc-posture"
              value={draft.vc.posture}
              onChange={(e) => set('vc', { ...draft.vc, posture: e.target.value as VitalCapacity['posture'] })}
            >
              {VOCABULARY.posture.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </div>
          <Field
            label={`${draft.vc.kind} % predicted`}
            inputMode="decimal"
            className="num-field"
            unit="%"
            value={draft.vc.percentPredicted}
            onChange={(e) => set('vc', { ...draft.vc, percentPredicted: e.target.value })}
            error={errors['vc.percentPredicted']}
            hint={
              vcBefore
                ? `last ${vcBefore.kind} ${vcBefore.percentPredicted} % ${vcBefore.posture} (${vcBefore.date})`
                : 'no earlier value'
            }
          />
          <Field
            label="Litres"
            inputMode="decimal"
            className="num-field"
            unit="L"
            value={draft.vc.litres}
            onChange={(e) => set('vc', { ...draft.vc, litres: e.target.value })}
            error={errors['vc.litres']}
            hint="optional"
          />
        </div>
        <div className="row-form measures">
          <Field
            label="Weight"
            inputMode="decimal"
            className="num-field"
            unit="kg"
            value={draft.weightKg}
            onChange={(e) => set('weightKg', e.target.value)}
            error={errors['weight.weightKg']}
            hint={
              previous.weight ? `last ${previous.weight.weightKg} kg (${previous.weight.date})` : 'no earlier weight'
            }
          />
          <div className="weight-change" aria-live="polite">
            <span>
              from premorbid{premorbidWeightKg ? ` (${premorbidWeightKg} kg)` : ''}:{' '}
              <strong className="num">
                {fromPremorbid ? signedPercent(fromPremorbid.percent) : premorbidWeightKg ? '–' : 'not recorded'}
              </strong>
            </span>
            <span>
              from last: <strong className="num">{fromLast ? signedPercent(fromLast.percent) : '–'}</strong>
            </span>
          </div>
        </div>
      </section>

      <MemoSymptoms value={draft.symptoms} onChange={onSymptoms} errors={errors} />

      <section className="card" aria-labelledby="meds-title">
        <h2 id="meds-title">Medications</h2>
        {medications.length > 0 && (
          <fieldset className="meds-current">
            <legend>In force: tick those stopped at this visit</legend>
            {medications.map((m) => (
              <label key={m.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.stopped.includes(m.id)}
                  onChange={(e) =>
                    set(
                      'stopped',
                      e.target.checked ? [...draft.stopped, m.id] : draft.stopped.filter((id) => id !== m.id),
                    )
                  }
                />
                stopped: {m.data.drug}
                {m.data.dose ? ` ${m.data.dose}` : ''}
                <span className="muted">{m.data.startDate ? ` (since ${m.data.startDate})` : ''}</span>
              </label>
            ))}
          </fieldset>
        )}
        <div className="meds-started">
          {draft.started.map((m, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are only appended; the index is the row
            <div key={index} className="row-form">
              <DrugPicker
                label={`Started drug ${index + 1}`}
                value={m.drug}
                code={m.code}
                onChange={(next) => {
                  const { code: _dropped, ...rest } = m;
                  set('started', replaceAt(draft.started, index, { ...rest, ...next }));
                }}
                error={errors[`started.${index}.drug`]}
              />
              <Field
                label="Dose"
                value={m.dose}
                onChange={(e) => set('started', replaceAt(draft.started, index, { ...m, dose: e.target.value }))}
                error={errors[`started.${index}.dose`]}
                placeholder="e.g. 50 mg twice daily"
              />
              <div className={`field${errors[`started.${index}.route`] ? ' field-invalid' : ''}`}>
                <label htmlFor={`started-route-${index}`}>Route</label>
                <select
                  id={`started-route-${index}`}
                  value={m.route}
                  onChange={(e) =>
                    set(
                      'started',
                      replaceAt(draft.started, index, { ...m, route: e.target.value as StartedMedication['route'] }),
                    )
                  }
                >
                  <option value="">not given</option>
                  {MEDICATION_ROUTES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
                {errors[`started.${index}.route`] && (
                  <span className="error" role="alert">
                    {errors[`started.${index}.route`]}
                  </span>
                )}
              </div>
            </div>
          ))}
          <button type="button" onClick={() => set('started', [...draft.started, { drug: '', dose: '', route: '' }])}>
            Add a medication started
          </button>
        </div>
      </section>

      <section className="card" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        <label htmlFor="visit-note" className="sr-only">
          Visit notes
        </label>
        <textarea
          id="visit-note"
          rows={4}
          value={draft.note}
          onChange={(e) => set('note', e.target.value)}
          aria-invalid={errors['visit.note'] ? true : undefined}
        />
        {errors['visit.note'] && <span className="error">{errors['visit.note']}</span>}
      </section>
    </>
  );
}

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((x, i) => (i === index ? value : x));
}

interface SymptomsProps {
  value: VisitDraft['symptoms'];
  onChange(next: VisitDraft['symptoms']): void;
  errors: Record<string, string>;
}

function Symptoms({ value, onChange, errors }: SymptomsProps) {
  return (
    <section className="card" aria-labelledby="symptoms-title">
      <h2 id="symptoms-title">Symptoms reported</h2>
      <div className="symptoms">
        {VOCABULARY.symptom.map((code: SymptomCode) => {
          const on = code in value;
          const error = errors[`symptom.${code}`];
          return (
            <div key={code} className={`symptom${on ? ' on' : ''}${error ? ' invalid' : ''}`}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => {
                    const next = { ...value };
                    if (on) delete next[code];
                    else next[code] = '';
                    onChange(next);
                  }}
                />
                {words(code)}
              </label>
              <select
                aria-label={`${words(code)}: severity`}
                value={value[code] ?? ''}
                disabled={!on}
                className={on ? '' : 'invisible'}
                onChange={(e) => onChange({ ...value, [code]: e.target.value as Severity | '' })}
              >
                <option value="">severity?</option>
                {VOCABULARY.severity.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
              {error && <span className="error">{error}</span>}
            </div>
          );
        })}
      </div>
    </section>
  );
}

const MemoSymptoms = memo(Symptoms);
