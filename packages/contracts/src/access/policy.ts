/**
 * Who may do what: one pure module the routes call (interop-security §5.2; Medplum's access.ts
 * is the model). Deny by default. A user may hold several roles; a permission from any suffices.
 *
 * Roles:
 * - clinician: all clinical reads and writes, assessments, the patient's access log.
 * - nurse (nurse / coordinator): registers patients, records everything but examinations, EMG,
 *   genetic results and the diagnostic history, which stay with the clinician.
 * - therapist: reads the record; records function and measurements (ALSFRS-R, breathing tests,
 *   weights, symptoms, screenings, interventions, visits).
 * - researcher: de-identified views only; no identified route at all.
 * - admin: accounts and the audit log; no clinical data (break-glass is not built).
 */

import { FACT_KIND_CATALOGUE, type FactKindEntry } from '@betz/engine';
import type { ApiFactKind, ApiRole } from '../api/index.js';

/** Every permission the policy knows, in the order docs/access.md lists them. */
export const ACTIONS = [
  'patient.list',
  'patient.read',
  'patient.create',
  'patient.update',
  'fact.read',
  'fact.write',
  'assessment.read',
  'patientAudit.read',
  'user.manage',
  'audit.read',
  'backup.create',
  'research.read',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Principal {
  roles: readonly string[];
  disabled?: boolean;
}

const CLINICAL_READ: readonly Action[] = ['patient.list', 'patient.read', 'fact.read', 'assessment.read'];

const ROLE_ACTIONS: Record<ApiRole, readonly Action[]> = {
  clinician: [...CLINICAL_READ, 'patient.create', 'patient.update', 'fact.write', 'patientAudit.read'],
  nurse: [...CLINICAL_READ, 'patient.create', 'patient.update', 'fact.write'],
  therapist: [...CLINICAL_READ, 'fact.write'],
  researcher: ['research.read'],
  admin: ['user.manage', 'audit.read', 'patientAudit.read', 'backup.create'],
};

/**
 * Fact kinds a role may write ('all', or a list), from who records each kind (the catalogue's
 * `recordedBy`): a nurse what nurses or therapists record, a therapist what therapists record.
 */
const recordedBy = (...who: readonly FactKindEntry['recordedBy'][]): readonly ApiFactKind[] =>
  FACT_KIND_CATALOGUE.filter((k) => who.includes(k.recordedBy)).map((k) => k.kind);

const WRITABLE_KINDS: Record<ApiRole, 'all' | readonly ApiFactKind[]> = {
  clinician: 'all',
  nurse: recordedBy('nurse', 'therapist'),
  therapist: recordedBy('therapist'),
  researcher: [],
  admin: [],
};

const isRole = (r: string): r is ApiRole => r in ROLE_ACTIONS;

/**
 * Whether `user` may perform `action` (on facts of `kind`, for `fact.write`).
 *
 * @example can({ roles: ['therapist'] }, 'fact.write', 'weight') // true
 * @example can({ roles: ['therapist'] }, 'fact.write', 'exam') // false
 */
export function can(user: Principal | undefined, action: Action, kind?: ApiFactKind): boolean {
  if (!user || user.disabled) return false;
  return user.roles.filter(isRole).some((role) => {
    if (!ROLE_ACTIONS[role].includes(action)) return false;
    if (action !== 'fact.write') return true;
    const kinds = WRITABLE_KINDS[role];
    return kinds === 'all' || (kind !== undefined && kinds.includes(kind));
  });
}

/**
 * The roles that may perform an action (on facts of `kind`): the 403 message, the access-matrix
 * test and the OpenAPI document. For `fact.write` without a kind, the roles that may write every kind.
 *
 * @example rolesAllowed('patient.create') // ['clinician', 'nurse']
 */
export function rolesAllowed(action: Action, kind?: ApiFactKind): ApiRole[] {
  return (Object.keys(ROLE_ACTIONS) as ApiRole[]).filter((role) => can({ roles: [role] }, action, kind));
}

/**
 * What a refused caller lacks, in words: the permission and the roles that hold it, so an admin
 * knows which role to grant.
 *
 * @example missingPermission('patient.create') // 'needs patient.create: held by clinician, nurse'
 * @example missingPermission('fact.write', 'exam') // 'needs fact.write for exam: held by clinician'
 */
export function missingPermission(action: Action, kind?: ApiFactKind): string {
  const roles = rolesAllowed(action, kind);
  const what = kind === undefined ? action : `${action} for ${kind}`;
  return `needs ${what}: ${roles.length > 0 ? `held by ${roles.join(', ')}` : 'no role holds it'}`;
}
