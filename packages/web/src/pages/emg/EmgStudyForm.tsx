/**
 * Enter one EMG study: muscle by muscle (picked from the engine's table), each examined and normal
 * or with its findings; the nerve conduction summary; a note. As muscles are added the engine says,
 * region by region, whether the muscle rule is met or why not. Saved as one fact
 * (POST /patients/:id/emg); every API error appears at the control it names
 * (`data.muscles[3].side` → row 4's side).
 */
import type { DiagnosisSettings, MuscleEvidence, Side, StudyEmgEvaluation } from '@betz/engine';
import {
  DEFAULT_DIAGNOSIS_SETTINGS,
  evaluateEmgStudyRegions,
  muscleById,
  muscleRegion,
  NERVES,
  SIDES,
  THORACIC_PARASPINAL_MIN_LEVEL,
  VOCABULARY,
} from '@betz/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { type FactRecord, factsPath, invalidatePatient } from '../../api/patient';
import { Field, FormError, fieldError, formError } from '../../components/Field';
import { EmgMusclePicker, rootsLabel } from './EmgMusclePicker';
import {
  MUSCLE_FLAGS,
  type MuscleFlag,
  type MuscleRow,
  NCS_FLAGS,
  type NcsState,
  newRow,
  rowHasFinding,
  rowMissingResult,
  studyToData,
} from './emgRows';
import { RegionRulePanel } from './RegionRulePanel';

const ROW_KEYS = [
  'muscle',
  'side',
  'normal',
  'fasciculationPotentials',
  'fasciculationsUnstable',
  'thoracicLevel',
  ...MUSCLE_FLAGS.map((f) => f.key),
] as const;

/** The engine's judgement of a row (matched by muscle, side and level after the engine merges and sorts). */
function evidenceOf(evaluation: StudyEmgEvaluation, row: MuscleRow): MuscleEvidence | undefined {
  const level = row.thoracicLevel.trim() === '' ? undefined : Number(row.thoracicLevel.replace(/^t/i, ''));
  for (const r of evaluation.regions)
    for (const m of r.muscles)
      if (m.muscle === row.muscle && m.side === row.side && (m.thoracicLevel ?? undefined) === level) return m;
  return undefined;
}

function Judgement({ ev, missing, normal }: { ev: MuscleEvidence | undefined; missing: boolean; normal: boolean }) {
  if (missing) return <span className="badge due">! no result yet</span>;
  if (normal) return <span className="muted">examined and normal</span>;
  if (!ev) return null;
  const sets = ev.positive.revisedElEscorial ? 'all criteria' : ev.positive.awaji ? 'Awaji, Gold Coast' : null;
  return (
    <>
      {sets === null ? (
        <span className="muted">not LMN evidence</span>
      ) : ev.countsForRegion ? (
        <span className="badge ok">✓ LMN evidence ({sets})</span>
      ) : (
        <span className="badge done">✗ LMN change, does not count</span>
      )}
      <span className="judgement-note">{ev.note}</span>
    </>
  );
}

interface CellErrorProps {
  id: string;
  message: string | undefined;
}
function CellError({ id, message }: CellErrorProps) {
  return message ? (
    <span id={id} className="error cell-error" role="alert">
      {message}
    </span>
  ) : null;
}

