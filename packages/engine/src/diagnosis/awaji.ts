/** Awaji-Shima (de Carvalho 2008) result: category, prerequisites, trace, what would change it. */
import type { AwajiResult, TraceStep } from './assessment.js';
import { AWAJI_ORDER } from './classify.js';
import { phraseChanges } from './phrase.js';
import { PREREQUISITE_TEXT, prerequisiteStatus, progressionFor } from './prerequisites.js';
import { DE_CARVALHO_2008 } from './sources.js';
import {
  anatomicalStep,
  type CriteriaInput,
  clauseSteps,
  finalCategory,
  pendingList,
  prerequisiteSteps,
  regionStepsFor,
  resultStep,
  settingStep,
  toConfirm,
} from './trace.js';

/** Awaji-Shima (de Carvalho 2008). */
export function awajiResult(input: CriteriaInput): AwajiResult {
  const { s, masks, exclusions } = input;
  const m = masks.awaji;
  const cls = input.t.awaji(m);
  const progression = progressionFor(input.c, 'awaji');
  const status = prerequisiteStatus(progression, exclusions);
  const category = finalCategory(cls.category, status, 'notMet');
  const trace: TraceStep[] = [
    settingStep(input, 'awaji'),
    ...regionStepsFor(input, 'awaji'),
    ...clauseSteps(input, cls.clauses),
    anatomicalStep(input, cls),
    ...prerequisiteSteps(progression, input, 'progression by history, examination or electrophysiology'),
    resultStep(input, category, status),
  ];
  return {
    criteria: 'awaji',
    category,
    anatomicalCategory: cls.category,
    status,
    statusText: PREREQUISITE_TEXT[status],
    pendingExclusions: pendingList(input),
    pattern: cls.pattern,
    trace,
    whatWouldChange: phraseChanges(input.t.awajiChanges(m), AWAJI_ORDER, input.regions, 'awaji', s, input.t.phrase),
    toConfirm: toConfirm(progression, input, 'awaji'),
    needs: [...progression.needs],
    source: DE_CARVALHO_2008,
  };
}
