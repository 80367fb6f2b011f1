/**
 * The worsening steps of the declinable care rules as a Markdown table, generated from the rule
 * catalogue for docs/case-format.md (a docs test fails when the page is stale).
 */
import { TRIGGER_MEASURES } from './measures.js';
import { CARE_RULES } from './rules/catalogue.js';

/** One row per rule and measure: the code, the measure, which way is worse, the step and its basis. */
export function renderWorseningTable(): string {
  const lines = [
    '| recommendation | `triggerMeasure` | worse when it | by at least | basis |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const rule of CARE_RULES) {
    for (const w of rule.worsening ?? []) {
      const m = TRIGGER_MEASURES[w.measure];
      const untagged = (rule.untaggedMeasure ?? rule.worsening?.[0]?.measure) === w.measure ? ' (default)' : '';
      lines.push(
        `| \`${rule.code}\` | \`${w.measure}\`${untagged} (${m.label}) | ${w.direction === 'lower' ? 'falls' : 'rises'} | ${w.minChange} ${m.unit} | ${w.basis} |`,
      );
    }
  }
  return lines.join('\n');
}
