/**
 * The patient list: search by name or identifier, filters (onset site, sex, needs attention), what
 * needs attention today for each patient (the engine's items, computed by the server), the next
 * booked visit, most urgent first; a row opens the chart. And a new patient.
 */
import {
  type ApiPatientList,
  type ApiPatientRecord,
  type AttentionItemRecord,
  type AttentionList,
  LIST_LIMIT_MAX,
} from '@betz/contracts';
import { VOCABULARY } from '@betz/engine';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';
import { Field, FormError, fieldError, formError } from '../../components/Field';
import { type ListSort, needsAttention, patientRows } from './rows';

function NewPatientForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ familyName: '', givenName: '', birthDate: '', sex: '' });
  const create = useMutation({
    mutationFn: () =>
      api<ApiPatientRecord>('POST', '/patients', {
        body: {
          familyName: form.familyName || null,
          givenName: form.givenName || null,
          birthDate: form.birthDate || null,
          sex: form.sex || null,
        },
      }),
    onSuccess: async (patient) => {
      await queryClient.invalidateQueries({ queryKey: ['patients'] });
      navigate(`/patients/${patient.id}`);
    },
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <form
      className="card row-form"
      aria-label="New patient"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <Field
        label="Family name"
        name="familyName"
        value={form.familyName}
        onChange={set('familyName')}
        autoFocus
        error={fieldError(create.error, 'familyName')}
      />
      <Field
        label="Given name"
        name="givenName"
        value={form.givenName}
        onChange={set('givenName')}
        error={fieldError(create.error, 'givenName')}
      />
      <Field
        label="Date of birth"
        name="birthDate"
        type="date"
        value={form.birthDate}
        onChange={set('birthDate')}
        error={fieldError(create.error, 'birthDate')}
      />
      <div className="field">
        <label htmlFor="new-sex">Sex</label>
        <select id="new-sex" value={form.sex} onChange={set('sex')}>
          <option value="">not recorded</option>
          <option value="female">female</option>
          <option value="male">male</option>
        </select>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          Create patient
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      <FormError error={formError(create.error, ['familyName', 'givenName', 'birthDate', 'sex'])} />
    </form>
  );
}

const SEVERITY_WORD = { urgent: 'Urgent', due: 'Due', info: 'Note' } as const;
/** A mark beside the colour, so severity never rests on colour alone. */
const SEVERITY_MARK = { urgent: '!!', due: '!', info: 'i' } as const;
const BADGE_CLASS = { urgent: 'urgent', due: 'due', info: 'done' } as const;

function AttentionBadge({ item }: { item: AttentionItemRecord }) {
  return (
    <li className={`badge ${BADGE_CLASS[item.severity]}`} title={item.text}>
      <span className="sev-mark" aria-hidden="true">
        {SEVERITY_MARK[item.severity]}
      </span>
      <span className="sr-only">{SEVERITY_WORD[item.severity]}: </span>
      {item.label}
    </li>
  );
}

function NextVisit({ items }: { items: readonly AttentionItemRecord[] | undefined }) {
  const visit = items?.find((i) => i.code === 'visit.upcoming');
  if (!visit) return <span className="muted">—</span>;
  const days = Number(visit.params.inDays);
  return (
    <span title={visit.text}>
      {String(visit.params.date)} <span className="muted">{days === 1 ? 'tomorrow' : `in ${days} d`}</span>
    </span>
  );
}

/** Beyond this many matching patients the list asks for a narrower search. */
const MAX_PATIENTS = 2000;

const label = (s: string) => s.replace(/([A-Z])/g, ' $1').toLowerCase();

