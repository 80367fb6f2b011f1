/** Revised El Escorial (Brooks 2000) result: category, prerequisites, familial lab-supported, trace, what would change it. */
import type { FactRef } from '../common/reason.js';
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
import { type FamilialCode, renderTraceDetail, type TraceParams } from './traceText.js';

interface Familial extends FamilialLabSupported {
  /** The trace params of the familial line (its code, the variants named). */
  params: TraceParams;
}

type NotMet = Exclude<FamilialCode, 'met'>;
const notMet = (familial: NotMet) => {
  const params: TraceParams = Object.freeze({ familial });
  return Object.freeze({ params, detail: renderTraceDetail({ code: 'familialLabSupported', params }) });
};
/** The params and detail of every answer but 'met' (which names the variants): built once. */
const NOT_MET: Readonly<Record<NotMet, { params: TraceParams; detail: string }>> = {
  noVariant: notMet('noVariant'),
  noFamilyHistory: notMet('noFamilyHistory'),
  familyHistoryNotRecorded: notMet('familyHistoryNotRecorded'),
  signsNotBoth: notMet('signsNotBoth'),
  notProgressive: notMet('notProgressive'),
  alternativeExplanation: notMet('alternativeExplanation'),
};
const NO_VARIANT = NOT_MET.noVariant.params;
const NO_VARIANT_DETAIL = NOT_MET.noVariant.detail;

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
function familial(input: CriteriaInput, status: PrerequisiteStatus): Familial {
  const fh = input.c.history?.familyHistory?.als;
  if (!input.c.genetics?.length) {
    return {
      met: false,
      detail: NO_VARIANT_DETAIL,
      variants: [],
      familyHistoryOfAls: fh,
      params: NO_VARIANT,
    };
  }
  const variants = pathogenicAlsVariants(input.c);
  const m = input.masks.revisedElEscorial;
  const list = variants.map((v) => {
    const o: FamilialLabSupported['variants'][number] = { gene: v.gene, classification: v.classification };
    if (v.variant !== undefined) o.variant = v.variant;
    return o;
  });
  let code: FamilialCode;
  if (variants.length === 0) code = 'noVariant';
  else if (fh === false) code = 'noFamilyHistory';
  else if (fh === undefined) code = 'familyHistoryNotRecorded';
  else if ((m.umn & m.lmnClinical) === 0) code = 'signsNotBoth';
  else if (status === 'notProgressive' || status === 'progressionNotRecorded') code = 'notProgressive';
  else if (status === 'alternativeExplanation') code = 'alternativeExplanation';
  else code = 'met';
  if (code !== 'met') return { met: false, ...NOT_MET[code], variants: list, familyHistoryOfAls: fh };
  const params: TraceParams = {
    familial: code,
    variants: variants.map((v) => `${v.gene}${v.variant ? ` ${v.variant}` : ''}`),
    pendingExclusions: status === 'pendingExclusions',
  };
  const detail = renderTraceDetail({ code: 'familialLabSupported', params });
  return { met: true, detail, variants: list, familyHistoryOfAls: fh, params };
}

const NO_VARIANT_STEP: TraceStep = Object.freeze({
  code: 'familialLabSupported',
  step: 'familial, laboratory-supported',
  result: 'notMet',
  params: NO_VARIANT,
  detail: NO_VARIANT_DETAIL,
});

/** The familial line, naming the genetic results it read by their path in the case. */
function familialStep(fam: Familial, c: CriteriaInput['c']): TraceStep {
  if (fam.params === NO_VARIANT) return NO_VARIANT_STEP;
  const facts: FactRef[] = [];
  c.genetics?.forEach((g, i) => {
    if (fam.variants.some((v) => v.gene === g.gene && v.variant === g.variant && v.classification === g.classification))
      facts.push({ path: `genetics[${i}].classification`, value: g.classification });
  });
  return {
    code: 'familialLabSupported',
    step: 'familial, laboratory-supported',
    result: fam.met ? 'met' : 'notMet',
    params: fam.params,
    detail: fam.detail,
    ...(facts.length ? { facts } : {}),
  };
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
    anatomicalStep(input, cls),
    ...prerequisiteSteps(progression, input, 'A3: progressive spread by history or examination'),
    familialStep(fam, input.c),
    resultStep(input, category, status),
  ];
  return {
    criteria: 'revisedElEscorial',
    category,
    anatomicalCategory: cls.category,
    status,
    statusText: PREREQUISITE_TEXT[status],
    pendingExclusions: pendingList(input),
    familialLabSupported: fam.met,
    familial: {
      met: fam.met,
      detail: fam.detail,
      variants: fam.variants,
      familyHistoryOfAls: fam.familyHistoryOfAls,
    },
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
