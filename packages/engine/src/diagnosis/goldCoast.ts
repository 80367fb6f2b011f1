/** Gold Coast (Shefner 2020) result: the three conditions and their states, trace, what would change it. */
import type { GoldCoastCondition, GoldCoastResult, TraceStep } from './assessment.js';
import { phraseChanges } from './phrase.js';
import { PREREQUISITE_TEXT, type PrerequisiteStatus, prerequisiteStatus, progressionFor } from './prerequisites.js';
import { SHEFNER_2020 } from './sources.js';
import { type CriteriaInput, clauseSteps, pendingList, regionStepsFor, settingStep, toConfirm } from './trace.js';

export const GOLD_COAST_WORDING = [
  'Progressive motor impairment documented by history or repeated clinical assessment, preceded by normal motor function',
  'The presence of upper and lower motor neurone dysfunction in at least one body region, (with upper and lower motor neurone dysfunction noted in the same body region if only one body region is involved) or lower motor neurone dysfunction in at least two body regions',
  'Investigations excluding other disease processes',
] as const;

const GOLD_COAST_NAMES: readonly string[] = ['notMet', 'met'];

/** Gold Coast (Shefner 2020): three conditions, all required. */
export function goldCoastResult(input: CriteriaInput): GoldCoastResult {
  const { s, masks, exclusions, c } = input;
  const m = masks.goldCoast;
  const dist = input.t.goldCoast(m);
  const progression = progressionFor(c, 'goldCoast');
  const normalBefore = c.history?.progression?.precededByNormalFunction;
  const c1needs = [...progression.needs];
  if (progression.state === 'documented' && normalBefore === undefined)
    c1needs.push('history.progression.precededByNormalFunction');
  const c1: GoldCoastCondition = {
    number: 1,
    text: GOLD_COAST_WORDING[0],
    state:
      progression.state === 'notRecorded' || (progression.state === 'documented' && normalBefore === undefined)
        ? 'insufficient'
        : progression.state === 'documented' && normalBefore === true
          ? 'met'
          : 'notMet',
    detail:
      progression.state !== 'documented'
        ? progression.detail
        : normalBefore === true
          ? `${progression.detail}; preceded by normal motor function`
          : normalBefore === false
            ? `${progression.detail}; but motor function was not normal before`
            : `${progression.detail}; whether motor function was normal before is not recorded`,
    needs: c1needs,
  };
  const c2: GoldCoastCondition = {
    number: 2,
    text: GOLD_COAST_WORDING[1],
    state: dist.met ? 'met' : 'notMet',
    detail: dist.pattern,
    needs: [],
  };
  const c3: GoldCoastCondition = {
    number: 3,
    text: GOLD_COAST_WORDING[2],
    state: exclusions.alternativeExplanations.length > 0 ? 'notMet' : exclusions.complete ? 'met' : 'pending',
    detail:
      exclusions.alternativeExplanations.length > 0
        ? `judged to explain the signs: ${exclusions.alternativeExplanations.map((t) => t.name).join(', ')}`
        : exclusions.complete
          ? 'every required investigation has a result; none explains the signs'
          : `pending: ${pendingList(input)
              .map((t) => t.name)
              .join(', ')}`,
    needs: [],
  };
  let status: PrerequisiteStatus = prerequisiteStatus(progression, exclusions);
  if (status === 'prerequisitesMet' || status === 'pendingExclusions') {
    if (c1.state === 'notMet') status = 'notProgressive';
  }
  const met = c1.state === 'met' && c2.state === 'met' && c3.state === 'met';
  const confirm = toConfirm(progression, input, 'goldCoast');
  if (c1needs.includes('history.progression.precededByNormalFunction')) {
    confirm.unshift(
      'Record whether motor function was normal before the impairment began (history.progression.precededByNormalFunction)',
    );
  }
  const trace: TraceStep[] = [
    settingStep(input, 'goldCoast'),
    ...regionStepsFor(input, 'goldCoast'),
    {
      step: 'condition 1: progressive motor impairment',
      result: c1.state === 'met' ? 'met' : c1.state === 'insufficient' ? 'pending' : 'notMet',
      detail: c1.detail,
    },
    ...clauseSteps(input, dist.clauses),
    { step: 'condition 2: UMN and LMN distribution', result: c2.state === 'met' ? 'met' : 'notMet', detail: c2.detail },
    {
      step: 'condition 3: investigations exclude other diseases',
      result: c3.state === 'met' ? 'met' : c3.state === 'pending' ? 'pending' : 'notMet',
      detail: c3.detail,
    },
    {
      step: 'result',
      result: 'info',
      detail: met
        ? 'ALS (all three conditions met)'
        : `not met${dist.met && c3.state === 'pending' && c1.state === 'met' ? ' yet: pending the named exclusions' : ''}`,
    },
  ];
  return {
    criteria: 'goldCoast',
    met,
    anatomicallyMet: dist.met,
    status,
    statusText: PREREQUISITE_TEXT[status],
    conditions: [c1, c2, c3],
    pendingExclusions: pendingList(input),
    pattern: dist.pattern,
    trace,
    whatWouldChange: phraseChanges(
      input.t.goldCoastChanges(m),
      GOLD_COAST_NAMES,
      input.regions,
      'goldCoast',
      s,
      input.t.phrase,
    ),
    toConfirm: confirm,
    needs: c1needs,
    source: SHEFNER_2020,
  };
}
