/**
 * Attention items in words: a short label for a badge ("FVC overdue 34 d") and a sentence for a
 * tooltip or a screen reader ("FVC overdue by 34 days: last measured 2025-01-28, due every 3 months").
 * English tables, one per code; a translation is another table.
 */
import { formatSource } from '../care/render.js';
import { describeNeeds } from '../facts/describe.js';
import type { AttentionCode, AttentionItem, AttentionSeverity, AttentionValue } from './attention.js';

const str = (v: AttentionValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const list = (v: AttentionValue | undefined): readonly string[] => (Array.isArray(v) ? (v as readonly string[]) : []);
const num = (v: AttentionValue | undefined): number | null => (typeof v === 'number' ? v : null);
const one = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Discipline names of the referral rules, for a badge. */
const REFERRAL_NAMES: Readonly<Record<string, string>> = {
  'team.multidisciplinaryClinic': 'MDT clinic',
  'team.refer.speechAndLanguage': 'SLT',
  'team.refer.dietitian': 'dietitian',
  'team.refer.physiotherapy': 'physio',
  'team.refer.occupationalTherapy': 'OT',
  'team.refer.respiratory': 'respiratory',
  'team.refer.socialWork': 'social work',
  'team.refer.psychology': 'psychology',
  'team.refer.palliativeCare': 'palliative care',
  'team.refer.gastrostomyService': 'gastrostomy service',
};

export const SEVERITY_WORDS: Readonly<Record<AttentionSeverity, string>> = {
  urgent: 'Urgent',
  due: 'Due',
  info: 'Note',
};

const overdue = (i: AttentionItem) => (i.overdueDays === null ? '' : ` ${i.overdueDays} d`);

const LABELS: Readonly<Record<AttentionCode, (i: AttentionItem) => string>> = {
  'niv.criteriaMet': (i) => {
    const fvc = num(i.params.fvcPercent);
    return `NIV criteria met${fvc !== null ? ` (FVC ${one(fvc)} %)` : ''}${i.params.decision ? ', re-offer' : ''}`;
  },
  'weight.loss': (i) => {
    const loss = num(i.params.lossPercent);
    return `Weight loss${loss !== null ? ` ${one(loss)} %` : ''}`;
  },
  'fvc.overdue': (i) => (i.params.lastDate ? `FVC overdue${overdue(i)}` : 'FVC never measured'),
  'alsfrsr.overdue': (i) => (i.params.lastDate ? `ALSFRS-R overdue${overdue(i)}` : 'ALSFRS-R never recorded'),
  'referral.due': (i) => {
    const names = list(i.params.referrals).map((c) => REFERRAL_NAMES[c] ?? c);
    return `Refer: ${names.slice(0, 2).join(', ')}${names.length > 2 ? ` +${names.length - 2}` : ''}`;
  },
  'workup.pending': (i) => {
    const n = list(i.params.pending).length + list(i.params.toReview).length;
    return `Workup: ${n} open`;
  },
  'decision.review': (i) => `Review ${str(i.params.decision)} decision`,
  'visit.upcoming': (i) => {
    const d = num(i.params.inDays);
    return `Visit ${d === 1 ? 'tomorrow' : `in ${d} d`}`;
  },
  insufficientData: (i) => (i.params.waitingForDiagnosis ? 'Care checks await diagnosis' : 'Insufficient data'),
};

const SENTENCES: Readonly<Record<AttentionCode, (i: AttentionItem) => string>> = {
  'niv.criteriaMet': (i) =>
    `NIV criteria met and no ventilation started: ${list(i.params.criteria).join('; ')}.${
      i.params.decision
        ? ` NIV was ${str(i.params.decision)} on ${str(i.params.decisionDate)}; ${str(i.params.decisionNote)}.`
        : ''
    } Offer NIV and refer to the ventilation service.`,
  'weight.loss': (i) =>
    `Weight ${str(i.params.latestKg)} kg on ${str(i.params.latestDate)} is ${one(num(i.params.lossPercent) ?? 0)} % below the ${
      i.params.reference === 'premorbid' ? 'premorbid weight' : 'first recorded weight (premorbid not recorded)'
    } (threshold ${str(i.params.thresholdPercent)} %).${
      i.params.decision
        ? ` Earlier ${str(i.params.decision)} on ${str(i.params.decisionDate)}; ${str(i.params.decisionNote)}.`
        : ''
    }`,
  'fvc.overdue': (i) =>
    i.params.lastDate
      ? `FVC overdue by ${i.overdueDays} days: last measured ${str(i.params.lastDate)}, due every ${str(i.params.intervalMonths)} months (due ${str(i.params.dueOn)}).`
      : `No vital capacity recorded: respiratory function is measured at diagnosis and then every ${str(i.params.intervalMonths)} months.`,
  'alsfrsr.overdue': (i) =>
    i.params.lastDate
      ? `ALSFRS-R overdue by ${i.overdueDays} days: last recorded ${str(i.params.lastDate)}, due every ${str(i.params.intervalMonths)} months (due ${str(i.params.dueOn)}).`
      : `No ALSFRS-R recorded: it is recorded at every visit (every ${str(i.params.intervalMonths)} months).`,
  'referral.due': (i) => `Referrals recommended, none recorded as sent: ${list(i.params.titles).join('; ')}.`,
  'workup.pending': (i) => {
    const parts = [];
    if (list(i.params.pending).length) parts.push(`no result yet for ${list(i.params.pending).join(', ')}`);
    if (list(i.params.toReview).length) parts.push(`abnormal results to review: ${list(i.params.toReview).join(', ')}`);
    return `Diagnostic workup open: ${parts.join('; ')}.`;
  },
  'decision.review': (i) =>
    `${str(i.params.title)}: ${str(i.params.decision)} on ${str(i.params.decisionDate)}; ${str(i.params.decisionNote)}. Review the decision.`,
  'visit.upcoming': (i) =>
    `Visit booked on ${str(i.params.date)}${i.params.kind ? ` (${str(i.params.kind)})` : ''}, in ${str(i.params.inDays)} days.`,
  insufficientData: (i) =>
    i.params.waitingForDiagnosis
      ? 'Breathing, weight and monitoring checks wait for a diagnosis: record the diagnosis date or complete the criteria.'
      : `Insufficient data for ${str(i.params.careCode)}: needs ${describeNeeds(list(i.params.missing))}.`,
};

/** A short label for a badge: words, never colour alone. */
export function attentionLabel(item: AttentionItem): string {
  return LABELS[item.code](item);
}

/** One sentence: what, why, and the source. */
export function renderAttentionItem(item: AttentionItem): string {
  const text = SENTENCES[item.code](item);
  return item.source ? `${text} [${formatSource(item.source)}]` : text;
}

/** The list as text, one line per item with its severity in words. */
export function renderAttentionText(items: readonly AttentionItem[]): string {
  if (items.length === 0) return 'Nothing needs attention.';
  return items.map((i) => `${SEVERITY_WORDS[i.severity]}: ${renderAttentionItem(i)}`).join('\n');
}
