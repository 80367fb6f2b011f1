/** The patient's demographics (the facts the engine reads from `patient`), edited with their version. */
import type { ApiPatientRecord } from '@betz/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiRequestError, api } from '../../api/client';
import { invalidatePatient } from '../../api/patient';
import { ConflictNotice } from '../../components/ConflictNotice';
import { Field, FormError, fieldError, formError } from '../../components/Field';

const FIELDS = [
  { key: 'familyName', label: 'Family name' },
  { key: 'givenName', label: 'Given name' },
  { key: 'birthDate', label: 'Date of birth' },
  { key: 'sex', label: 'Sex' },
  { key: 'heightCm', label: 'Height (cm)' },
  { key: 'premorbidWeightKg', label: 'Premorbid weight (kg)' },
] as const;
type Key = (typeof FIELDS)[number]['key'];
type Form = Record<Key, string>;

function formOf(p: ApiPatientRecord): Form {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    familyName: text(p.familyName),
    givenName: text(p.givenName),
    birthDate: text(p.birthDate),
    sex: text(p.sex),
    heightCm: text(p.heightCm),
    premorbidWeightKg: text(p.premorbidWeightKg),
  };
}

/** The body of a PATCH: only what changed, numbers as numbers, '' as null. */
export function patientChanges(before: Form, after: Form): Record<string, string | number | null> {
  const changes: Record<string, string | number | null> = {};
  for (const { key } of FIELDS) {
    if (before[key] === after[key]) continue;
    const value = after[key].trim();
    if (value === '') changes[key] = null;
    else if (key === 'heightCm' || key === 'premorbidWeightKg') changes[key] = Number(value);
    else changes[key] = value;
  }
  return changes;
}

export function PatientDetailsForm({ patient }: { patient: ApiPatientRecord }) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(patient);
  const [form, setForm] = useState<Form>(() => formOf(patient));
  const [reason, setReason] = useState('');
  const [conflict, setConflict] = useState<ApiPatientRecord | null>(null);
  const [saved, setSaved] = useState(false);
  const changes = patientChanges(formOf(base), form);
  const dirty = Object.keys(changes).length > 0;

  const save = useMutation({
    mutationFn: ({ version, body }: { version: number; body: Record<string, string | number | null> }) =>
      api<ApiPatientRecord>('PATCH', `/patients/${patient.id}`, {
        body: { version, ...body, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      }),
    onSuccess: async (next) => {
      setBase(next);
      setForm(formOf(next));
      setReason('');
      setConflict(null);
      setSaved(true);
      await invalidatePatient(queryClient, patient.id);
    },
    onError: async (error) => {
      if (error instanceof ApiRequestError && error.code === 'version_conflict') {
        setConflict(await api<ApiPatientRecord>('GET', `/patients/${patient.id}`));
      }
    },
  });

  const set = (key: Key) => (e: { target: { value: string } }) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: e.target.value }));
  };
  const keys = FIELDS.map((f) => f.key as string);
  return (
    <form
      className="card"
      aria-label="Patient details"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ version: base.version, body: changes });
      }}
    >
      <h2>Patient</h2>
      <div className="row-form">
        <Field
          label="Family name"
          value={form.familyName}
          onChange={set('familyName')}
          error={fieldError(save.error, 'familyName')}
        />
        <Field
          label="Given name"
          value={form.givenName}
          onChange={set('givenName')}
          error={fieldError(save.error, 'givenName')}
        />
        <Field
          label="Date of birth"
          type="date"
          value={form.birthDate}
          onChange={set('birthDate')}
          error={fieldError(save.error, 'birthDate')}
        />
        <div className="field">
          <label htmlFor="details-sex">Sex</label>
          <select id="details-sex" value={form.sex} onChange={set('sex')}>
            <option value="">not recorded</option>
            <option value="female">female</option>
            <option value="male">male</option>
            <option value="other">other</option>
            <option value="unknown">unknown</option>
          </select>
        </div>
        <Field
          label="Height"
          unit="cm"
          inputMode="decimal"
          size={6}
          value={form.heightCm}
          onChange={set('heightCm')}
          error={fieldError(save.error, 'heightCm')}
        />
        <Field
          label="Premorbid weight"
          unit="kg"
          inputMode="decimal"
          size={6}
          value={form.premorbidWeightKg}
          onChange={set('premorbidWeightKg')}
          hint="usual weight before the illness: weight loss is measured from it"
          error={fieldError(save.error, 'premorbidWeightKg')}
        />
      </div>
      <div className="row-form">
        <Field
          label="Reason for the change (optional)"
          className="grow"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldError(save.error, 'reason')}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={!dirty || save.isPending}>
            Save patient details
          </button>
          {saved && !dirty && <span className="badge ok">✓ saved</span>}
        </div>
      </div>
      {!conflict && <FormError error={formError(save.error, keys)} />}
      {conflict && (
        <ConflictNotice
          fields={FIELDS.map(({ key, label }) => ({ label, mine: form[key], theirs: formOf(conflict)[key] }))}
          busy={save.isPending}
          onKeepTheirs={() => {
            setBase(conflict);
            setForm(formOf(conflict));
            setConflict(null);
            save.reset();
          }}
          onSaveMine={() => {
            // Mine over theirs: every field where my form differs from their version is sent.
            save.mutate({ version: conflict.version, body: patientChanges(formOf(conflict), form) });
          }}
        />
      )}
    </form>
  );
}