export function PatientListPage() {
  const [q, setQ] = useState('');
  const [sex, setSex] = useState('');
  const [onsetSite, setOnsetSite] = useState('');
  const [onlyAttention, setOnlyAttention] = useState(false);
  const [sort, setSort] = useState<ListSort>('urgency');
  const [creating, setCreating] = useState(false);
  const { can } = useSession();
  const navigate = useNavigate();
  const list = useQuery({
    queryKey: ['patients', { q, sex, onsetSite }],
    // Every matching patient (pages of 200, up to MAX_PATIENTS), so the urgency order covers the whole clinic.
    queryFn: async ({ signal }) => {
      const query = { q: q.trim() || undefined, sex: sex || undefined, onsetSite: onsetSite || undefined, limit: 200 };
      const first = await api<ApiPatientList>('GET', '/patients', { query, signal });
      const items = [...first.items];
      let cursor = first.page.nextCursor;
      while (cursor && items.length < MAX_PATIENTS) {
        const next: ApiPatientList = await api<ApiPatientList>('GET', '/patients', {
          query: { ...query, cursor },
          signal,
        });
        items.push(...next.items);
        cursor = next.page.nextCursor;
      }
      return { items, total: first.page.total ?? items.length };
    },
    placeholderData: keepPreviousData,
  });
  const attention = useQuery({
    queryKey: ['patients', 'attention'],
    // Every page: the urgency order covers the whole clinic.
    queryFn: async ({ signal }): Promise<AttentionList> => {
      const first = await api<AttentionList>('GET', '/patients/attention', {
        query: { limit: LIST_LIMIT_MAX },
        signal,
      });
      const items = [...first.items];
      let cursor = first.page.nextCursor;
      while (cursor) {
        const next: AttentionList = await api<AttentionList>('GET', '/patients/attention', {
          query: { limit: LIST_LIMIT_MAX, asOf: first.asOf, cursor },
          signal,
        });
        items.push(...next.items);
        cursor = next.page.nextCursor;
      }
      return { ...first, items, page: { ...first.page, nextCursor: null } };
    },
    staleTime: 60_000,
  });
  const rows = patientRows(list.data?.items ?? [], attention.data, { sort, onlyNeedingAttention: onlyAttention });
  const needing = (list.data?.items ?? []).filter((p) =>
    needsAttention({ patient: p, attention: attention.data?.items.find((a) => a.patient.id === p.id) }),
  ).length;
  const open = (id: string) => navigate(`/patients/${id}`);
  return (
    <main className="patient-list">
      <div className="toolbar">
        <h1>Patients</h1>
        <input
          type="search"
          aria-label="Search patients by name or identifier"
          placeholder="Search name or identifier"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <label className="inline">
          Onset{' '}
          <select value={onsetSite} onChange={(e) => setOnsetSite(e.target.value)}>
            <option value="">any</option>
            {VOCABULARY.onsetSite.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          Sex{' '}
          <select value={sex} onChange={(e) => setSex(e.target.value)}>
            <option value="">any</option>
            {VOCABULARY.sex.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="inline check">
          <input type="checkbox" checked={onlyAttention} onChange={(e) => setOnlyAttention(e.target.checked)} />
          Needs attention only
        </label>
        <label className="inline">
          Sort{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as ListSort)}>
            <option value="urgency">most urgent first</option>
            <option value="name">by name</option>
          </select>
        </label>
        <span className="spacer" />
        {can('patient.create') && !creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New patient
          </button>
        )}
      </div>
      {creating && <NewPatientForm onClose={() => setCreating(false)} />}
      <FormError error={formError(list.error)} />
      <p className="muted attention-status" aria-live="polite">
        {attention.isPending
          ? 'Checking what needs attention today…'
          : attention.error
            ? `What needs attention could not be computed: ${attention.error.message}`
            : `${needing} of ${list.data?.items.length ?? 0} shown need attention today (${attention.data?.asOf}); hover a badge for its reason and source.`}
      </p>
      <table className="grid patients">
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col">Name</th>
            <th scope="col">Born</th>
            <th scope="col">Sex</th>
            <th scope="col">Onset</th>
            <th scope="col">Identifiers</th>
            <th scope="col">Needs attention today</th>
            <th scope="col">Next visit</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ patient: p, attention: a }) => {
            const items = a?.items.filter((i) => i.code !== 'visit.upcoming') ?? [];
            return (
              <tr key={p.id} className="clickable" onClick={() => open(p.id)}>
                <td>
                  {a && a.worstSeverity !== 'info' ? (
                    <span className={`badge ${BADGE_CLASS[a.worstSeverity]}`}>{SEVERITY_WORD[a.worstSeverity]}</span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="nowrap">
                  <Link to={`/patients/${p.id}`} onClick={(e) => e.stopPropagation()}>
                    {p.familyName ?? '—'}, {p.givenName ?? '—'}
                  </Link>
                </td>
                <td className="nowrap">{p.birthDate ?? '—'}</td>
                <td>{p.sex ?? '—'}</td>
                <td>{p.onsetSite ? label(p.onsetSite) : '—'}</td>
                <td>{p.identifiers.map((i) => `${i.system}: ${i.value}`).join('; ')}</td>
                <td>
                  {items.length > 0 ? (
                    <ul className="badges" aria-label={`Needs attention: ${p.familyName ?? ''}`}>
                      {items.map((i) => (
                        <AttentionBadge key={`${i.code}-${i.careCodes.join()}`} item={i} />
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{attention.isPending ? '…' : '—'}</span>
                  )}
                </td>
                <td className="nowrap">
                  <NextVisit items={a?.items} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {list.data && (
        <p className="muted">
          {rows.length} shown of {list.data.total} patients
          {list.data.total > list.data.items.length
            ? ' (the first 200 by name: narrow the search to see the others)'
            : ''}
        </p>
      )}
    </main>
  );
}
