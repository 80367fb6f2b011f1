/**
 * Red flags (a finding that points to a mimic), each with its separating tests, the mimics to think
 * of, and the clinician's judgement (a `redFlagJudgement` fact: explained / not explained, by whom),
 * recorded here through its fact route. Then the workup checklist: what is done, abnormal, pending.
 */
import { type DiagnosisAssessment, describeNeeds, type RedFlag } from '@betz/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client';
import { factsPath, invalidatePatient } from '../../api/patient';
import { useSession } from '../../auth/session';
import { Field, FormError, fieldError, formError } from '../../components/Field';
import { SourceCite } from './evidence/SourceCite';

const STATUS: Readonly<Record<RedFlag['status'], { word: string; tone: 'urgent' | 'due' | 'done' | 'ok' }>> = {
  open: { word: 'open: tests pending', tone: 'urgent' },
  testsRecorded: { word: 'tests recorded', tone: 'done' },
  awaitingJudgement: { word: 'awaiting your judgement', tone: 'due' },
  judgedExplained: { word: 'judged explained', tone: 'ok' },
  judgedNotExplained: { word: 'judged not explained', tone: 'urgent' },
};

const TEST_STATUS: Readonly<Record<string, string>> = {
  done: '✓ done',
  abnormal: '! abnormal',
  pending: '… pending',
  notRecorded: '○ not recorded',
};

export interface JudgementInput {
  judgement: '' | 'explained' | 'notExplained';
  by: string;
  date: string;
  note: string;
}

/** The client-side checks of a judgement: what the API would refuse, said at the field before sending. */
export function judgementProblems(input: JudgementInput): Partial<Record<keyof JudgementInput, string>> {
  const problems: Partial<Record<keyof JudgementInput, string>> = {};
  if (!input.judgement) problems.judgement = 'choose explained or not explained';
  if (!input.by.trim()) problems.by = 'say who made the judgement';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) problems.date = 'must be a date';
  return problems;
}

