/** Where a result or recommendation comes from: the citation, the clause followed, the level, a link. */
import type { Source } from '@betz/engine';

const VERIFICATION: Readonly<Record<string, string>> = {
  V: 'read in the source',
  R: 'read in the source',
  K: 'to be checked against the source',
  S: 'from a secondary summary, to be checked',
  M: 'from memory, to be checked',
};

export function SourceCite({ source, prefix = 'Source' }: { source: Source; prefix?: string }) {
  const href = source.doi ? `https://doi.org/${source.doi}` : source.url;
  return (
    <span className="source">
      <span className="muted">{prefix}: </span>
      {href ? (
        <a href={href} target="_blank" rel="noreferrer noopener">
          {source.cite}
        </a>
      ) : (
        source.cite
      )}
      {source.detail && <span className="muted">, {source.detail}</span>}
      {source.level && <span>, {source.level}</span>}
      {source.verification && VERIFICATION[source.verification] && (
        <span className="muted" title={VERIFICATION[source.verification]}>
          {' '}
          [{source.verification}]
        </span>
      )}
    </span>
  );
}
