/** Revised El Escorial (Brooks 2000) result: category, prerequisites, familial lab-supported, trace, what would change it. */
import type { ElEscorialResult, FamilialLabSupported, TraceStep } from './assessment.js';
import { EL_ESCORIAL_ORDER } from './classify.js';
import { phraseChanges } from './phrase.js';
import {
  PREREQUISITE_TEXT,
  type PrerequisiteStatus,
  pathogenicAlsVariants,
  prerequisiteStatus,
  progressionFor,
} from './prerequisites.js';
import { BROOKS_2000 } from './sources.js';
import {
  type CriteriaInput,
  clauseSteps,
  finalCategory,
  pendingList,
  prerequisiteSteps,
  regionStepsFor,
  settingStep,
  toConfirm,
} from './trace.js';

const NO_VARIANT_DETAIL = 'no pathogenic variant in an ALS gene recorded';

function familial(input: CriteriaInput, status: PrerequisiteStatus): FamilialLabSupported {
  if (!input.c.genetics?.length) {
    return {
      met: false,
      detail: NO_VARIANT_DETAIL,
      variants: [],
      familyHistoryOfAls: input.c.history?.familyHistory?.als,
    };
  }
  const variants = pathogenicAlsVariants(input.c);
  const m = input.masks.revisedElEscorial;
  const fh = input.c.history?.familyHistory?.als;
  const list = variants.map((v) => {
    const o: FamilialLabSupported['variants'][number] = { gene: v.gene, classification: v.classification };
    if (v.variant !== undefined) o.variant = v.variant;
    return o;
  });
  let met = false;
  let detail: string;
  if (variants.length === 0) detail = NO_VARIANT_DETAIL;
  else if (m.umn === 0 || m.lmnClinical === 0)
    detail = 'pathogenic variant, but UMN and LMN signs are not both present in at least one region each';
  else if (status === 'notProgressive' || status === 'progressionNotRecorded')
    detail = 'pathogenic variant, but progression is not documented';
  else if (status === 'alternativeExplanation') detail = 'another disease was judged to explain the signs';
  else {
    met = true;
    detail = `progressive UMN and LMN signs with ${variants.map((v) => `${v.gene}${v.variant ? ` ${v.variant}` : ''}`).join(', ')}${status === 'pendingExclusions' ? ' (pending the named exclusions)' : ''}`;
  }
  return { met, detail, variants: list, familyHistoryOfAls: fh };
}

/** Revised El Escorial (Brooks 2000). */
export function elEscorialResult(input: CriteriaInput): ElEscorialResult {
  const { s, masks, exclusions } = input;
  const m = masks.revisedElEscorial;
  const cls = input.t.elEscorial(m);
  const progression = progressionFor(input.c, 'revisedElEscorial');
  const status = prerequisiteStatus(progression, exclusions);
  const category = finalCategory(cls.category, status, 'notMet');
  const fam = familial(input, status);
  const trace: TraceStep[] = [
    settingStep(input, 'revisedElEscorial'),
    ...regionStepsFor(input, 'revisedElEscorial'),
    ...clauseSteps(input, cls.clauses),
    { step: 'anatomical category', result: 'info', detail: `${cls.category}: ${cls.pattern}` },
    ...prerequisiteSteps(progression, input, 'A3: progressive spread by history or examination'),
    { step: 'familial, laboratory-supported', result: fam.met ? 'met' : 'notMet', detail: fam.detail },
    { step: 'result', result: 'info', detail: `${category} (${PREREQUISITE_TEXT[status]})` },
  ];
  return {
    criteria: 'revisedElEscorial',
    category,
    anatomicalCategory: cls.category,
    status,
    statusText: PREREQUISITE_TEXT[status],
    pendingExclusions: pendingList(input),
    familialLabSupported: fam.met,
    familial: fam,
    pattern: cls.pattern,
    trace,
    whatWouldChange: phraseChanges(
      input.t.elEscorialChanges(m),
      EL_ESCORIAL_ORDER,
      input.regions,
      'revisedElEscorial',
      s,
      input.t.phrase,
    ),
    toConfirm: toConfirm(progression, input, 'revisedElEscorial'),
    needs: [...progression.needs],
    source: BROOKS_2000,
  };
}
