/**
 * What the chart shows, as plain data built from the stored case and the server's assessments:
 * the timeline of dated facts grouped by day, the visit dates, and what changed between two
 * assessments. No clinical rule lives here: every category, stage, score and rate is read from
 * the engine's answer; this module only arranges and compares them for the reader.
 */
import type { Assessment, FactKindName, IsoDate, PatientCase } from '@betz/engine';
import {
  CATALOGUE,
  CATEGORY_LABEL,
  describeNeeds,
  factKindEntry,
  isInvestigationCode,
  scoreAlsfrsr,
} from '@betz/engine';

/** A camelCase vocabulary code as words: 'jawJerk' -> 'jaw jerk', 'FVC' stays. */
export function words(code: string): string {
  return code.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/\b([A-Z])(?=[a-z])/g, (c) => c.toLowerCase());
}

/**
 * Whole years from `birthDate` to `today` by the calendar (the birthday itself counts), or null
 * for a missing or later birth date.
 *
 * @example ageInYears('1961-03-14', '2026-03-13') // 64
 */
export function ageInYears(birthDate: IsoDate | null | undefined, today: IsoDate): number | null {
  if (!birthDate || birthDate > today) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export interface VisitData {
  date: IsoDate;
  kind?: string;
  clinician?: string;
  note?: string;
}

export interface TimelineItem {
  kind: FactKindName;
  /** The kind's label from the fact catalogue ('vital capacity'). */
  label: string;
  text: string;
  /** An examination that found what the one before found: the date of that one. */
  unchangedSince?: IsoDate;
}

export interface TimelineDay {
  date: IsoDate;
  visits: VisitData[];
  items: TimelineItem[];
}

const SIDE: Record<string, string> = { left: 'L', right: 'R', midline: 'midline' };

function examText(e: NonNullable<PatientCase['exams']>[number]): string {
  const parts: string[] = [];
  for (const r of e.regions) {
    const where = `${r.region} ${SIDE[r.side] ?? r.side}`;
    if (r.normal) {
      parts.push(`${where} normal`);
      continue;
    }
    const found = [
      r.weakness ? (r.weaknessLmnType ? 'LMN-type weakness' : 'weakness') : '',
      r.wasting ? 'wasting' : '',
      r.fasciculations ? 'fasciculations' : '',
      ...(r.umnSigns ?? []).map(words),
    ].filter(Boolean);
    parts.push(`${where}: ${found.length ? found.join(', ') : 'no finding recorded'}`);
  }
  return parts.length ? parts.join('; ') : 'no region recorded';
}

function emgText(s: NonNullable<PatientCase['emg']>[number]): string {
  const active = s.muscles.filter(
    (m) => m.fibrillations || m.positiveSharpWaves || m.fasciculationPotentials === 'complex',
  );
  const chronic = s.muscles.filter((m) => m.chronicNeurogenicMups);
  const muscles = `${s.muscles.length} muscle${s.muscles.length === 1 ? '' : 's'} sampled`;
  const findings = `${active.length} with active denervation, ${chronic.length} with chronic neurogenic change`;
  const ncs = s.ncs ? (s.ncs.normal ? '; NCS normal' : '; NCS recorded') : '';
  return `${muscles}: ${findings}${ncs}`;
}

function investigationName(code: string): string {
  return isInvestigationCode(code) ? CATALOGUE[code].name : words(code);
}

type Add = (date: IsoDate | undefined, kind: FactKindName, text: string, unchangedSince?: IsoDate) => void;

function addFunction(c: PatientCase, add: Add): void {
  for (const r of c.alsfrsr ?? []) {
    try {
      const s = scoreAlsfrsr(r);
      const d = s.domains;
      add(
        r.date,
        'alsfrsr',
        `${s.total}/48 (bulbar ${d.bulbar}, fine motor ${d.fineMotor}, gross motor ${d.grossMotor}, respiratory ${d.respiratory})`,
      );
    } catch {
      add(r.date, 'alsfrsr', 'recorded, but not scorable (see the record)');
    }
  }
  for (const v of c.vitalCapacity ?? []) {
    const litres = v.litres !== undefined ? `, ${v.litres} L` : '';
    const unreliable = v.reliable === false ? ' (marked unreliable)' : '';
    add(v.date, 'vitalCapacity', `${v.kind} ${v.posture} ${v.percentPredicted} % predicted${litres}${unreliable}`);
  }
  for (const r of c.respiratory ?? []) {
    const parts = [
      r.snipCmH2O !== undefined ? `SNIP ${r.snipCmH2O} cmH₂O` : '',
      r.mipCmH2O !== undefined ? `MIP ${r.mipCmH2O} cmH₂O` : '',
      r.peakCoughFlowLPerMin !== undefined ? `peak cough flow ${r.peakCoughFlowLPerMin} L/min` : '',
      r.paco2MmHg !== undefined ? `PaCO₂ ${r.paco2MmHg} mmHg` : '',
      r.nocturnalSpo2At88MinutesContinuous !== undefined
        ? `nocturnal SpO₂ ≤ 88 % for ${r.nocturnalSpo2At88MinutesContinuous} min`
        : '',
    ].filter(Boolean);
    add(r.date, 'respiratoryTest', parts.join(', ') || 'recorded');
  }
  for (const w of c.weights ?? []) add(w.date, 'weight', `${w.weightKg} kg`);
}

/**
 * Every dated fact of the case as a line under its date, newest day first; visits head their day.
 * Kinds are labelled as the fact catalogue names them.
 */
export function buildTimeline(c: PatientCase, visits: readonly VisitData[]): TimelineDay[] {
  const days = new Map<IsoDate, TimelineDay>();
  const day = (date: IsoDate) => {
    let d = days.get(date);
    if (!d) {
      d = { date, visits: [], items: [] };
      days.set(date, d);
    }
    return d;
  };
  const add: Add = (date, kind, text, unchangedSince) => {
    if (!date) return;
    const item: TimelineItem = { kind, label: factKindEntry(kind).label, text };
    if (unchangedSince) item.unchangedSince = unchangedSince;
    day(date).items.push(item);
  };
  for (const v of visits) day(v.date).visits.push(v);
  const h = c.history;
  if (h?.onsetDate) add(h.onsetDate, 'history', `symptom onset${h.onsetSite ? `, ${words(h.onsetSite)}` : ''}`);
  if (h?.diagnosisDate) add(h.diagnosisDate, 'history', 'diagnosis of ALS recorded');
  // An examination like the one before says so, so the timeline shows where the signs changed.
  let previousExam: { date: IsoDate; text: string } | undefined;
  for (const e of [...(c.exams ?? [])].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))) {
    const text = examText(e);
    add(e.date, 'exam', text, previousExam?.text === text ? previousExam.date : undefined);
    previousExam = { date: e.date, text };
  }
  for (const s of c.emg ?? []) add(s.date, 'emgStudy', emgText(s));
  for (const i of c.investigations ?? []) {
    const value = i.value !== undefined ? ` ${i.value}${i.unit ? ` ${i.unit}` : ''}` : '';
    add(i.date, 'investigation', `${investigationName(i.code)}: ${words(i.result)}${value}`);
  }
  for (const j of c.redFlagJudgements ?? []) add(j.date, 'redFlagJudgement', `${words(j.code)}: ${words(j.judgement)}`);
  for (const g of c.genetics ?? []) add(g.date, 'geneticResult', `${g.gene}: ${words(g.classification)}`);
  addFunction(c, add);
  for (const s of c.symptoms ?? [])
    add(s.date, 'symptom', `${words(s.symptom)}${s.severity ? ` (${s.severity})` : ''}`);
  for (const s of c.screenings ?? [])
    add(s.date, 'screening', `${s.instrument} ${s.score}${s.abnormal ? ', abnormal' : ''}`);
  for (const l of c.labs ?? []) add(l.date, 'lab', `${l.test} ${l.value}${l.unit ? ` ${l.unit}` : ''}`);
  for (const m of c.medications ?? []) {
    add(m.startDate, 'medication', `${words(m.drug)} started${m.dose ? `, ${m.dose}` : ''}`);
    add(m.stopDate, 'medication', `${words(m.drug)} stopped${m.note ? `: ${m.note}` : ''}`);
  }
  for (const i of c.interventions ?? []) {
    add(i.startDate, 'intervention', `${words(i.kind)} started${i.hoursPerDay ? `, ${i.hoursPerDay} h/day` : ''}`);
    add(i.stopDate, 'intervention', `${words(i.kind)} stopped`);
  }
  for (const d of c.careDecisions ?? []) {
    const until = d.until ? ` until ${d.until}` : '';
    add(d.date, 'careDecision', `${d.code}: ${d.status}${until}${d.reason ? ` (${d.reason})` : ''}`);
  }
  for (const a of c.advanceCarePlans ?? []) {
    add(a.date, 'advanceCarePlan', a.topics?.length ? `documented: ${a.topics.map(words).join(', ')}` : 'documented');
  }
  const end = c.endpoints;
  if (end?.deathDate) add(end.deathDate, 'endpoints', 'died');
  if (end?.tracheostomyDate) add(end.tracheostomyDate, 'endpoints', 'tracheostomy');
  if (end?.nivOver23hDate) add(end.nivOver23hDate, 'endpoints', 'NIV over 23 hours a day');
  return [...days.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/**
 * The dates of visits on or before `today`, newest first: the recorded visits, or, when none is
 * recorded, the days on which a measurement or examination was recorded.
 */
export function visitDates(c: PatientCase | undefined, visits: readonly VisitData[], today: IsoDate): IsoDate[] {
  const dates = new Set<IsoDate>(visits.map((v) => v.date));
  if (dates.size === 0 && c) {
    for (const list of [c.alsfrsr, c.vitalCapacity, c.weights, c.exams] as ({ date: IsoDate }[] | undefined)[]) {
      for (const r of list ?? []) dates.add(r.date);
    }
  }
  return [...dates].filter((d) => d <= today).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

export interface Change {
  what: string;
  before: string;
  now: string;
  /** True when the change is a worsening the reader should see first. */
  worse: boolean;
}

const fmt1 = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function elEscorialText(a: Assessment): string {
  return CATEGORY_LABEL[a.diagnosis.elEscorial.category];
}
function awajiText(a: Assessment): string {
  return CATEGORY_LABEL[a.diagnosis.awaji.category];
}
/**
 * The Gold Coast result in words, without turning an unknown into a "not met": a condition the
 * engine could not judge is shown as the facts it needs, a pending one as pending.
 */
export function goldCoastText(g: Assessment['diagnosis']['goldCoast']): string {
  if (g.met) return 'ALS (criteria met)';
  if (g.conditions.some((c) => c.state === 'notMet')) return 'not met';
  const needs = g.conditions.filter((c) => c.state === 'insufficient').flatMap((c) => c.needs);
  if (needs.length > 0) return `insufficient data: needs ${describeNeeds([...new Set(needs)])}`;
  if (g.conditions.some((c) => c.state === 'pending')) return 'pending';
  return 'not met';
}
function kingsText(a: Assessment): string {
  return a.staging.kings.kind === 'staged' ? a.staging.kings.label : 'not staged';
}
function mitosText(a: Assessment): string {
  return a.staging.mitos.kind === 'staged' ? String(a.staging.mitos.stage) : 'not staged';
}
function alsfrsrText(a: Assessment): string {
  return a.function.alsfrsr.kind === 'scored' ? `${a.function.alsfrsr.total}/48` : 'none';
}
function fvcText(a: Assessment): string {
  const vc = a.function.vitalCapacity.latest;
  return vc ? `${fmt1(vc.percentPredicted)} %` : 'none';
}
function weightText(a: Assessment): string {
  const w = a.function.weight.latest;
  return w ? `${fmt1(w.weightKg)} kg` : 'none';
}

/**
 * What differs between the assessment as of an earlier visit and now, in clinical order, each
 * marked when it is a worsening (a lower score, a higher stage). Unchanged values are left out.
 */
export function changesBetween(before: Assessment, now: Assessment): Change[] {
  const out: Change[] = [];
  const push = (what: string, b: string, n: string, worse: boolean) => {
    if (b !== n) out.push({ what, before: b, now: n, worse });
  };
  const score = (a: Assessment) => (a.function.alsfrsr.kind === 'scored' ? a.function.alsfrsr.total : null);
  const sb = score(before);
  const sn = score(now);
  push('ALSFRS-R', alsfrsrText(before), alsfrsrText(now), sb !== null && sn !== null && sn < sb);
  const vb = before.function.vitalCapacity.latest?.percentPredicted ?? null;
  const vn = now.function.vitalCapacity.latest?.percentPredicted ?? null;
  push('FVC % predicted', fvcText(before), fvcText(now), vb !== null && vn !== null && vn < vb);
  const wb = before.function.weight.latest?.weightKg ?? null;
  const wn = now.function.weight.latest?.weightKg ?? null;
  push('Weight', weightText(before), weightText(now), wb !== null && wn !== null && wn < wb);
  const kb = before.staging.kings.kind === 'staged' ? before.staging.kings.stage : null;
  const kn = now.staging.kings.kind === 'staged' ? now.staging.kings.stage : null;
  push("King's stage", kingsText(before), kingsText(now), kb !== null && kn !== null && kn > kb);
  const mb = before.staging.mitos.kind === 'staged' ? before.staging.mitos.stage : null;
  const mn = now.staging.mitos.kind === 'staged' ? now.staging.mitos.stage : null;
  push('MiToS stage', mitosText(before), mitosText(now), mb !== null && mn !== null && mn > mb);
  push('Revised El Escorial', elEscorialText(before), elEscorialText(now), false);
  push('Awaji', awajiText(before), awajiText(now), false);
  push('Gold Coast', goldCoastText(before.diagnosis.goldCoast), goldCoastText(now.diagnosis.goldCoast), false);
  return out;
}

/** Care plan items present now that were not raised as of the earlier assessment. */
export function newCareItems(before: Assessment, now: Assessment): Assessment['care']['recommendations'] {
  const known = new Set(before.care.recommendations.map((r) => r.code));
  return now.care.recommendations.filter((r) => !known.has(r.code));
}