function JudgementForm({ patientId, flag, today }: { patientId: string; flag: RedFlag; today: string }) {
  const { session } = useSession();
  const queryClient = useQueryClient();
  const id = useId();
  const [input, setInput] = useState<JudgementInput>({
    judgement: '',
    by: session?.user.displayName ?? '',
    date: today,
    note: '',
  });
  const [problems, setProblems] = useState<Partial<Record<keyof JudgementInput, string>>>({});
  const save = useMutation({
    mutationFn: () =>
      api('POST', factsPath(patientId, 'redFlagJudgement'), {
        body: {
          data: {
            date: input.date,
            code: flag.code,
            judgement: input.judgement,
            by: input.by.trim(),
            ...(input.note.trim() ? { note: input.note.trim() } : {}),
          },
        },
      }),
    onSuccess: () => invalidatePatient(queryClient, patientId),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = judgementProblems(input);
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const err = (field: keyof JudgementInput) => problems[field] ?? fieldError(save.error, `data.${field}`);
  const claimed = ['data.judgement', 'data.by', 'data.date', 'data.note'];
  return (
    <form className="judgement-form" onSubmit={submit} noValidate>
      <fieldset aria-describedby={err('judgement') ? `${id}-j-error` : undefined}>
        <legend>Does another cause explain this finding?</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-judgement`}
            checked={input.judgement === 'explained'}
            onChange={() => setInput({ ...input, judgement: 'explained' })}
          />
          Explained without another disease (closes the flag)
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-judgement`}
            checked={input.judgement === 'notExplained'}
            onChange={() => setInput({ ...input, judgement: 'notExplained' })}
          />
          Not explained (the mimic stays open)
        </label>
        {err('judgement') && (
          <span id={`${id}-j-error`} className="error" role="alert">
            {err('judgement')}
          </span>
        )}
      </fieldset>
      <div className="row-form">
        <Field
          label="By"
          value={input.by}
          error={err('by')}
          onChange={(e) => setInput({ ...input, by: e.target.value })}
        />
        <Field
          label="Date"
          type="date"
          value={input.date}
          error={err('date')}
          onChange={(e) => setInput({ ...input, date: e.target.value })}
        />
        <Field
          label="Note"
          value={input.note}
          error={err('note')}
          className="grow"
          onChange={(e) => setInput({ ...input, note: e.target.value })}
        />
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Record judgement'}
        </button>
      </div>
      <FormError error={formError(save.error, claimed)} />
    </form>
  );
}

function Flag({
  flag,
  patientId,
  today,
  canJudge,
}: {
  flag: RedFlag;
  patientId: string;
  today: string;
  canJudge: boolean;
}) {
  const status = STATUS[flag.status];
  return (
    <li className="red-flag">
      <div className="red-flag-head">
        <strong>⚑ {flag.title}</strong> <span className={`badge ${status.tone}`}>{status.word}</span>
      </div>
      <p>
        {flag.finding}: think of <strong>{flag.mimics.join(', ')}</strong>
      </p>
      <p>
        Separating test{flag.tests.length === 1 ? '' : 's'}:{' '}
        {flag.tests.map((t, i) => (
          <span key={t.code}>
            {i > 0 && ', '}
            {t.name} <span className={`test-status test-${t.status}`}>({TEST_STATUS[t.status] ?? t.status})</span>
          </span>
        ))}
      </p>
      {flag.judgement && (
        <p>
          Judged {flag.judgement.judgement === 'explained' ? 'explained' : 'not explained'} by {flag.judgement.by} on{' '}
          {flag.judgement.date}
          {flag.judgement.note ? `: ${flag.judgement.note}` : ''}
        </p>
      )}
      {flag.note && <p className="muted">{flag.note}</p>}
      <p className="small">
        <SourceCite source={flag.source} />
      </p>
      {canJudge && (
        <details open={flag.status === 'awaitingJudgement'}>
          <summary>{flag.judgement ? 'Record a new judgement' : 'Record a judgement'}</summary>
          <JudgementForm patientId={patientId} flag={flag} today={today} />
        </details>
      )}
    </li>
  );
}

export function RedFlags({ d, patientId, today }: { d: DiagnosisAssessment; patientId: string; today: string }) {
  const { can } = useSession();
  const canJudge = can('fact.write', 'redFlagJudgement');
  return (
    <section aria-labelledby="redflags-head">
      <h2 id="redflags-head">Red flags and mimics</h2>
      {d.redFlags.length === 0 && <p className="muted">No red flag in the recorded findings.</p>}
      <ul className="red-flags">
        {d.redFlags.map((f) => (
          <Flag key={f.code} flag={f} patientId={patientId} today={today} canJudge={canJudge} />
        ))}
      </ul>
      {d.redFlagsNotJudged.map((n) => (
        <p key={n.code} className="insufficient">
          Cannot judge {n.code}: insufficient data, needs {describeNeeds(n.needs)}
        </p>
      ))}
    </section>
  );
}

const WORKUP_MARK: Readonly<Record<string, { sign: string; tone: string }>> = {
  done: { sign: '✓', tone: 'done' },
  abnormal: { sign: '!', tone: 'urgent' },
  pending: { sign: '…', tone: 'due' },
  notRecorded: { sign: '○', tone: 'due' },
};

export function Workup({ d }: { d: DiagnosisAssessment }) {
  const done = d.workup.filter((w) => w.status === 'done' || w.status === 'abnormal').length;
  const e = d.exclusions;
  return (
    <section aria-labelledby="workup-head">
      <h2 id="workup-head">
        Workup{' '}
        <span className="muted small">
          ({done} of {d.workup.length} with a result)
        </span>
      </h2>
      <p>
        Other diseases excluded:{' '}
        {e.complete ? <span className="badge ok">✓ complete</span> : <span className="badge due">not yet</span>}
        {e.pending.length > 0 && <span> {e.pending.length} required without a result</span>}
        {e.toReview.length > 0 && <span>; abnormal, to review: {e.toReview.map((t) => t.name).join(', ')}</span>}
        {e.openRedFlags.length > 0 && <span>; red flags open: {e.openRedFlags.map((t) => t.name).join(', ')}</span>}
        {e.alternativeExplanations.length > 0 && (
          <span>; judged to explain the signs: {e.alternativeExplanations.map((t) => t.name).join(', ')}</span>
        )}
      </p>
      <table className="grid workup">
        <thead>
          <tr>
            <th scope="col">Investigation</th>
            <th scope="col">Result</th>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Why asked</th>
          </tr>
        </thead>
        <tbody>
          {d.workup.map((w) => {
            const mark = WORKUP_MARK[w.status] ?? { sign: '', tone: '' };
            return (
              <tr key={w.code} className={w.status === 'done' ? 'row-done' : undefined}>
                <td>
                  {w.name}
                  {!w.required && <span className="muted"> (optional)</span>}
                </td>
                <td>
                  <span className={`badge ${mark.tone}`}>
                    {mark.sign} {w.status === 'notRecorded' ? 'not recorded' : w.status}
                  </span>
                  {w.review === 'needed' && <span> review needed</span>}
                  {w.review === 'explains' && <span> explains the signs</span>}
                  {w.review === 'doesNotExplain' && <span className="muted"> does not explain the signs</span>}
                </td>
                <td>{w.date ?? ''}</td>
                <td className="num">{w.value !== undefined ? `${w.value}${w.unit ? ` ${w.unit}` : ''}` : ''}</td>
                <td className="small">{w.why.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
