/**
 * The trace of each criteria set, line by line, rendered by the engine's templates
 * (renderTraceDetail). A line that read recorded facts (its `facts`, or for a region line the
 * examination findings and EMG muscles behind it) opens them in the facts panel.
 */
import { type DiagnosisAssessment, type PatientCase, renderTraceDetail, type TraceStep } from '@betz/engine';
import { FactButton, useEvidence } from './evidence/Evidence';
import type { FactRefLike } from './evidence/factPath';
import { lmnFindingFacts, muscleFacts, umnSignFacts } from './evidence/regionFacts';

const MARK: Readonly<Record<TraceStep['result'], { sign: string; word: string }>> = {
  met: { sign: '✓', word: 'met' },
  notMet: { sign: '✗', word: 'not met' },
  pending: { sign: '?', word: 'pending' },
  info: { sign: '·', word: 'reading' },
};

function lineFacts(t: TraceStep, d: DiagnosisAssessment, c: PatientCase | undefined): readonly FactRefLike[] {
  if (t.facts && t.facts.length > 0) return t.facts;
  if (t.code !== 'region') return [];
  const r = d.regions.find((x) => x.region === t.params.region);
  if (!r) return [];
  return [
    ...umnSignFacts(c, r.region, r.umnSigns),
    ...lmnFindingFacts(c, r.region, r.lmnFindings),
    ...muscleFacts(c, r.muscles),
  ];
}

function Trace({ name, steps, d }: { name: string; steps: readonly TraceStep[]; d: DiagnosisAssessment }) {
  const { patientCase } = useEvidence();
  const result = steps.find((t) => t.code === 'result' || t.code === 'goldCoast.result');
  return (
    <details className="trace">
      <summary>
        <h3>{name}</h3> <span className="trace-summary">{result ? renderTraceDetail(result) : ''}</span>
      </summary>
      <ol className="trace-lines">
        {steps
          .filter((t) => t.code !== 'settings')
          .map((t, i) => {
            const mark = MARK[t.result];
            const detail = renderTraceDetail(t);
            return (
              // Lines repeat codes (one per region): the position is the line's identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: the trace is fixed for one assessment
              <li key={i} className={`trace-line trace-${t.result}`}>
                <span className="mark" aria-hidden="true">
                  {mark.sign}
                </span>
                <span className="visually-hidden">{mark.word}: </span>
                <span className="trace-step">{t.step}</span>{' '}
                <FactButton title={`${name}: ${t.step}`} conclusion={detail} facts={lineFacts(t, d, patientCase)}>
                  {detail}
                </FactButton>
              </li>
            );
          })}
      </ol>
    </details>
  );
}

export function TracePanel({ d }: { d: DiagnosisAssessment }) {
  return (
    <section aria-labelledby="trace-head">
      <h2 id="trace-head">How each category was reached</h2>
      <div className="traces">
        <Trace name="Revised El Escorial" steps={d.elEscorial.trace} d={d} />
        <Trace name="Awaji-Shima" steps={d.awaji.trace} d={d} />
        <Trace name="Gold Coast" steps={d.goldCoast.trace} d={d} />
      </div>
    </section>
  );
}
