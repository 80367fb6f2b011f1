/**
 * The region muscle rules for the study being entered, live: for each of the four regions, whether
 * the EMG rule is met (under revised El Escorial, and under Awaji / Gold Coast) and, when not, why,
 * in the engine's words (evaluateEmgStudyRegions). Four fixed boxes so nothing moves while typing.
 */
import type { RegionEmgEvidence, StudyEmgEvaluation } from '@betz/engine';
import { DIFFERENT_ROOTS_AND_NERVES_SOURCE, REGION_LABEL, THORACIC_LEVEL_SOURCE } from '@betz/engine';

function Verdict({ set, ev }: { set: string; ev: RegionEmgEvidence }) {
  return (
    <p className="rule-line">
      <span className="rule-set">{set}</span>{' '}
      {ev.present ? <span className="badge ok">✓ rule met</span> : <span className="badge done">✗ not met</span>}{' '}
      <span className="rule-why">{ev.why}</span>
    </p>
  );
}

export function RegionRulePanel({ evaluation }: { evaluation: StudyEmgEvaluation }) {
  return (
    <section className="region-rules" aria-label="Region EMG rules" aria-live="polite">
      {evaluation.regions.map((r) => {
        const same =
          r.revisedElEscorial.present === r.awajiGoldCoast.present && r.revisedElEscorial.why === r.awajiGoldCoast.why;
        return (
          <div key={r.region} className="region-rule" data-region={r.region}>
            <h3>
              {REGION_LABEL[r.region]}{' '}
              <span className="muted">
                {r.muscles.length === 0
                  ? 'not sampled'
                  : `${r.muscles.length} muscle${r.muscles.length === 1 ? '' : 's'}`}
              </span>
            </h3>
            {r.muscles.length > 0 &&
              (same ? (
                <Verdict set="All criteria:" ev={r.awajiGoldCoast} />
              ) : (
                <>
                  <Verdict set="Awaji, Gold Coast:" ev={r.awajiGoldCoast} />
                  <Verdict set="Revised El Escorial:" ev={r.revisedElEscorial} />
                </>
              ))}
          </div>
        );
      })}
      <p className="rule-source muted">
        {DIFFERENT_ROOTS_AND_NERVES_SOURCE.cite}: {DIFFERENT_ROOTS_AND_NERVES_SOURCE.detail}.{' '}
        {THORACIC_LEVEL_SOURCE.cite}: {THORACIC_LEVEL_SOURCE.detail}.
      </p>
    </section>
  );
}
