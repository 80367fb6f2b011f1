/**
 * The chart header, always in view: who the patient is, where and when the disease began, the
 * diagnostic category under each criteria set, the stages, the rate of progression and the
 * ENCALS prediction. Every derived value is the server assessment's, shown with its reasons one
 * click away (a <details> that opens over the page, so the header never changes height), and a
 * value the engine cannot give is shown as its "insufficient data: needs …", never a guess.
 */
import type { Assessment } from '@betz/engine';
import { CATEGORY_LABEL, monthsBetween } from '@betz/engine';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type FactRecord, useAssessment, useFacts, usePatient, usePatientCase } from '../../api/patient';
import { needsInWords } from '../../components/needs';
import { ageInYears, goldCoastText, words } from './chartModel';
import { num, patientName, shortDate, signed } from './format';

function Why({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="why">
      <summary aria-label={`Why: ${label}`}>why</summary>
      <div className="why-body">{children}</div>
    </details>
  );
}

function Cell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="hdr-cell">
      <div className="hdr-title">{title}</div>
      {children}
    </div>
  );
}

function Insufficient({ text }: { text: string }) {
  return <span className="insufficient">{needsInWords(text)}</span>;
}

/** A short word for a criteria result withheld or qualified by its prerequisites (the engine's status). */
const STATUS_SHORT: Record<Assessment['diagnosis']['elEscorial']['status'], string> = {
  prerequisitesMet: '',
  pendingExclusions: 'exclusions pending',
  alternativeExplanation: 'another disease explains the signs',
  notProgressive: 'no progression documented',
  progressionNotRecorded: 'progression not recorded',
};

