/**
 * One call: a patient's facts at a date -> the diagnostic assessment (revised El Escorial, Awaji-Shima,
 * Gold Coast, each with its trace and what would change it; red flags; workup).
 */

import type { IsoDate } from '../common/dates.js';
import type { PatientCase } from '../facts/index.js';
import type { DiagnosisAssessment } from './assessment.js';
import { awajiResult } from './awaji.js';
import { elEscorialResult } from './elEscorial.js';
import { gatherFindings } from './findings.js';
import { goldCoastResult } from './goldCoast.js';
import { recordLookup } from './investigations.js';
import { evaluateRedFlags, type FlagContext, latestJudgements } from './redFlags.js';
import { buildRegionEvidence } from './regionEvidence.js';
import { type DiagnosisSettings, resolveSettings, settingsUsed } from './settings.js';
import { buildWorkup } from './workup.js';

function ageAtOnset(c: PatientCase): { years: number | undefined; needs: string[] } {
  const birth = c.patient.birthDate;
  const onset = c.history?.onsetDate;
  const needs: string[] = [];
  if (!birth) needs.push('patient.birthDate');
  if (!onset) needs.push('history.onsetDate');
  if (!birth || !onset) return { years: undefined, needs };
  return { years: completedYears(birth, onset), needs };
}

/** Age in completed calendar years (birthday reached or not), as clinicians state it. */
function completedYears(birth: IsoDate, at: IsoDate): number {
  const years = Number(at.slice(0, 4)) - Number(birth.slice(0, 4));
  return at.slice(5) < birth.slice(5) ? years - 1 : years;
}

/**
 * Evaluate the diagnostic criteria for a case as of a date. Pure: the same facts, date and settings
 * always give the same assessment; findings dated after `asOf` are ignored.
 *
 * @example
 * const d = evaluateDiagnosis(patientCase, '2025-03-01');
 * d.elEscorial.category // 'probable'
 * d.goldCoast.met // true
 */
export function evaluateDiagnosis(
  c: PatientCase,
  asOf: IsoDate,
  settings?: Partial<DiagnosisSettings>,
): DiagnosisAssessment {
  const s = resolveSettings(settings);
  const f = gatherFindings(c, asOf);
  const { regions, masks } = buildRegionEvidence(f, s);
  const records = recordLookup(c, asOf, f);

  const eec = masks.revisedElEscorial;
  const lmnAny = eec.lmnClinical | masks.awaji.lmnEmg;
  let lmnAnyComponent = 0;
  let lmnBilateral = 0;
  for (let i = 0; i < 4; i++) {
    const sides = f.regions[i]!.lmnBySide;
    if (sides[0] || sides[1] || sides[2]) lmnAnyComponent |= 1 << i;
    const r = regions[i]!.sets.revisedElEscorial.lmnClinicalSides;
    if (r.includes('left') && r.includes('right')) lmnBilateral |= 1 << i;
  }
  const age = ageAtOnset(c);
  const history = c.history ?? {};
  const flagCtx: FlagContext = {
    f,
    umn: eec.umn,
    lmn: lmnAny,
    lmnAnyComponent,
    lmnBilateral,
    sex: c.patient.sex,
    ageAtOnsetYears: age.years,
    ageNeeds: age.needs,
    history,
    records,
    judgements: latestJudgements(c.redFlagJudgements, asOf),
  };
  const { flags, notJudged } = evaluateRedFlags(flagCtx);
  const { workup, exclusions } = buildWorkup({
    records,
    bulbarInvolved: ((eec.umn | lmnAny | lmnAnyComponent) & 1) !== 0,
    bulbarExamined: f.regions[0].examined,
    umn: eec.umn,
    lmn: lmnAny,
    sex: c.patient.sex,
    familyHistory: history.familyHistory?.als === true || history.familyHistory?.ftd === true,
    flags,
  });

  const input = { c, asOf, s, regions, masks, exclusions };
  const elEscorial = elEscorialResult(input);
  const awaji = awajiResult(input);
  const goldCoast = goldCoastResult(input);

  const needs: string[] = [];
  if (f.examDates.length === 0) needs.push('exams');
  for (const n of goldCoast.needs) if (!needs.includes(n)) needs.push(n);

  return {
    asOf,
    settings: settingsUsed(s),
    elEscorial,
    awaji,
    goldCoast,
    regions,
    redFlags: flags,
    redFlagsNotJudged: notJudged,
    workup,
    exclusions,
    findings: {
      examDates: f.examDates,
      emgDates: f.emgDates,
      ignoredSigns: f.ignoredSigns,
      unknownMuscles: f.unknownMuscles,
      ncs: f.ncs,
      other: f.other,
    },
    needs,
  };
}
