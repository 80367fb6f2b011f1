/**
 * The history (one per patient): onset date, site and side, diagnosis date, family history and the
 * exposures the red flags read. The first save creates it; later saves are corrections, which the
 * API keeps with their reason and version (a 409 shows both versions).
 */
import { type History, VOCABULARY } from '@betz/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiRequestError, api } from '../../api/client';
import { type FactRecord, factsPath, invalidatePatient } from '../../api/patient';
import { ConflictNotice } from '../../components/ConflictNotice';
import { Field, FormError, fieldError, formError } from '../../components/Field';

/** The history as the engine reads it (one type: the engine's). */
export type HistoryData = History;

const SITE_LABEL: Record<string, string> = {
  bulbar: 'bulbar',
  cervical: 'upper limb (cervical)',
  thoracic: 'trunk (thoracic)',
  lumbosacral: 'lower limb (lumbosacral)',
  respiratory: 'respiratory',
  generalised: 'generalised',
  cognitive: 'cognitive / behavioural',
};

/** What the red flags read from the history (each points to a mimic's separating test). */
const FLAGS = [
  { key: 'ftd', label: 'Frontotemporal dementia (FTD) diagnosed' },
  { key: 'priorPolio', label: 'Poliomyelitis in the past' },
  { key: 'priorRadiotherapy', label: 'Radiotherapy in the past' },
  { key: 'bariatricSurgery', label: 'Bariatric surgery' },
  { key: 'heavyMetalExposure', label: 'Heavy-metal exposure' },
  { key: 'zincExposure', label: 'Zinc excess (supplements, denture cream)' },
  { key: 'adrenalInsufficiency', label: 'Adrenal insufficiency' },
  { key: 'htlv1EndemicOrigin', label: 'Origin in an HTLV-1 endemic area' },
  { key: 'bloodTransfusion', label: 'Blood transfusion in the past' },
] as const;

const PROGRESSION_BY: Record<string, string> = {
  history: 'by history',
  examination: 'on examination',
  electrophysiology: 'on EMG',
};

const TEMPO_LABEL: Record<string, string> = {
  acute: 'acute (days to weeks)',
  progressive: 'progressive over months',
  slowOverYears: 'slow, over years',
  arrested: 'arrested (no progression)',
  relapsingOrFluctuating: 'relapsing or fluctuating',
};

const FAMILY_DISEASE_LABEL: Record<string, string> = {
  hereditarySpasticParaplegia: 'hereditary spastic paraplegia',
  spinalMuscularAtrophy: 'spinal muscular atrophy',
  spinobulbarMuscularAtrophy: 'spinobulbar muscular atrophy (Kennedy)',
  adrenoleukodystrophy: 'adrenoleukodystrophy',
  hereditaryNeuropathy: 'hereditary neuropathy',
  spinocerebellarAtaxia: 'spinocerebellar ataxia',
  gm2Gangliosidosis: 'GM2 gangliosidosis (hexosaminidase A)',
};

/** Drops empty strings and empty family history so the stored fact holds only what was said. */
export function cleanHistory(h: HistoryData): HistoryData {
  const out: HistoryData = {};
  if (h.onsetDate) out.onsetDate = h.onsetDate;
  if (h.onsetSite) out.onsetSite = h.onsetSite;
  if (h.onsetSide) out.onsetSide = h.onsetSide;
  if (h.diagnosisDate) out.diagnosisDate = h.diagnosisDate;
  if (h.weaknessTempo) out.weaknessTempo = h.weaknessTempo;
  for (const { key } of FLAGS) if (h[key] !== undefined) out[key] = h[key];
  const p = h.progression;
  // Progression is said (documented yes or no) or left out; "by" and the rest only with it.
  if (p && p.documented !== undefined) {
    out.progression = {
      documented: p.documented,
      ...(p.documented && p.by ? { by: p.by } : {}),
      ...(p.precededByNormalFunction !== undefined ? { precededByNormalFunction: p.precededByNormalFunction } : {}),
      ...(p.note ? { note: p.note } : {}),
    };
  }
  const fh = h.familyHistory;
  if (fh && (fh.als !== undefined || fh.ftd !== undefined || fh.relatives || (fh.diseases?.length ?? 0) > 0)) {
    out.familyHistory = {
      ...(fh.als !== undefined ? { als: fh.als } : {}),
      ...(fh.ftd !== undefined ? { ftd: fh.ftd } : {}),
      ...(fh.diseases && fh.diseases.length > 0 ? { diseases: fh.diseases } : {}),
      ...(fh.relatives ? { relatives: fh.relatives } : {}),
    };
  }
  return out;
}

