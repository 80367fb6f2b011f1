/**
 * The English templates of the care reasons, one per rule code, and the function that renders a
 * structured reason with them. The templates are written beside their rules (a rule reads as one
 * row of data, with its source); this table gathers them by code. A translation is another table
 * of the same shape passed to `renderCareReason`.
 */
import { applyTemplate, type Template } from '../common/reason.js';
import { withCautions } from './label-restrictions.js';
import { CARE_RULES } from './rules/catalogue.js';
import type { CareReason } from './types.js';

export type CareReasonTemplates = Readonly<Record<string, Template<CareReason>>>;

/** English template of every care rule's reason, by rule code. */
export const CARE_REASON_TEMPLATES: CareReasonTemplates = Object.freeze(
  Object.fromEntries(CARE_RULES.map((r) => [r.code, r.reason])),
);

/**
 * The reason in words, followed by any label cautions.
 *
 * @example renderCareReason(plan.recommendations[0].why) // 'Peak cough flow 250 L/min is below 270 L/min: …'
 */
export function renderCareReason(why: CareReason, templates: CareReasonTemplates = CARE_REASON_TEMPLATES): string {
  // A translation that lacks a code falls back to English rather than printing nothing.
  const template = templates[why.code] ?? CARE_REASON_TEMPLATES[why.code];
  if (template === undefined) throw new Error(`no template for care reason ${why.code}`);
  return withCautions(applyTemplate(template, why), why.cautions);
}
