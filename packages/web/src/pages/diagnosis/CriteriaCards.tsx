/**
 * The three criteria side by side: the category (and what withholds it), the source, the settings
 * reading the engine used, and what would change the category, as actions. All text is the
 * engine's (CATEGORY_LABEL, renderChangeAction, SETTING_MEANINGS); nothing is classified here.
 */
import {
  type AwajiResult,
  CATEGORY_LABEL,
  type DiagnosisAssessment,
  describeNeeds,
  type ElEscorialResult,
  type GoldCoastResult,
  renderChangeAction,
  renderTraceDetail,
  SETTING_MEANINGS,
  type WhatWouldChange,
} from '@betz/engine';
import { FactButton } from './evidence/Evidence';
import { SourceCite } from './evidence/SourceCite';

type Criteria = ElEscorialResult | AwajiResult | GoldCoastResult;

/** The verdict badge: a word beside the colour, never colour alone. */
function verdict(c: Criteria): { word: string; tone: 'ok' | 'due' | 'done' } {
  const met = c.criteria === 'goldCoast' ? c.met : c.category !== 'notMet' && c.category !== 'unclassified';
  if (
    c.status === 'pendingExclusions' &&
    (c.criteria === 'goldCoast' ? c.anatomicallyMet : c.anatomicalCategory !== 'notMet')
  )
    return { word: 'pending exclusions', tone: 'due' };
  if (met && c.status === 'prerequisitesMet') return { word: 'met', tone: 'ok' };
  return { word: 'not met', tone: 'done' };
}

/** The category; for Gold Coast the engine's result line ('not met yet: pending the named exclusions'). */
export function headline(c: Criteria): string {
  if (c.criteria !== 'goldCoast') return CATEGORY_LABEL[c.category];
  const result = c.trace.find((t) => t.code === 'goldCoast.result');
  return result ? renderTraceDetail(result) : c.met ? 'ALS (all three conditions met)' : 'not met';
}

