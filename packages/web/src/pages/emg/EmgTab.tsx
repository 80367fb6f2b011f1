/**
 * The EMG tab: the patient's stored EMG studies (newest first, each with the regions where the
 * engine finds the muscle rule met), and the entry of a new study.
 */
import type { EmgStudy } from '@betz/engine';
import { evaluateEmgStudyRegions, muscleById, REGION_LABEL } from '@betz/engine';
import { useMemo, useState } from 'react';
import { type FactRecord, useAssessment, useFacts } from '../../api/patient';
import { useSession } from '../../auth/session';
import { FormError, formError } from '../../components/Field';
import { EmgStudyForm } from './EmgStudyForm';
import { findingsText, lowerFirst, NCS_FLAGS, settingsFromEcho } from './emgRows';

function ncsText(ncs: EmgStudy['ncs']): string {
  if (!ncs) return 'not recorded';
  if (ncs.normal) return 'normal';
  const found = NCS_FLAGS.filter((f) => ncs[f.key]).map((f) => lowerFirst(f.label));
  return found.length ? found.join('; ') : 'studied, no finding recorded';
}

function StudyCard({
  record,
  settings,
  open,
}: {
  record: FactRecord<EmgStudy>;
  settings: ReturnType<typeof settingsFromEcho>;
  open: boolean;
}) {
  const study = record.data;
  const evaluation = useMemo(() => evaluateEmgStudyRegions(study.muscles, settings), [study.muscles, settings]);
  const met = (set: 'awajiGoldCoast' | 'revisedElEscorial') =>
    evaluation.regions.filter((r) => r[set].present).map((r) => REGION_LABEL[r.region]);
  const awaji = met('awajiGoldCoast');
  const eec = met('revisedElEscorial');
  const abnormal = study.muscles.filter((m) => !m.normal).length;
  return (
    <details className="card emg-study" open={open} data-study={record.id}>
      <summary>
        <strong>{study.date}</strong> · {study.muscles.length} muscle{study.muscles.length === 1 ? '' : 's'} sampled
        {abnormal > 0 ? `, ${abnormal} abnormal` : ''} · NCS {ncsText(study.ncs)} ·{' '}
        <span className="emg-met">
          EMG rule met (Awaji, Gold Coast): {awaji.length ? awaji.join(', ') : 'no region'}
          {eec.join() !== awaji.join() ? `; revised El Escorial: ${eec.length ? eec.join(', ') : 'no region'}` : ''}
        </span>
      </summary>
      {study.muscles.length > 0 && (
        <table className="grid compact">
          <thead>
            <tr>
              <th scope="col">Muscle</th>
              <th scope="col">Side</th>
              <th scope="col">Region</th>
              <th scope="col">Findings</th>
            </tr>
          </thead>
          <tbody>
            {study.muscles.map((m, i) => {
              const ev = evaluation.regions
                .flatMap((r) => r.muscles)
                .find((x) => x.muscle === m.muscle && x.side === m.side);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a stored study's muscles never reorder
                <tr key={i}>
                  <td>
                    {muscleById(m.muscle)?.name ?? m.muscle}
                    {m.thoracicLevel !== undefined ? ` (T${m.thoracicLevel})` : ''}
                  </td>
                  <td>{m.side}</td>
                  <td>{ev ? REGION_LABEL[ev.region] : '—'}</td>
                  <td>{findingsText(m)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {evaluation.regions.some((r) => r.muscles.length > 0) && (
        <ul className="emg-why">
          {evaluation.regions
            .filter((r) => r.muscles.length > 0)
            .map((r) => (
              <li key={r.region}>
                <strong>{REGION_LABEL[r.region]}</strong>: {r.awajiGoldCoast.present ? 'met' : 'not met'} —{' '}
                {r.awajiGoldCoast.why}
              </li>
            ))}
        </ul>
      )}
      {study.note && <p className="note">{study.note}</p>}
    </details>
  );
}

export function EmgTab({ patientId }: { patientId: string }) {
  const { can } = useSession();
  const studies = useFacts<EmgStudy>(patientId, 'emgStudy');
  const assessment = useAssessment(patientId);
  const [entering, setEntering] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const echo = assessment.data?.assessment.diagnosis.settings;
  const settings = useMemo(() => settingsFromEcho(echo), [echo]);
  const list = useMemo(
    () =>
      [...(studies.data ?? [])]
        .filter((r) => !r.retracted)
        .sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : 0)),
    [studies.data],
  );
  const canWrite = can('fact.write', 'emgStudy');

  return (
    <section aria-label="EMG" className="emg-tab">
      <div className="toolbar">
        <h2>EMG studies</h2>
        <span className="spacer" />
        {saved && (
          <span role="status" className="badge ok">
            ✓ saved the study of {saved}
          </span>
        )}
        {canWrite && !entering && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              setEntering(true);
              setSaved(null);
            }}
          >
            New EMG study
          </button>
        )}
      </div>
      {entering && (
        <EmgStudyForm
          patientId={patientId}
          settings={settings}
          onCancel={() => setEntering(false)}
          onDone={(record) => {
            setEntering(false);
            setSaved(String((record.data as { date?: string }).date ?? ''));
          }}
        />
      )}
      <FormError error={formError(studies.error)} />
      {studies.isPending && <p className="muted">Loading EMG studies…</p>}
      {studies.isSuccess && list.length === 0 && !entering && <p className="muted">No EMG study recorded.</p>}
      {list.map((r, i) => (
        <StudyCard key={r.id} record={r} settings={settings} open={i === 0} />
      ))}
    </section>
  );
}