function Diagnosis({ a, patientId }: { a: Assessment; patientId: string }) {
  const d = a.diagnosis;
  const sets = [
    { name: 'rEEC', full: 'Revised El Escorial', text: CATEGORY_LABEL[d.elEscorial.category], r: d.elEscorial },
    { name: 'Awaji', full: 'Awaji-Shima', text: CATEGORY_LABEL[d.awaji.category], r: d.awaji },
    {
      name: 'Gold Coast',
      full: 'Gold Coast',
      text: goldCoastText(d.goldCoast),
      r: d.goldCoast,
    },
  ];
  // The prerequisites (progression, exclusions) are shared: say their state once when it is one.
  const statuses = new Set(sets.map((s) => s.r.status));
  const shared = statuses.size === 1 ? STATUS_SHORT[sets[0]!.r.status] : '';
  const pending = d.elEscorial.pendingExclusions;
  return (
    <Cell title="Diagnostic category">
      <dl className="hdr-dl">
        {sets.map((s) => (
          <div key={s.name} data-criteria={s.r.criteria}>
            <dt title={s.full}>{s.name}</dt>
            <dd>
              <span className={s.text.startsWith('insufficient') ? 'insufficient' : 'hdr-value'}>{s.text}</span>
              {statuses.size > 1 && STATUS_SHORT[s.r.status] && (
                <span className="insufficient"> · {STATUS_SHORT[s.r.status]}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {shared && (
        <div className="insufficient">
          {shared}
          {pending.length > 0 && ` (${pending.length} test${pending.length === 1 ? '' : 's'})`}
        </div>
      )}
      <Why label="diagnostic category">
        {sets.map((s) => (
          <p key={s.name}>
            <strong>{s.full}</strong>: {s.text}; {s.r.statusText}. {s.r.pattern}{' '}
            <span className="muted">({s.r.source.cite})</span>
          </p>
        ))}
        {pending.length > 0 && <p>Pending exclusions: {pending.map((t) => t.name).join(', ')}.</p>}
        <p>
          <Link to={`/patients/${patientId}/diagnosis`}>The full trace on the Diagnosis tab</Link>
        </p>
      </Why>
    </Cell>
  );
}

function Stages({ a }: { a: Assessment }) {
  const { kings, mitos } = a.staging;
  return (
    <Cell title="Stage">
      <dl className="hdr-dl">
        <div>
          <dt>King's</dt>
          <dd>
            {kings.kind === 'staged' ? (
              <span className="hdr-value">{kings.label}</span>
            ) : (
              <Insufficient text={kings.reason} />
            )}
          </dd>
        </div>
        <div>
          <dt>MiToS</dt>
          <dd>
            {mitos.kind === 'staged' ? (
              <span className="hdr-value">{mitos.stage}</span>
            ) : mitos.kind === 'undetermined' ? (
              <span>
                {mitos.possibleStages.join(' or ')} <span className="muted">(undetermined)</span>
              </span>
            ) : (
              <Insufficient text={mitos.reason} />
            )}
          </dd>
        </div>
      </dl>
      <Why label="stage">
        {kings.kind === 'staged' && (
          <p>
            <strong>King's {kings.label}</strong>: {kings.reasons.join('; ')}.{' '}
            <span className="muted">({kings.sources.map((s) => s.cite).join('; ')})</span>
          </p>
        )}
        {mitos.kind === 'staged' && (
          <p>
            <strong>MiToS {mitos.stage}</strong>: {mitos.reasons.join('; ')} (ALSFRS-R {mitos.date}).{' '}
            <span className="muted">({mitos.source.cite})</span>
          </p>
        )}
        {mitos.kind === 'undetermined' && <p>MiToS: {mitos.reason}</p>}
      </Why>
    </Cell>
  );
}

function Progression({ a, patientId }: { a: Assessment; patientId: string }) {
  const f = a.function;
  const p = f.progression;
  const s = f.slope;
  return (
    <Cell title="Progression">
      <dl className="hdr-dl">
        <div>
          <dt title="ΔFS: (48 − ALSFRS-R) / months since onset">ΔFS</dt>
          <dd>
            {p.kind === 'computed' ? (
              <span>
                <span className="hdr-value">{num(p.pointsPerMonth, 2)}</span> pts/month{' '}
                <span className="muted">({p.band})</span>
              </span>
            ) : (
              <Insufficient text={p.reason} />
            )}
          </dd>
        </div>
        <div>
          <dt>ALSFRS-R</dt>
          <dd>
            {f.alsfrsr.kind === 'scored' ? (
              <span>
                <span className="hdr-value">{f.alsfrsr.total}</span>/48{' '}
                <span className="muted">{shortDate(f.alsfrsr.date)}</span>
              </span>
            ) : (
              <Insufficient text={f.alsfrsr.reason} />
            )}
          </dd>
        </div>
        <div>
          <dt>Slope</dt>
          <dd>
            {s.kind === 'meaningful' ? (
              <span>
                <span className="hdr-value">{signed(s.fit.slopePerMonth, 2)}</span> pts/month
                {f.slopeBand && <span className="muted"> ({f.slopeBand})</span>}
              </span>
            ) : s.kind === 'notMeaningful' ? (
              <span className="insufficient">not meaningful: {s.reasons.join('; ')}</span>
            ) : (
              <Insufficient text={s.reason} />
            )}
          </dd>
        </div>
      </dl>
      <Why label="progression">
        <p>
          <strong>ΔFS</strong>: {p.reason} {'source' in p && <span className="muted">({p.source.cite})</span>}
        </p>
        {s.kind !== 'insufficient' && (
          <p>
            <strong>Slope</strong>: {s.kind === 'meaningful' ? s.reason : s.reasons.join('; ')}
            {s.fit?.confidenceInterval &&
              `; ${Math.round(s.fit.confidenceLevel * 100)} % CI ${signed(s.fit.confidenceInterval[0], 2)} to ${signed(s.fit.confidenceInterval[1], 2)} pts/month`}
            . <span className="muted">({s.source.cite})</span>
          </p>
        )}
        <p>
          <Link to={`/patients/${patientId}/trajectories`}>The plots on the Trajectories tab</Link>
        </p>
      </Why>
    </Cell>
  );
}

function Prognosis({ a }: { a: Assessment }) {
  const e = a.prognosis.encals;
  return (
    <Cell title="Predicted survival (ENCALS)">
      {e.kind === 'predicted' ? (
        <div>
          <span className="hdr-value">{num(e.medianRemainingMonths, 0)} months</span> median from today{' '}
          <span className="muted">
            (to {shortDate(e.medianSurvivalDate)}){e.model === 'tricals7' ? ' · 7-predictor model' : ''}
          </span>
        </div>
      ) : e.kind === 'declined' ? (
        <span className="insufficient">not given: {e.reason}</span>
      ) : (
        <Insufficient text={e.reason} />
      )}
      <Why label="predicted survival">
        {e.kind === 'predicted' ? (
          <>
            <p>
              <strong>{e.modelName}</strong>. Outcome: {e.outcome}. Median from onset, given event-free today:{' '}
              {num(e.medianSurvivalMonthsFromOnsetGivenEventFreeAtAsOf)} months; unconditional (as in the paper):{' '}
              {num(e.medianSurvivalMonthsFromOnsetUnconditional)} months.
            </p>
            <p>
              Event-free from today:{' '}
              {e.survivalAtHorizons
                .map((h) => `${h.horizonMonths} months ${Math.round(h.probability * 100)} %`)
                .join(', ')}
              .
            </p>
            {e.riskGroup && <p>Prognostic group (approximation): {e.riskGroup.label}.</p>}
            {[...e.cautions, ...e.notes].length > 0 && (
              <ul>
                {e.cautions.map((c) => (
                  <li key={c}>
                    <strong>Caution:</strong> {c}
                  </li>
                ))}
                {e.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
            <p className="muted">{e.sources.map((s) => s.cite).join('; ')}</p>
          </>
        ) : e.kind === 'declined' ? (
          <p>
            {e.reason} <span className="muted">({e.source.cite})</span>
          </p>
        ) : (
          <p>
            {e.reason}
            {e.refusals.length > 0 && `; ${e.refusals.join('; ')}`}
          </p>
        )}
      </Why>
    </Cell>
  );
}

export function ChartHeader({ patientId }: { patientId: string }) {
  const patient = usePatient(patientId);
  const assessment = useAssessment(patientId);
  const caseQuery = usePatientCase(patientId);
  const ids = useFacts<{ system: string; value: string }>(patientId, 'identifier');
  const a = assessment.data?.assessment;
  const p = patient.data;
  const today = a?.asOf;
  const age = today ? ageInYears(p?.birthDate, today) : null;
  const h = caseQuery.data?.history;
  const identifiers = (ids.data ?? []).filter((r: FactRecord<{ system: string; value: string }>) => !r.retracted);
  return (
    <section className="chart-header" aria-label="Patient" aria-busy={!a || !p}>
      <div className="hdr-identity">
        <h1>{p ? patientName(p) : '…'}</h1>
        <span>
          {age !== null ? `${age} y` : 'age unknown'}
          {p?.birthDate && <span className="muted"> (born {shortDate(p.birthDate)})</span>}
        </span>
        <span>{p?.sex ? words(p.sex) : 'sex not recorded'}</span>
        {identifiers.map((r) => (
          <span key={r.id} className="hdr-id">
            <span className="muted">{r.data.system.toUpperCase()}</span> {r.data.value}
          </span>
        ))}
        {assessment.isError && (
          <span className="insufficient" role="alert">
            The assessment could not be loaded: {assessment.error.message}
          </span>
        )}
      </div>
      <div className="hdr-grid">
        <Cell title="Onset">
          {h?.onsetDate ? (
            <div>
              <span className="hdr-value">{h.onsetSite ? words(h.onsetSite) : 'site not recorded'}</span>
              {h.onsetSide && h.onsetSide !== 'midline' && ` ${h.onsetSide}`}
              <div>
                {shortDate(h.onsetDate)}
                {today && <span className="muted"> · {num(monthsBetween(h.onsetDate, today), 0)} months ago</span>}
              </div>
            </div>
          ) : caseQuery.data ? (
            <Insufficient text="insufficient data: needs history.onsetDate" />
          ) : (
            <span className="muted">…</span>
          )}
        </Cell>
        {a ? (
          <>
            <Diagnosis a={a} patientId={patientId} />
            <Stages a={a} />
            <Progression a={a} patientId={patientId} />
            <Prognosis a={a} />
          </>
        ) : (
          <div className="hdr-cell muted">Loading the assessment…</div>
        )}
      </div>
    </section>
  );
}
