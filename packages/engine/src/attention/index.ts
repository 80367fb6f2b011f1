/** "Needs attention today": a patient's items from the care and diagnosis results, and their words. */
export {
  type AttentionCode,
  type AttentionInput,
  type AttentionItem,
  type AttentionSeverity,
  type AttentionValue,
  attentionItems,
  compareItems,
  comparePatients,
  SEVERITY_ORDER,
  UPCOMING_VISIT_DAYS,
  worstSeverity,
} from './attention.js';
export { attentionLabel, renderAttentionItem, renderAttentionText, SEVERITY_WORDS } from './render.js';