/** The settings reading the set used: its trace's first line names them. */
function SettingsUsed({ c, d }: { c: Criteria; d: DiagnosisAssessment }) {
  const line = c.trace.find((t) => t.code === 'settings');
  if (!line) return null;
  const entries = Object.entries(line.params);
  return (
    <details className="settings-used">
      <summary>
        Settings reading used:{' '}
        {entries.map(([name, value], i) => (
          <span key={name}>
            {i > 0 && ', '}
            <code>{String(value)}</code>
          </span>
        ))}
      </summary>
      <ul>
        {entries.map(([name, value]) => {
          const used = d.settings.find((s) => s.name === name);
          const meaning = (SETTING_MEANINGS as Record<string, Record<string, string>>)[name]?.[String(value)];
          return (
            <li key={name}>
              <code>
                {name} = {String(value)}
              </code>
              {used && !used.isDefault && <strong> (clinic setting, not the default)</strong>}: {meaning}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** What would raise the category: for each higher target, the smallest sets of new findings. */
export function ChangeActions({
  changes,
  toConfirm,
  confirmAbove = false,
}: {
  changes: readonly WhatWouldChange[];
  toConfirm: readonly string[];
  /** The prerequisites to confirm are listed once above the cards. */
  confirmAbove?: boolean;
}) {
  if (changes.length === 0 && toConfirm.length === 0)
    return (
      <p className="muted">
        {confirmAbove
          ? 'The signs give the highest category; only the prerequisites above remain.'
          : 'Nothing would raise it: the highest level is reached.'}
      </p>
    );
  return (
    <div className="changes">
      {toConfirm.length > 0 && (
        <>
          <h4>To confirm first</h4>
          <ul className="actions-list">
            {toConfirm.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
      {changes.map((w) => (
        <div key={w.target}>
          <h4>
            To reach {w.target === 'met' ? 'Gold Coast met' : CATEGORY_LABEL[w.target as ElEscorialResult['category']]}
          </h4>
          <ul className="actions-list">
            {w.alternatives.map((alt, i) => (
              <li key={alt.actions.map((a) => a.code + a.region).join('|')}>
                {w.alternatives.length > 1 && <span className="muted">{i === 0 ? 'either ' : 'or '}</span>}
                {alt.actions.map((action, j) => (
                  <span key={`${action.code}-${action.region}`}>
                    {j > 0 && <span className="muted"> and </span>}
                    {renderChangeAction(action)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

const NAMES = { revisedElEscorial: 'Revised El Escorial', awaji: 'Awaji-Shima', goldCoast: 'Gold Coast' } as const;

function CriteriaCard({ c, d }: { c: Criteria; d: DiagnosisAssessment }) {
  const v = verdict(c);
  const resultLine = c.trace.find((t) => t.code === 'result' || t.code === 'goldCoast.result');
  const factLines = c.trace.filter((t) => t.facts && t.facts.length > 0);
  const facts = factLines.flatMap((t) => t.facts ?? []);
  return (
    <article className="card criteria-card" aria-labelledby={`criteria-${c.criteria}`}>
      <header>
        <h3 id={`criteria-${c.criteria}`}>{NAMES[c.criteria]}</h3>
        <span className={`badge ${v.tone}`}>{v.word}</span>
      </header>
      <p className="category" data-testid={`category-${c.criteria}`}>
        {headline(c)}
      </p>
      {/* Gold Coast's result line already says why it is not met yet. */}
      {!(c.criteria === 'goldCoast' && c.status === 'pendingExclusions') && (
        <p className="status-text">
          <FactButton title={`${NAMES[c.criteria]}: prerequisites`} conclusion={c.statusText} facts={facts}>
            {c.statusText}
          </FactButton>
        </p>
      )}
      {c.criteria !== 'goldCoast' && c.status !== 'prerequisitesMet' && c.anatomicalCategory !== c.category && (
        <p className="muted">The signs alone give: {CATEGORY_LABEL[c.anatomicalCategory]}</p>
      )}
      {c.criteria === 'revisedElEscorial' && (
        <p className="muted">
          Familial, laboratory-supported: {c.familialLabSupported ? 'yes' : 'no'} ({c.familial.detail})
        </p>
      )}
      {c.criteria === 'goldCoast' && (
        <ol className="conditions">
          {c.conditions.map((k) => (
            <li key={k.number}>
              <span className={`mark mark-${k.state}`} aria-hidden="true">
                {k.state === 'met' ? '✓' : k.state === 'notMet' ? '✗' : '?'}
              </span>{' '}
              <span className="visually-hidden">{k.state}: </span>
              <FactButton
                title={`Gold Coast condition ${k.number}`}
                conclusion={k.detail}
                facts={c.trace.find((t) => t.code === `goldCoast.condition${k.number}`)?.facts}
              >
                {k.state === 'pending' && k.number === 3 ? 'other diseases not yet excluded (listed above)' : k.detail}
              </FactButton>
              {k.needs.length > 0 && <span className="insufficient"> (needs {describeNeeds(k.needs)})</span>}
            </li>
          ))}
        </ol>
      )}
      {c.needs.length > 0 && <p className="insufficient">Insufficient data: needs {describeNeeds(c.needs)}</p>}
      {resultLine && <p className="muted pattern">{c.pattern}</p>}
      <p className="source-line">
        <SourceCite source={c.source} />
      </p>
      <SettingsUsed c={c} d={d} />
      <h4 className="changes-head">What would change it</h4>
      <ChangeActions changes={c.whatWouldChange} toConfirm={[]} confirmAbove={c.toConfirm.length > 0} />
    </article>
  );
}

export function CriteriaCards({ d }: { d: DiagnosisAssessment }) {
  return (
    <section className="criteria-cards" aria-label="Diagnostic criteria">
      <CriteriaCard c={d.elEscorial} d={d} />
      <CriteriaCard c={d.awaji} d={d} />
      <CriteriaCard c={d.goldCoast} d={d} />
    </section>
  );
}
