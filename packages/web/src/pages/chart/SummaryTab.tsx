/**
 * The visit summary, printable: for the patient's record, or as a letter to the GP or referrer.
 * Everything in it is the server's assessment as of the visit date (so a summary printed later
 * still says what was known that day) and the facts recorded at that visit. The browser prints
 * it (styles.css "chart/summary" makes the page read like a clinical letter); the plots are SVG
 * and print sharp.
 */
import type { Assessment, CareRecommendation, PatientCase, Source } from '@betz/engine';
import { CATEGORY_LABEL, formatSource } from '@betz/engine';
import { useId, useState } from 'react';
import { type FactRecord, useAssessment, useFacts, usePatient, usePatientCase } from '../../api/patient';
import { useSession } from '../../auth/session';
import { ageInYears, buildTimeline, goldCoastText, type VisitData, visitDates, words } from './chartModel';
import { longDate, num, patientName, signed } from './format';
import { TrajectoryPlots } from './TrajectoryPlots';

type Variant = 'record' | 'letter';

/** Every source the summary's statements follow, once each, in the order first cited. */
function sourcesOf(a: Assessment): Source[] {
  const all: Source[] = [
    a.diagnosis.elEscorial.source,
    a.diagnosis.awaji.source,
    a.diagnosis.goldCoast.source,
    ...(a.function.alsfrsr.kind === 'scored' ? [a.function.alsfrsr.source] : []),
    ...('source' in a.function.progression ? [a.function.progression.source] : []),
    ...(a.function.slope.kind !== 'insufficient' ? [a.function.slope.source] : []),
    ...(a.staging.kings.kind === 'staged' ? a.staging.kings.sources : []),
    ...(a.staging.mitos.kind !== 'insufficient' ? [a.staging.mitos.source] : []),
    ...(a.prognosis.encals.kind === 'predicted' ? a.prognosis.encals.sources : []),
    ...a.care.recommendations.map((r) => r.source),
  ];
  const seen = new Map<string, Source>();
  for (const s of all) if (!seen.has(formatSource(s))) seen.set(formatSource(s), s);
  return [...seen.values()];
}

function Findings({ c, date }: { c: PatientCase | undefined; date: string }) {
  const day = c ? buildTimeline(c, []).find((d) => d.date === date) : undefined;
  const items = day?.items ?? [];
  if (items.length === 0) return <p className="muted">Nothing recorded on this date.</p>;
  return (
    <ul className="summary-findings">
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items of one day have no id and never reorder
        <li key={i}>
          <strong>{item.label}</strong>: {item.unchangedSince && `unchanged from ${longDate(item.unchangedSince)}: `}
          {item.text}
        </li>
      ))}
    </ul>
  );
}

