/** Awaji-Shima (de Carvalho 2008) result: category, prerequisites, trace, what would change it. */
import type { AwajiResult, TraceStep } from './assessment.js';
import { awajiChanges } from './changes.js';
import { AWAJI_ORDER, classifyAwaji } from './classify.js';
import { phraseChanges } from './phrase.js';
import { PREREQUISITE_TEXT, prerequisiteStatus, progressionFor } from './prerequisites.js';
import { DE_CARVALHO_2008 } from './sources.js';
import {
  AWAJI_SETTINGS,
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
  const cls = classifyAwaji(m, s);
  const progression = progressionFor(input.c, 'awaji');
  const status = prerequisiteStatus(progression, exclusions);
  const category = finalCategory(cls.category, status, 'notMet');
  const trace: TraceStep[] = [
    settingStep(s, AWAJI_SETTINGS),
    ...regionStepsFor(input, 'awaji'),
    ...clauseSteps(cls.clauses),
    anatomicalStep(cls),
    ...prerequisiteSteps(progression, input, 'progression by history, examination or electrophysiology'),
    resultStep(category, status),
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
    whatWouldChange: phraseChanges(
      awajiChanges({ umn: m.umn, lmn: m.lmnClinical | m.lmnEmg }, s),
      AWAJI_ORDER,
      input.regions,
      'awaji',
      s,
    ),
    toConfirm: toConfirm(progression, input, 'awaji'),
    needs: [...progression.needs],
    source: DE_CARVALHO_2008,
  };
}
