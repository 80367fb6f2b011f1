/** Gold Coast (Shefner 2020) result: the three conditions and their states, trace, what would change it. */

import type { FactRef } from '../common/reason.js';
import type { GoldCoastCondition, GoldCoastResult, TraceStep } from './assessment.js';
import { phraseChanges } from './phrase.js';
import {
  PREREQUISITE_TEXT,
  type PrerequisiteStatus,
  type ProgressionCheck,
  prerequisiteStatus,
  progressionFor,
} from './prerequisites.js';
import { SHEFNER_2020 } from './sources.js';
import {
  type CriteriaInput,
  clauseSteps,
  exclusionParams,
  pendingList,
  regionStepsFor,
  settingStep,
  type TraceMemo,
  toConfirm,
  traceLine,
} from './trace.js';
import { renderTraceDetail } from './traceText.js';

export const GOLD_COAST_WORDING = [
  'Progressive motor impairment documented by history or repeated clinical assessment, preceded by normal motor function',
  'The presence of upper and lower motor neurone dysfunction in at least one body region, (with upper and lower motor neurone dysfunction noted in the same body region if only one body region is involved) or lower motor neurone dysfunction in at least two body regions',
  'Investigations excluding other disease processes',
] as const;

const GOLD_COAST_NAMES: readonly string[] = ['notMet', 'met'];

const CONDITION3_STEP = 'condition 3: investigations exclude other diseases';
const CONDITION3_COMPLETE = traceLine('goldCoast.condition3', CONDITION3_STEP, 'met', { state: 'complete' });
const RESULT_MET = traceLine('goldCoast.result', 'result', 'info', { met: true });
const RESULT_PENDING = traceLine('goldCoast.result', 'result', 'info', { met: false, pendingExclusionsOnly: true });
const RESULT_NOT_MET = traceLine('goldCoast.result', 'result', 'info', { met: false });

/** Condition 1's line: one per (progression answer, preceded by normal function), built once by the engine. */
function condition1Line(
  memo: TraceMemo,
  p: ProgressionCheck,
  normalBefore: boolean | undefined,
  state: GoldCoastCondition['state'],
): TraceStep {
  let byNormal = memo.goldCoastCondition1.get(p);
  if (!byNormal) {
    byNormal = new Map();
    memo.goldCoastCondition1.set(p, byNormal);
  }
  let step = byNormal.get(normalBefore);
  if (!step) {
    const facts: FactRef[] = [...p.facts];
    if (p.state === 'documented' && normalBefore !== undefined)
      facts.push({ path: 'history.progression.precededByNormalFunction', value: normalBefore });
    step = traceLine(
      'goldCoast.condition1',
      'condition 1: progressive motor impairment',
      state === 'met' ? 'met' : state === 'insufficient' ? 'pending' : 'notMet',
      p.state === 'documented'
        ? { progression: p.code, precededByNormalFunction: normalBefore }
        : { progression: p.code },
      Object.freeze(facts),
    );
    byNormal.set(normalBefore, step);
  }
  return step;
}

/** Condition 3's line when exclusions are open: per evaluation (the names differ), not frozen. */
function condition3Line(input: CriteriaInput, state: GoldCoastCondition['state']): TraceStep {
  const params = exclusionParams(input);
  return {
    code: 'goldCoast.condition3',
    step: CONDITION3_STEP,
    result: state === 'pending' ? 'pending' : 'notMet',
    params,
    detail: renderTraceDetail({ code: 'goldCoast.condition3', params }),
  };
}

/** Condition 2's line, kept by the engine with the distribution it reads. */
function condition2Line(memo: TraceMemo, dist: { met: boolean; pattern: string }): TraceStep {
  let step = memo.goldCoastCondition2.get(dist);
  if (!step) {
    step = traceLine('goldCoast.condition2', 'condition 2: UMN and LMN distribution', dist.met ? 'met' : 'notMet', {
      pattern: dist.pattern,
    });
    memo.goldCoastCondition2.set(dist, step);
  }
  return step;
}

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
  const c1state: GoldCoastCondition['state'] =
    progression.state === 'notRecorded' || (progression.state === 'documented' && normalBefore === undefined)
      ? 'insufficient'
      : progression.state === 'documented' && normalBefore === true
        ? 'met'
        : 'notMet';
  const c1line = condition1Line(input.t.trace, progression, normalBefore, c1state);
  const c1: GoldCoastCondition = {
    number: 1,
    text: GOLD_COAST_WORDING[0],
    state: c1state,
    detail: c1line.detail,
    needs: c1needs,
  };
  const c2line = condition2Line(input.t.trace, dist);
  const c2: GoldCoastCondition = {
    number: 2,
    text: GOLD_COAST_WORDING[1],
    state: dist.met ? 'met' : 'notMet',
    detail: c2line.detail,
    needs: [],
  };
  const c3state: GoldCoastCondition['state'] =
    exclusions.alternativeExplanations.length > 0 ? 'notMet' : exclusions.complete ? 'met' : 'pending';
  const c3line = exclusions.complete ? CONDITION3_COMPLETE : condition3Line(input, c3state);
  const c3: GoldCoastCondition = {
    number: 3,
    text: GOLD_COAST_WORDING[2],
    state: c3state,
    detail: c3line.detail,
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
    c1line,
    ...clauseSteps(input, dist.clauses),
    c2line,
    c3line,
    met ? RESULT_MET : dist.met && c3.state === 'pending' && c1.state === 'met' ? RESULT_PENDING : RESULT_NOT_MET,
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
