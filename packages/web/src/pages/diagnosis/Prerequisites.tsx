/**
 * What every criteria set waits for, said once above the three cards: the exclusions still open
 * (tests without a result, abnormal results to review, red flags awaiting a judgement) and the
 * prerequisites to confirm (the engine's `toConfirm`, the same for each set).
 */
import type { DiagnosisAssessment } from '@betz/engine';

export function Prerequisites({ d }: { d: DiagnosisAssessment }) {
  const e = d.exclusions;
  const confirm = [...new Set([...d.elEscorial.toConfirm, ...d.awaji.toConfirm, ...d.goldCoast.toConfirm])];
  if (e.complete && confirm.length === 0) return null;
  return (
    <section className="prerequisites" aria-labelledby="prerequisites-head">
      <h3 id="prerequisites-head">
        <span className="badge due">pending</span> Before any category is final
      </h3>
      {confirm.length === 0 && e.pending.length > 0 && (
        <p>
          <strong>
            Awaiting {e.pending.length} investigation{e.pending.length === 1 ? '' : 's'}:
          </strong>{' '}
          {e.pending.map((t) => t.name).join(', ')} (<a href="#workup-head">workup</a>)
        </p>
      )}
      {confirm.length === 0 && e.toReview.length > 0 && (
        <p>
          <strong>Abnormal, to review:</strong> {e.toReview.map((t) => t.name).join(', ')}: does it explain the signs?
        </p>
      )}
      {e.openRedFlags.length > 0 && (
        <p>
          <strong>Red flags awaiting judgement:</strong> {e.openRedFlags.map((t) => t.name).join(', ')} (
          <a href="#redflags-head">red flags</a>)
        </p>
      )}
      {e.alternativeExplanations.length > 0 && (
        <p>
          <strong>Judged to explain the signs:</strong> {e.alternativeExplanations.map((t) => t.name).join(', ')}
        </p>
      )}
      {confirm.length > 0 && (
        <ul>
          {confirm.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <p className="small">
        See the <a href="#workup-head">workup</a>
        {d.redFlags.length > 0 && (
          <>
            {' '}
            and the <a href="#redflags-head">red flags</a>
          </>
        )}
        .
      </p>
    </section>
  );
}
