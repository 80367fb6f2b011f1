/**
 * Overview: what needs a decision today (the care plan's top items, overdue measurements), what
 * changed since the previous visit (the assessment as of that visit against today's), then the
 * timeline of every dated fact, newest day first, each labelled with its kind as the fact
 * catalogue names it.
 */
import type { Assessment, CareRecommendation } from '@betz/engine';
import { Link } from 'react-router';
import { useAssessment, useFacts, usePatientCase } from '../../api/patient';
import { buildTimeline, changesBetween, newCareItems, type VisitData, visitDates } from './chartModel';
import { shortDate } from './format';

const PRIORITY_WORD: Record<CareRecommendation['priority'], string> = {
  urgent: 'Urgent',
  soon: 'Soon',
  routine: 'Routine',
};
const PRIORITY_CLASS: Record<CareRecommendation['priority'], string> = {
  urgent: 'urgent',
  soon: 'due',
  routine: 'done',
};

/** The items to decide today: every urgent one, anything overdue, then the soonest, at most six. */
export function decisionsToday(a: Assessment): CareRecommendation[] {
  const recs = a.care.recommendations;
  const pressing = recs.filter((r) => r.priority === 'urgent' || r.due <= a.asOf);
  const rest = recs.filter((r) => !pressing.includes(r) && r.priority === 'soon');
  return [...pressing, ...rest].slice(0, 6);
}

function CareItem({ r, asOf }: { r: CareRecommendation; asOf: string }) {
  const overdue = r.due < asOf;
  return (
    <li className="ov-care-item">
      <span className={`badge ${PRIORITY_CLASS[r.priority]}`}>{PRIORITY_WORD[r.priority]}</span>{' '}
      <strong>{r.title}</strong>{' '}
      <span className={overdue ? 'ov-overdue' : 'muted'}>
        {overdue ? `overdue since ${shortDate(r.due)}` : `due ${shortDate(r.due)}`}
      </span>
      {r.status !== 'new' && <span className="muted"> · {r.status}</span>}
      <div className="muted ov-care-reason">
        {r.reason} <span>({r.source.cite})</span>
      </div>
    </li>
  );
}

function Decisions({ a, patientId }: { a: Assessment; patientId: string }) {
  const items = decisionsToday(a);
  const more = a.care.recommendations.length - items.length;
  return (
    <section className="card" aria-labelledby="ov-today">
      <h2 id="ov-today">Needs a decision today</h2>
      {items.length === 0 ? (
        <p className="muted">Nothing urgent or due in the care plan.</p>
      ) : (
        <ul className="plain">
          {items.map((r) => (
            <CareItem key={r.code} r={r} asOf={a.asOf} />
          ))}
        </ul>
      )}
      <p>
        <Link to={`/patients/${patientId}/care`}>
          Care plan{more > 0 ? `: ${more} more item${more === 1 ? '' : 's'}` : ''}
        </Link>
      </p>
    </section>
  );
}

function Changes({
  now,
  before,
  since,
}: {
  now: Assessment;
  before: Assessment | undefined;
  since: string | undefined;
}) {
  if (!since) {
    return (
      <section className="card" aria-labelledby="ov-changes">
        <h2 id="ov-changes">Since the last visit</h2>
        <p className="muted">No earlier visit to compare with.</p>
      </section>
    );
  }
  const changes = before ? changesBetween(before, now) : [];
  const added = before ? newCareItems(before, now) : [];
  return (
    <section className="card" aria-labelledby="ov-changes">
      <h2 id="ov-changes">Since the visit of {shortDate(since)}</h2>
      {!before ? (
        <p className="muted">Loading the earlier assessment…</p>
      ) : changes.length === 0 && added.length === 0 ? (
        <p className="muted">No change in scores, stages, categories or the care plan.</p>
      ) : (
        <>
          {changes.length > 0 && (
            <table className="grid changes">
              <thead>
                <tr>
                  <th scope="col">Measure</th>
                  <th scope="col" className="num">
                    {shortDate(since)}
                  </th>
                  <th scope="col" className="num">
                    Now
                  </th>
                  <th scope="col">
                    <span className="sr-only">Direction</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.what}>
                    <th scope="row">{c.what}</th>
                    <td className="num">{c.before}</td>
                    <td className="num">
                      <strong>{c.now}</strong>
                    </td>
                    <td>{c.worse && <span className="badge due">▼ worse</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {added.length > 0 && (
            <>
              <h3>New in the care plan</h3>
              <ul className="plain">
                {added.map((r) => (
                  <li key={r.code}>
                    <span className={`badge ${PRIORITY_CLASS[r.priority]}`}>{PRIORITY_WORD[r.priority]}</span> {r.title}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

export function OverviewTab({ patientId }: { patientId: string }) {
  const assessment = useAssessment(patientId);
  const patientCase = usePatientCase(patientId);
  const visitFacts = useFacts<VisitData>(patientId, 'visit');
  const a = assessment.data?.assessment;
  const visits = (visitFacts.data ?? []).filter((v) => !v.retracted).map((v) => v.data);
  const dates = a ? visitDates(patientCase.data, visits, a.asOf) : [];
  // The visit before the latest: "what changed" compares the chart then with the chart today.
  const since = dates[1];
  const earlier = useAssessment(patientId, since);
  const before = since ? earlier.data?.assessment : undefined;
  const timeline = patientCase.data ? buildTimeline(patientCase.data, visits) : [];
  return (
    <div className="overview">
      {assessment.isError && <p role="alert">The assessment could not be loaded: {assessment.error.message}</p>}
      <div className="overview-lead">
        {a ? (
          <>
            <Decisions a={a} patientId={patientId} />
            <Changes now={a} before={before} since={since} />
          </>
        ) : (
          <p className="loading">Loading…</p>
        )}
      </div>
      <section aria-labelledby="ov-timeline">
        <h2 id="ov-timeline">Timeline</h2>
        {patientCase.data && timeline.length === 0 && <p className="muted">Nothing recorded yet.</p>}
        <ol className="timeline">
          {timeline.map((day) => (
            <li key={day.date} className="tl-day">
              <h3>
                <time dateTime={day.date}>{shortDate(day.date)}</time>
                {day.visits.map((v) => (
                  <span key={`${v.date}-${v.kind ?? ''}-${v.clinician ?? ''}`} className="tl-visit">
                    {v.kind ?? 'visit'} visit{v.clinician ? `, ${v.clinician}` : ''}
                  </span>
                ))}
              </h3>
              {day.visits.some((v) => v.note) && (
                <p className="tl-note">
                  {day.visits
                    .map((v) => v.note)
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              )}
              <ul className="plain">
                {day.items.map((item, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: items of one day have no id and never reorder
                  <li key={i} className="tl-item" data-kind={item.kind}>
                    <span className="tl-kind">{item.label}</span>{' '}
                    {item.unchangedSince ? (
                      <details className="tl-same">
                        <summary>no change since {shortDate(item.unchangedSince)}</summary>
                        {item.text}
                      </details>
                    ) : (
                      item.text
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
