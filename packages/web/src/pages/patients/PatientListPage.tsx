/** The patient list: search by name or identifier, and a new patient. */
import type { ApiPatientList, ApiPatientRecord } from '@betz/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';
import { Field, FormError, fieldError, formError } from '../../components/Field';

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

export function PatientListPage() {
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const { hasRole } = useSession();
  const list = useQuery({
    queryKey: ['patients', { q }],
    queryFn: ({ signal }) =>
      api<ApiPatientList>('GET', '/patients', { query: { q: q.trim() || undefined, limit: 100 }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <main>
      <div className="toolbar">
        <h1>Patients</h1>
        <input
          type="search"
          aria-label="Search patients by name or identifier"
          placeholder="Search name or identifier"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <span className="spacer" />
        {hasRole('clinician', 'nurse') && !creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New patient
          </button>
        )}
      </div>
      {creating && <NewPatientForm onClose={() => setCreating(false)} />}
      <FormError error={formError(list.error)} />
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Born</th>
            <th scope="col">Sex</th>
            <th scope="col">Onset</th>
            <th scope="col">Identifiers</th>
          </tr>
        </thead>
        <tbody>
          {list.data?.items.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/patients/${p.id}`}>
                  {p.familyName ?? '—'}, {p.givenName ?? '—'}
                </Link>
              </td>
              <td>{p.birthDate ?? '—'}</td>
              <td>{p.sex ?? '—'}</td>
              <td>{p.onsetSite ?? '—'}</td>
              <td>{p.identifiers.map((i) => `${i.system}: ${i.value}`).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data && <p className="muted">{list.data.total} patients</p>}
    </main>
  );
}
