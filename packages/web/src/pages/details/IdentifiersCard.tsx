/** The patient's identifiers (hospital number, national number): listed, added, retracted with a reason. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { type FactRecord, factsPath, invalidatePatient, useFacts } from '../../api/patient';
import { Field, FormError, fieldError, formError } from '../../components/Field';

interface Identifier {
  system: string;
  value: string;
}

export function IdentifiersCard({ patientId }: { patientId: string }) {
  const queryClient = useQueryClient();
  const list = useFacts<Identifier>(patientId, 'identifier');
  const [form, setForm] = useState({ system: 'mrn', value: '' });
  const add = useMutation({
    mutationFn: () => api<FactRecord<Identifier>>('POST', factsPath(patientId, 'identifier'), { body: { data: form } }),
    onSuccess: async () => {
      setForm((f) => ({ ...f, value: '' }));
      await queryClient.invalidateQueries({ queryKey: ['patient', patientId, 'facts', 'identifier'] });
      await invalidatePatient(queryClient, patientId);
    },
  });
  const retract = useMutation({
    mutationFn: ({ record, reason }: { record: FactRecord<Identifier>; reason: string }) =>
      api('POST', `${factsPath(patientId, 'identifier')}/${record.id}/retract`, {
        body: { version: record.version, reason },
      }),
    onSuccess: () => invalidatePatient(queryClient, patientId),
  });
  return (
    <section className="card" aria-labelledby="identifiers-title">
      <h2 id="identifiers-title">Identifiers</h2>
      {list.data && list.data.length === 0 && <p className="muted">No identifier recorded.</p>}
      <ul className="plain">
        {list.data?.map((record) => (
          <li key={record.id}>
            <code>{record.data.system}</code> {record.data.value}{' '}
            <button
              type="button"
              className="link"
              aria-label={`Remove identifier ${record.data.system} ${record.data.value}`}
              onClick={() => {
                const reason = window.prompt('Why remove this identifier? (kept in the record history)');
                if (reason?.trim()) retract.mutate({ record, reason: reason.trim() });
              }}
            >
              remove
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row-form"
        aria-label="Add an identifier"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <Field
          label="System"
          size={8}
          value={form.system}
          onChange={(e) => setForm((f) => ({ ...f, system: e.target.value }))}
          hint="mrn, nhs, …"
          error={fieldError(add.error, 'data.system')}
        />
        <Field
          label="Number"
          value={form.value}
          onChange={(e) => setForm((f) => ({ ...f, value: e.target.value }))}
          required
          error={fieldError(add.error, 'data.value')}
        />
        <div className="actions">
          <button type="submit" disabled={add.isPending}>
            Add identifier
          </button>
        </div>
      </form>
      <FormError error={formError(add.error ?? retract.error, ['data.system', 'data.value'])} />
    </section>
  );
}