function YesNo({
  label,
  value,
  onChange,
  name,
}: {
  label: string;
  value: boolean | undefined;
  onChange: (v: boolean | undefined) => void;
  name: string;
}) {
  const current = value === undefined ? '' : value ? 'yes' : 'no';
  return (
    <fieldset className="yesno">
      <legend>{label}</legend>
      {[
        ['yes', 'yes'],
        ['no', 'no'],
        ['', 'not asked'],
      ].map(([v, text]) => (
        <label key={v}>
          <input
            type="radio"
            name={name}
            checked={current === v}
            onChange={() => onChange(v === '' ? undefined : v === 'yes')}
          />
          {text}
        </label>
      ))}
    </fieldset>
  );
}

export function HistoryForm({ patientId, record }: { patientId: string; record: FactRecord<HistoryData> | undefined }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<HistoryData>(record?.data ?? {});
  const [reason, setReason] = useState('');
  const [conflict, setConflict] = useState<FactRecord<HistoryData> | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (version: number | undefined) => {
      const data = cleanHistory(form);
      return version === undefined || !record
        ? api<FactRecord<HistoryData>>('POST', factsPath(patientId, 'history'), { body: { data } })
        : api<FactRecord<HistoryData>>('PUT', `${factsPath(patientId, 'history')}/${record.id}`, {
            body: { version, reason: reason.trim(), data },
          });
    },
    onSuccess: async () => {
      setConflict(null);
      setReason('');
      setSaved(true);
      await invalidatePatient(queryClient, patientId);
    },
    onError: async (error) => {
      if (error instanceof ApiRequestError && error.code === 'version_conflict' && record) {
        setConflict(await api<FactRecord<HistoryData>>('GET', `${factsPath(patientId, 'history')}/${record.id}`));
      }
    },
  });
  const update = (patch: Partial<HistoryData>) => {
    setSaved(false);
    setForm((f) => ({ ...f, ...patch }));
  };
  const err = (path: string) => fieldError(save.error, `data.${path}`, path);
  const show = (h: HistoryData) =>
    [h.onsetDate, h.onsetSite && SITE_LABEL[h.onsetSite], h.onsetSide, h.diagnosisDate && `dx ${h.diagnosisDate}`]
      .filter(Boolean)
      .join(', ');
  return (
    <form
      className="card"
      aria-label="History"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(record?.version);
      }}
    >
      <h2>History</h2>
      <div className="row-form">
        <Field
          label="Symptom onset"
          type="date"
          value={form.onsetDate ?? ''}
          onChange={(e) => update({ onsetDate: e.target.value })}
          hint="first weakness, not the first visit"
          error={err('onsetDate')}
        />
        <div className="field">
          <label htmlFor="history-site">Onset region</label>
          <select
            id="history-site"
            value={form.onsetSite ?? ''}
            onChange={(e) => update({ onsetSite: (e.target.value || undefined) as History['onsetSite'] })}
          >
            <option value="">not recorded</option>
            {VOCABULARY.onsetSite.map((site) => (
              <option key={site} value={site}>
                {SITE_LABEL[site] ?? site}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-side">Onset side</label>
          <select
            id="history-side"
            value={form.onsetSide ?? ''}
            onChange={(e) => update({ onsetSide: (e.target.value || undefined) as History['onsetSide'] })}
          >
            <option value="">not recorded</option>
            {VOCABULARY.side.map((side) => (
              <option key={side} value={side}>
                {side}
              </option>
            ))}
          </select>
        </div>
        <Field
          label="Date of diagnosis"
          type="date"
          value={form.diagnosisDate ?? ''}
          onChange={(e) => update({ diagnosisDate: e.target.value })}
          error={err('diagnosisDate')}
        />
      </div>
      <div className="row-form">
        <YesNo
          name="progression"
          label="Progression documented (spread or worsening)"
          value={form.progression?.documented}
          onChange={(documented) =>
            update({ progression: documented === undefined ? undefined : { ...form.progression, documented } })
          }
        />
        <div className="field">
          <label htmlFor="history-progression-by">Progression shown</label>
          <select
            id="history-progression-by"
            value={form.progression?.by ?? ''}
            disabled={!form.progression?.documented}
            onChange={(e) =>
              update({
                progression: {
                  documented: true,
                  ...form.progression,
                  by: (e.target.value || undefined) as NonNullable<History['progression']>['by'],
                },
              })
            }
          >
            <option value="">not said</option>
            {VOCABULARY.progressionBy.map((by) => (
              <option key={by} value={by}>
                {PROGRESSION_BY[by] ?? by}
              </option>
            ))}
          </select>
        </div>
        <YesNo
          name="progression-normal"
          label="Normal function before onset (Gold Coast)"
          value={form.progression?.precededByNormalFunction}
          onChange={(precededByNormalFunction) =>
            update({
              progression: {
                documented: form.progression?.documented ?? false,
                ...form.progression,
                precededByNormalFunction,
              },
            })
          }
        />
        <div className="field">
          <label htmlFor="history-tempo">Tempo of weakness</label>
          <select
            id="history-tempo"
            value={form.weaknessTempo ?? ''}
            onChange={(e) => update({ weaknessTempo: (e.target.value || undefined) as History['weaknessTempo'] })}
          >
            <option value="">not recorded</option>
            {VOCABULARY.weaknessTempo.map((t) => (
              <option key={t} value={t}>
                {TEMPO_LABEL[t] ?? t}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="row-form">
        <YesNo
          name="fh-als"
          label="ALS in the family"
          value={form.familyHistory?.als}
          onChange={(als) => update({ familyHistory: { ...form.familyHistory, als } })}
        />
        <YesNo
          name="fh-ftd"
          label="FTD in the family"
          value={form.familyHistory?.ftd}
          onChange={(ftd) => update({ familyHistory: { ...form.familyHistory, ftd } })}
        />
        <Field
          label="Affected relatives"
          value={form.familyHistory?.relatives ?? ''}
          onChange={(e) => update({ familyHistory: { ...form.familyHistory, relatives: e.target.value } })}
          error={err('familyHistory.relatives')}
        />
      </div>
      <fieldset className="yesno wrap">
        <legend>Other neurological disease in the family</legend>
        {VOCABULARY.familyHistoryDisease.map((disease) => {
          const chosen = form.familyHistory?.diseases ?? [];
          return (
            <label key={disease}>
              <input
                type="checkbox"
                checked={chosen.includes(disease)}
                onChange={(e) =>
                  update({
                    familyHistory: {
                      ...form.familyHistory,
                      diseases: e.target.checked ? [...chosen, disease] : chosen.filter((d) => d !== disease),
                    },
                  })
                }
              />
              {FAMILY_DISEASE_LABEL[disease] ?? disease}
            </label>
          );
        })}
      </fieldset>
      <div className="row-form">
        {FLAGS.map(({ key, label }) => (
          <YesNo key={key} name={`h-${key}`} label={label} value={form[key]} onChange={(v) => update({ [key]: v })} />
        ))}
      </div>
      <div className="row-form">
        {record && (
          <Field
            label="Reason for the correction"
            className="grow"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            error={fieldError(save.error, 'reason')}
          />
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {record ? 'Save correction' : 'Save history'}
          </button>
          {saved && <span className="badge ok">✓ saved</span>}
        </div>
      </div>
      {!conflict && (
        <FormError
          error={formError(save.error, [
            'reason',
            'data.onsetDate',
            'data.diagnosisDate',
            'data.familyHistory.relatives',
          ])}
        />
      )}
      {conflict && (
        <ConflictNotice
          fields={[{ label: 'History', mine: show(cleanHistory(form)), theirs: show(conflict.data) }]}
          busy={save.isPending}
          onKeepTheirs={() => {
            setForm(conflict.data);
            setConflict(null);
            save.reset();
          }}
          onSaveMine={() => save.mutate(conflict.version)}
        />
      )}
    </form>
  );
}