function Measures({ a }: { a: Assessment }) {
  const f = a.function;
  const w = f.weight;
  const vc = f.vitalCapacity.latest;
  return (
    <table className="grid summary-measures">
      <tbody>
        <tr>
          <th scope="row">ALSFRS-R</th>
          <td>
            {f.alsfrsr.kind === 'scored' ? (
              <>
                <strong>{f.alsfrsr.total}/48</strong> on {longDate(f.alsfrsr.date)} (bulbar {f.alsfrsr.domains.bulbar},
                fine motor {f.alsfrsr.domains.fineMotor}, gross motor {f.alsfrsr.domains.grossMotor}, respiratory{' '}
                {f.alsfrsr.domains.respiratory})
              </>
            ) : (
              f.alsfrsr.reason
            )}
          </td>
        </tr>
        <tr>
          <th scope="row">Progression</th>
          <td>
            {f.progression.kind === 'computed'
              ? `ΔFS ${num(f.progression.pointsPerMonth, 2)} points/month (${f.progression.band})`
              : f.progression.reason}
            {f.slope.kind === 'meaningful'
              ? `; slope ${signed(f.slope.fit.slopePerMonth, 2)} points/month (${f.slope.reason})`
              : f.slope.kind === 'notMeaningful'
                ? `; slope not meaningful (${f.slope.reasons.join('; ')})`
                : ''}
          </td>
        </tr>
        <tr>
          <th scope="row">Vital capacity</th>
          <td>
            {vc
              ? `${vc.kind} ${vc.posture} ${num(vc.percentPredicted, 0)} % predicted on ${longDate(vc.date)}`
              : 'not recorded'}
            {f.vitalCapacity.trend.kind === 'meaningful' &&
              `; ${signed(f.vitalCapacity.trend.fit.slopePerMonth, 1)} % per month`}
          </td>
        </tr>
        <tr>
          <th scope="row">Weight</th>
          <td>
            {w.latest ? `${num(w.latest.weightKg, 1)} kg on ${longDate(w.latest.date)}` : 'not recorded'}
            {w.bmi !== null && `, BMI ${num(w.bmi, 1)} kg/m²`}
            {w.fromPremorbid &&
              `; ${signed(w.fromPremorbid.percent, 1)} % from premorbid ${num(w.fromPremorbid.fromKg, 1)} kg`}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function DiagnosisAndStage({ a }: { a: Assessment }) {
  const d = a.diagnosis;
  const { kings, mitos } = a.staging;
  const rows = [
    { name: 'Revised El Escorial', text: CATEGORY_LABEL[d.elEscorial.category], r: d.elEscorial },
    { name: 'Awaji-Shima', text: CATEGORY_LABEL[d.awaji.category], r: d.awaji },
    { name: 'Gold Coast', text: goldCoastText(d.goldCoast), r: d.goldCoast },
  ];
  return (
    <table className="grid summary-dx">
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            <td>
              <strong>{row.text}</strong>; {row.r.statusText}. {row.r.pattern}
            </td>
          </tr>
        ))}
        {d.elEscorial.pendingExclusions.length > 0 && (
          <tr>
            <th scope="row">Pending exclusions</th>
            <td>{d.elEscorial.pendingExclusions.map((t) => t.name).join(', ')}</td>
          </tr>
        )}
        <tr>
          <th scope="row">King's stage</th>
          <td>{kings.kind === 'staged' ? `${kings.label} (${kings.reasons.join('; ')})` : kings.reason}</td>
        </tr>
        <tr>
          <th scope="row">MiToS stage</th>
          <td>
            {mitos.kind === 'staged'
              ? `${mitos.stage} (${mitos.reasons.join('; ')})`
              : mitos.kind === 'undetermined'
                ? mitos.reason
                : mitos.reason}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function Prognosis({ a }: { a: Assessment }) {
  const e = a.prognosis.encals;
  if (e.kind !== 'predicted') return <p>ENCALS prediction not given: {e.reason}</p>;
  return (
    <p>
      {e.modelName}: median {num(e.medianRemainingMonths, 0)} months from {longDate(a.asOf)} (to{' '}
      {longDate(e.medianSurvivalDate)}), for the outcome {e.outcome}. Event-free at{' '}
      {e.survivalAtHorizons.map((h) => `${h.horizonMonths} months ${Math.round(h.probability * 100)} %`).join(', ')}.
      {e.cautions.map((c) => (
        <span key={c}>
          {' '}
          <strong>Caution:</strong> {c}.
        </span>
      ))}
    </p>
  );
}

/**
 * The care plan items a summary lists: all of them in the record; in a letter the urgent and soon
 * ones and those with a recorded decision (the rest is counted, so the reader knows there is more).
 */
export function careItemsFor(a: Assessment, variant: Variant): { items: CareRecommendation[]; left: number } {
  const recs = a.care.recommendations;
  const items = variant === 'record' ? recs : recs.filter((r) => r.priority !== 'routine' || r.decision);
  return { items, left: recs.length - items.length };
}

function CarePlan({ a, variant }: { a: Assessment; variant: Variant }) {
  const { items: recs, left } = careItemsFor(a, variant);
  if (recs.length === 0) return <p>No care plan items.</p>;
  return (
    <>
      <table className="grid summary-care">
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col">Item</th>
            <th scope="col">Decision</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {recs.map((r) => (
            <tr key={r.code}>
              <td>{r.priority}</td>
              <td>
                <strong>{r.title}</strong>
                <div className="muted">
                  {r.reason} ({r.source.cite})
                </div>
              </td>
              <td>
                {r.decision
                  ? `${r.decision.status} ${longDate(r.decision.date)}${r.decision.reason ? `: ${r.decision.reason}` : ''}`
                  : 'none recorded'}
                {r.decisionNote && <div className="muted">{r.decisionNote}</div>}
              </td>
              <td className="nowrap">{longDate(r.due)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {left > 0 && (
        <p className="muted">
          {left} routine item{left === 1 ? '' : 's'} of the clinic's care plan not listed.
        </p>
      )}
    </>
  );
}

export function SummaryTab({ patientId }: { patientId: string }) {
  const ids = useId();
  const { session } = useSession();
  const patient = usePatient(patientId);
  const patientCase = usePatientCase(patientId);
  const visitFacts = useFacts<VisitData>(patientId, 'visit');
  const identifiers = useFacts<{ system: string; value: string }>(patientId, 'identifier');
  const today = useAssessment(patientId);
  const [variant, setVariant] = useState<Variant>('record');
  const [recipient, setRecipient] = useState('');
  const [chosen, setChosen] = useState<string | undefined>();
  const visits = (visitFacts.data ?? []).filter((v) => !v.retracted).map((v) => v.data);
  const todayIso = today.data?.asOf;
  const dates = todayIso ? visitDates(patientCase.data, visits, todayIso) : [];
  const visitDate = chosen ?? dates[0] ?? todayIso;
  const assessment = useAssessment(patientId, visitDate);
  const a = visitDate ? assessment.data?.assessment : undefined;
  const p = patient.data;
  const visit = visits.find((v) => v.date === visitDate);
  const age = p && visitDate ? ageInYears(p.birthDate, visitDate) : null;
  const idList = (identifiers.data ?? []).filter((r: FactRecord<{ system: string; value: string }>) => !r.retracted);
  const name = patientName(p);
  const plain = p ? [p.givenName, p.familyName].filter(Boolean).join(' ') : 'the patient';

  return (
    <section className="summary" aria-labelledby={`${ids}-title`}>
      <div className="toolbar no-print summary-tools">
        <fieldset className="segmented">
          <legend className="sr-only">Kind of summary</legend>
          <label>
            <input type="radio" name="variant" checked={variant === 'record'} onChange={() => setVariant('record')} />{' '}
            Visit summary (record)
          </label>
          <label>
            <input type="radio" name="variant" checked={variant === 'letter'} onChange={() => setVariant('letter')} />{' '}
            Letter to GP / referrer
          </label>
        </fieldset>
        <label className="inline-field">
          Visit{' '}
          <select value={visitDate ?? ''} onChange={(e) => setChosen(e.target.value)} disabled={dates.length === 0}>
            {dates.length === 0 && visitDate && <option value={visitDate}>{longDate(visitDate)} (today)</option>}
            {dates.map((d) => (
              <option key={d} value={d}>
                {longDate(d)}
              </option>
            ))}
          </select>
        </label>
        {variant === 'letter' && (
          <label className="inline-field">
            Addressed to{' '}
            <input
              type="text"
              value={recipient}
              placeholder="Dr … (GP)"
              onChange={(e) => setRecipient(e.target.value)}
            />
          </label>
        )}
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
      </div>

      {!a || !p || !visitDate ? (
        <p className="loading">Loading the summary…</p>
      ) : (
        <article className="summary-doc" data-variant={variant}>
          <header className="summary-head">
            <div>
              <h2 id={`${ids}-title`}>{variant === 'letter' ? 'ALS clinic: letter' : 'ALS clinic: visit summary'}</h2>
              <div>
                Visit of <strong>{longDate(visitDate)}</strong>
                {visit?.kind && ` (${visit.kind})`}
                {visit?.clinician && `, ${visit.clinician}`}
              </div>
            </div>
            <dl className="summary-patient">
              <div>
                <dt>Patient</dt>
                <dd>
                  <strong>{name}</strong>
                </dd>
              </div>
              <div>
                <dt>Born</dt>
                <dd>
                  {p.birthDate ? longDate(p.birthDate) : 'not recorded'}
                  {age !== null && ` (${age} y)`}
                </dd>
              </div>
              <div>
                <dt>Sex</dt>
                <dd>{p.sex ? words(p.sex) : 'not recorded'}</dd>
              </div>
              {idList.map((r) => (
                <div key={r.id}>
                  <dt>{r.data.system.toUpperCase()}</dt>
                  <dd>{r.data.value}</dd>
                </div>
              ))}
            </dl>
          </header>

          {variant === 'letter' && (
            <div className="letter-opening">
              <p>Dear {recipient.trim() || 'colleague'},</p>
              <p>
                I reviewed {plain} in the ALS clinic on {longDate(visitDate)}. A summary of the findings, the measures
                of function and breathing, and the plan follows.
              </p>
            </div>
          )}

          <h3>Findings at this visit</h3>
          <Findings c={patientCase.data} date={visitDate} />
          {visit?.note && <p>Note: {visit.note}</p>}

          <h3>Function, breathing and weight</h3>
          <Measures a={a} />

          <h3>Diagnostic categories and stage</h3>
          <DiagnosisAndStage a={a} />

          {variant === 'record' && (
            <>
              <h3>Predicted survival (ENCALS)</h3>
              <Prognosis a={a} />
            </>
          )}

          <h3>Care plan</h3>
          <CarePlan a={a} variant={variant} />

          <h3>Trajectories</h3>
          <TrajectoryPlots
            assessment={a}
            premorbidWeightKg={p.premorbidWeightKg}
            onsetDate={patientCase.data?.history?.onsetDate}
            compact
            idPrefix="sum"
          />

          <h3>Sources</h3>
          <ol className="summary-sources">
            {sourcesOf(a).map((s) => (
              <li key={formatSource(s)}>
                {s.cite}
                {s.level ? `, ${s.level}` : ''}
                {s.detail ? `: ${s.detail}` : ''}
              </li>
            ))}
          </ol>

          <footer className="summary-foot">
            {variant === 'letter' && <p>Yours sincerely,</p>}
            <p className="signature">{session?.user.displayName ?? ''}</p>
            <p className="muted">
              Prepared with Betz from the record as of {longDate(a.asOf)}. Derived values (categories, stages, rates,
              predictions) are computed from the recorded facts and support, not replace, clinical judgement.
            </p>
          </footer>
        </article>
      )}
    </section>
  );
}
