/** Revised El Escorial (Brooks 2000) result: category, prerequisites, familial lab-supported, trace, what would change it. */
import type { ElEscorialResult, FamilialLabSupported, TraceStep } from './assessment.js';
import { elEscorialChanges } from './changes.js';
import { classifyElEscorial, EL_ESCORIAL_ORDER } from './classify.js';
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
  EEC_SETTINGS,
  finalCategory,
  pendingList,
  prerequisiteSteps,
  regionStepsFor,
  settingStep,
  toConfirm,
} from './trace.js';

const NO_VARIANT_DETAIL = 'no pathogenic variant in an ALS gene recorded';

/**
 * Clinically definite familial ALS, laboratory-supported (Brooks 2000, Amyotroph Lateral Scler Other
 * Motor Neuron Disord 2000;1:293-299, the category list, "Clinically Definite Familial ALS –
 * Laboratory-supported"; the exact page is not verified here): progressive UMN
 * and LMN signs in at least a single region, as in Clinically Possible ALS (so clinical signs found
 * together in one region; EMG enters rEEC only through the lab-supported category), in a patient of a
 * family with ALS, with an identified pathogenic gene mutation. A carrier without affected relatives
 * is not "familial": the variant is reported under genetics, the category is not. The family-history
 * clause and "UMN and LMN" (not "and/or") follow the restatement of the paper in the clinical
 * reference; it was not re-read in the PDF: a clinician should check it there.
 */
function familial(input: CriteriaInput, status: PrerequisiteStatus): FamilialLabSupported {
  const fh = input.c.history?.familyHistory?.als;
  if (!input.c.genetics?.length) {
    return { met: false, detail: NO_VARIANT_DETAIL, variants: [], familyHistoryOfAls: fh };
  }
  const variants = pathogenicAlsVariants(input.c, input.asOf);
  const m = input.masks.revisedElEscorial;
  const list = variants.map((v) => {
    const o: FamilialLabSupported['variants'][number] = { gene: v.gene, classification: v.classification };
    if (v.variant !== undefined) o.variant = v.variant;
    return o;
  });
  let met = false;
  let detail: string;
  if (variants.length === 0) detail = NO_VARIANT_DETAIL;
  else if (fh === false)
    detail =
      'pathogenic variant, but no family history of ALS: a carrier without affected relatives is not familial ALS';
  else if (fh === undefined)
    detail = 'pathogenic variant; family history of ALS not recorded (needs history.familyHistory.als)';
  else if ((m.umn & m.lmnClinical) === 0)
    detail = 'pathogenic variant, but clinical UMN and LMN signs are not found together in any region';
  else if (status === 'notProgressive' || status === 'progressionNotRecorded')
    detail = 'pathogenic variant, but progression is not documented';
  else if (status === 'alternativeExplanation') detail = 'another disease was judged to explain the signs';
  else {
    met = true;
    detail = `progressive UMN and LMN signs in a family with ALS, with ${variants.map((v) => `${v.gene}${v.variant ? ` ${v.variant}` : ''}`).join(', ')}${status === 'pendingExclusions' ? ' (pending the named exclusions)' : ''}`;
  }
  return { met, detail, variants: list, familyHistoryOfAls: fh };
}

/** Revised El Escorial (Brooks 2000). */
export function elEscorialResult(input: CriteriaInput): ElEscorialResult {
  const { s, masks, exclusions } = input;
  const m = masks.revisedElEscorial;
  const cls = classifyElEscorial(m, s);
  const progression = progressionFor(input.c, 'revisedElEscorial');
  const status = prerequisiteStatus(progression, exclusions);
  const category = finalCategory(cls.category, status, 'notMet');
  const fam = familial(input, status);
  const trace: TraceStep[] = [
    settingStep(s, EEC_SETTINGS),
    ...regionStepsFor(input, 'revisedElEscorial'),
    ...clauseSteps(cls.clauses),
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
    whatWouldChange: phraseChanges(elEscorialChanges(m, s), EL_ESCORIAL_ORDER, input.regions, 'revisedElEscorial', s),
    toConfirm: toConfirm(progression, input, 'revisedElEscorial'),
    needs: [...progression.needs],
    source: BROOKS_2000,
  };
}