export function EmgStudyForm({
  patientId,
  settings,
  onDone,
  onCancel,
}: {
  patientId: string;
  settings: Partial<DiagnosisSettings> | undefined;
  onDone(saved: FactRecord): void;
  onCancel(): void;
}) {
  const queryClient = useQueryClient();
  const formId = useId();
  const [date, setDate] = useState('');
  const [rows, setRows] = useState<MuscleRow[]>([]);
  const [side, setSide] = useState<Side>('right');
  const [ncs, setNcs] = useState<NcsState>({ studied: false, normal: false, flags: {} });
  const [note, setNote] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const nextKey = useRef(1);
  const s = { ...DEFAULT_DIAGNOSIS_SETTINGS, ...settings };

  const study = useMemo(() => studyToData(date, rows, ncs, note), [date, rows, ncs, note]);
  const evaluation = useMemo(() => evaluateEmgStudyRegions(study.muscles, settings), [study.muscles, settings]);

  const save = useMutation({
    mutationFn: () => api<FactRecord>('POST', factsPath(patientId, 'emgStudy'), { body: { data: study } }),
    onSuccess: async (saved) => {
      await invalidatePatient(queryClient, patientId);
      onDone(saved);
    },
  });

  const err = (path: string) => localErrors[path] ?? fieldError(save.error, path);
  const claimed = [
    'data',
    'data.date',
    'data.muscles',
    'data.note',
    'data.ncs',
    'data.ncs.normal',
    ...NCS_FLAGS.map((f) => `data.ncs.${f.key}`),
    ...rows.flatMap((_, i) => [`data.muscles[${i}]`, ...ROW_KEYS.map((k) => `data.muscles[${i}].${k}`)]),
  ];

  const update = (key: number, change: (r: MuscleRow) => MuscleRow) =>
    setRows((rs) => rs.map((r) => (r.key === key ? change(r) : r)));

  const submit = () => {
    const problems: Record<string, string> = {};
    rows.forEach((r, i) => {
      if (rowMissingResult(r)) problems[`data.muscles[${i}].normal`] = 'tick Normal, or the findings';
    });
    if (rows.length === 0 && !ncs.studied) problems['data.muscles'] = 'add a muscle, or the nerve conduction summary';
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) save.mutate();
  };

  const dateError = err('data.date');
  return (
    <form
      className="card emg-form"
      aria-label="New EMG study"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="row-form">
        <Field
          label="Study date"
          type="date"
          value={date}
          required
          onChange={(e) => setDate(e.target.value)}
          error={dateError}
        />
        <EmgMusclePicker
          settings={settings}
          label="Add muscle"
          onPick={(m) => {
            const key = nextKey.current++;
            setRows((rs) => [...rs, newRow(key, m.id, side)]);
            setLocalErrors((e) => {
              const { 'data.muscles': _, ...rest } = e;
              return rest;
            });
          }}
        />
        <div className="field">
          <label htmlFor={`${formId}-side`}>Side for new muscles</label>
          <select id={`${formId}-side`} value={side} onChange={(e) => setSide(e.target.value as Side)}>
            {SIDES.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
      </div>

      <RegionRulePanel evaluation={evaluation} />

      <div className="table-scroll">
        <table className="grid emg-rows" aria-label="Muscles sampled">
          <thead>
            <tr>
              <th scope="col">Muscle</th>
              <th scope="col">Side</th>
              <th scope="col">Normal</th>
              {MUSCLE_FLAGS.slice(0, 3).map((f) => (
                <th scope="col" key={f.key} title={f.label}>
                  {f.short}
                </th>
              ))}
              <th scope="col">Fasciculation potentials</th>
              {MUSCLE_FLAGS.slice(3).map((f) => (
                <th scope="col" key={f.key} title={f.label}>
                  {f.short}
                </th>
              ))}
              <th scope="col">LMN evidence (engine)</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={13} className="muted">
                  No muscle yet: a muscle not listed was not examined. Add the muscles sampled, normal ones included.
                </td>
              </tr>
            )}
            {rows.map((r, i) => {
              const entry = muscleById(r.muscle);
              const name = entry?.name ?? r.muscle;
              const who = `${name} (${r.side})`;
              const at = (k: string) => `data.muscles[${i}].${k}`;
              const eid = (k: string) => `${formId}-r${r.key}-${k}-error`;
              const ctl = (k: string) => {
                const e = err(at(k));
                return { 'aria-invalid': e ? true : undefined, 'aria-describedby': e ? eid(k) : undefined };
              };
              const rowError = err(`data.muscles[${i}]`) ?? err(at('muscle'));
              const missing = rowMissingResult(r) && localErrors[at('normal')] !== undefined;
              const setFlag = (k: MuscleFlag, v: boolean) =>
                update(r.key, (x) => ({ ...x, flags: { ...x.flags, [k]: v }, normal: v ? false : x.normal }));
              return (
                <tr key={r.key} data-row={i}>
                  <th scope="row" className="muscle-cell">
                    <span className="m-name">{name}</span>
                    {entry && (
                      <span className="m-meta">
                        {rootsLabel(entry)} · {NERVES[entry.nerve].name} · {muscleRegion(entry, s)}
                      </span>
                    )}
                    {r.muscle === 'thoracicParaspinals' && (
                      <span className="level-field">
                        <label htmlFor={`${formId}-r${r.key}-level`}>Level sampled</label>{' '}
                        <input
                          id={`${formId}-r${r.key}-level`}
                          className="level-input"
                          inputMode="numeric"
                          placeholder="T…"
                          value={r.thoracicLevel}
                          onChange={(e) => update(r.key, (x) => ({ ...x, thoracicLevel: e.target.value }))}
                          {...ctl('thoracicLevel')}
                        />{' '}
                        <span className="muted">counts at T{THORACIC_PARASPINAL_MIN_LEVEL}–T12</span>
                        <CellError id={eid('thoracicLevel')} message={err(at('thoracicLevel'))} />
                      </span>
                    )}
                    <CellError id={eid('row')} message={rowError} />
                  </th>
                  <td>
                    <select
                      aria-label={`Side, ${name}`}
                      value={r.side}
                      onChange={(e) => update(r.key, (x) => ({ ...x, side: e.target.value as Side }))}
                      {...ctl('side')}
                    >
                      {SIDES.map((x) => (
                        <option key={x} value={x}>
                          {x}
                        </option>
                      ))}
                    </select>
                    <CellError id={eid('side')} message={err(at('side'))} />
                  </td>
                  <td className="check-cell">
                    <input
                      type="checkbox"
                      aria-label={`Examined and normal, ${who}`}
                      checked={r.normal}
                      onChange={(e) => {
                        const v = e.target.checked;
                        update(r.key, (x) =>
                          v
                            ? {
                                ...x,
                                normal: true,
                                flags: {},
                                fasciculationPotentials: 'none',
                                fasciculationsUnstable: false,
                              }
                            : { ...x, normal: false },
                        );
                      }}
                      {...ctl('normal')}
                    />
                    <CellError id={eid('normal')} message={err(at('normal'))} />
                  </td>
                  {MUSCLE_FLAGS.slice(0, 3).map((f) => (
                    <td key={f.key} className="check-cell">
                      <input
                        type="checkbox"
                        aria-label={`${f.label}, ${who}`}
                        checked={r.flags[f.key] === true}
                        onChange={(e) => setFlag(f.key, e.target.checked)}
                        {...ctl(f.key)}
                      />
                      <CellError id={eid(f.key)} message={err(at(f.key))} />
                    </td>
                  ))}
                  <td>
                    <select
                      aria-label={`Fasciculation potentials, ${who}`}
                      value={r.fasciculationPotentials}
                      onChange={(e) => {
                        const v = e.target.value as MuscleRow['fasciculationPotentials'];
                        update(r.key, (x) => ({
                          ...x,
                          fasciculationPotentials: v,
                          fasciculationsUnstable: v === 'none' ? false : x.fasciculationsUnstable,
                          normal: v !== 'none' ? false : x.normal,
                        }));
                      }}
                      {...ctl('fasciculationPotentials')}
                    >
                      {VOCABULARY.fasciculationPotentials.map((v) => (
                        <option key={v} value={v}>
                          {v}
                        </option>
                      ))}
                    </select>{' '}
                    <label className="inline-check">
                      <input
                        type="checkbox"
                        disabled={r.fasciculationPotentials === 'none'}
                        checked={r.fasciculationsUnstable}
                        aria-label={`Unstable fasciculation potentials, ${who}`}
                        onChange={(e) => update(r.key, (x) => ({ ...x, fasciculationsUnstable: e.target.checked }))}
                        {...ctl('fasciculationsUnstable')}
                      />{' '}
                      unstable
                    </label>
                    <CellError id={eid('fasciculationPotentials')} message={err(at('fasciculationPotentials'))} />
                  </td>
                  {MUSCLE_FLAGS.slice(3).map((f) => (
                    <td key={f.key} className="check-cell">
                      <input
                        type="checkbox"
                        aria-label={`${f.label}, ${who}`}
                        checked={r.flags[f.key] === true}
                        onChange={(e) => setFlag(f.key, e.target.checked)}
                        {...ctl(f.key)}
                      />
                      <CellError id={eid(f.key)} message={err(at(f.key))} />
                    </td>
                  ))}
                  <td className="judgement">
                    <Judgement
                      ev={rowHasFinding(r) || r.normal ? evidenceOf(evaluation, r) : undefined}
                      missing={missing}
                      normal={r.normal}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon"
                      aria-label={`Remove ${who}`}
                      onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <FormError error={err('data.muscles')} />

      <fieldset className="ncs">
        <legend>Nerve conduction</legend>
        <div className="row-form">
          <label className="check">
            <input
              type="radio"
              name={`${formId}-ncs`}
              checked={!ncs.studied}
              onChange={() => setNcs({ studied: false, normal: false, flags: {} })}
            />
            not recorded
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${formId}-ncs`}
              checked={ncs.studied && ncs.normal}
              onChange={() => setNcs({ studied: true, normal: true, flags: {} })}
              aria-invalid={err('data.ncs.normal') ? true : undefined}
            />
            studied and normal
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${formId}-ncs`}
              checked={ncs.studied && !ncs.normal}
              onChange={() => setNcs((n) => ({ ...n, studied: true, normal: false }))}
            />
            studied, abnormal:
          </label>
          {NCS_FLAGS.map((f) => (
            <label key={f.key} className="check">
              <input
                type="checkbox"
                disabled={!ncs.studied || ncs.normal}
                checked={ncs.flags[f.key] === true}
                onChange={(e) => setNcs((n) => ({ ...n, flags: { ...n.flags, [f.key]: e.target.checked } }))}
                aria-invalid={err(`data.ncs.${f.key}`) ? true : undefined}
              />
              {f.label}
            </label>
          ))}
        </div>
        <FormError error={err('data.ncs.normal') ?? err('data.ncs')} />
      </fieldset>

      <div className="field">
        <label htmlFor={`${formId}-note`}>Note</label>
        <textarea
          id={`${formId}-note`}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={err('data.note') ? true : undefined}
        />
        {err('data.note') && <span className="error">{err('data.note')}</span>}
      </div>

      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save EMG study'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted">
          {rows.length} muscle{rows.length === 1 ? '' : 's'} ·{' '}
          {evaluation.regions.filter((r) => r.awajiGoldCoast.present).length} region(s) meet the rule (Awaji, Gold
          Coast)
        </span>
      </div>
      <FormError error={formError(save.error, claimed)} />
    </form>
  );
}
