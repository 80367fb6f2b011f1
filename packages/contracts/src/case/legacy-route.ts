/**
 * Medication routes written before the route vocabulary (free text until issue 12: 'oral
 * suspension', 'intravenous', 'PO'). A case file is read with each such route mapped onto the
 * vocabulary ('oral suspension' -> 'oral'); a route that names none becomes 'other' with the words
 * kept in the note, so an old file still loads and nothing written is lost. Each change is a
 * warning with its path. Migration 0009 does the same to stored rows.
 */
import { MEDICATION_ROUTES, routeFromText } from '@betz/engine';
import type { CaseIssue } from './errors.js';

const ROUTES: readonly string[] = MEDICATION_ROUTES;

/** The case with legacy routes mapped (a copy where anything changed), and a warning per change. */
export function upgradeLegacyRoutes(json: unknown): { json: unknown; warnings: CaseIssue[] } {
  const warnings: CaseIssue[] = [];
  if (typeof json !== 'object' || json === null) return { json, warnings };
  const meds = (json as { medications?: unknown }).medications;
  if (!Array.isArray(meds)) return { json, warnings };
  let changed = false;
  const upgraded = meds.map((m: unknown, i) => {
    if (typeof m !== 'object' || m === null) return m;
    const route = (m as { route?: unknown }).route;
    if (typeof route !== 'string' || ROUTES.includes(route) || route.length > 1000) return m;
    changed = true;
    const path = `medications[${i}].route`;
    const mapped = routeFromText(route);
    if (mapped) {
      warnings.push({ path, message: `route "${route}" read as "${mapped}" (the route vocabulary)` });
      return { ...m, route: mapped };
    }
    const note = (m as { note?: unknown }).note;
    const kept = `route as written: ${route}`;
    warnings.push({
      path,
      message: `route "${route}" is not in the route vocabulary: read as "other", the words kept in the note`,
    });
    return { ...m, route: 'other', note: typeof note === 'string' && note !== '' ? `${note}; ${kept}` : kept };
  });
  return changed ? { json: { ...json, medications: upgraded }, warnings } : { json, warnings };
}
