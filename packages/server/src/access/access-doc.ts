/**
 * docs/access.md, the role and permission matrix, generated from the access policy (policy.ts) so
 * the documentation cannot fall behind it: `npm run schemas` writes it, and a test fails when the
 * committed page is stale.
 */
import { ACTIONS, type Action, type ApiFactKind, type ApiRole, ROLES, rolesAllowed } from '@betz/contracts';
import { FACT_KIND_CATALOGUE, factApiPath } from '@betz/engine';

export const ACCESS_DOC_PATH = 'docs/access.md';

/** What each permission lets an account do, in an integrator's words. */
const WHAT: Record<Action, string> = {
  'patient.list': 'list and search patients',
  'patient.read': "read a patient's identity and demographics",
  'patient.create': 'register a patient (or import one)',
  'patient.update': "change a patient's identity and demographics",
  'fact.read': "read a patient's facts (visits, scores, tests, results, decisions)",
  'fact.write': 'record, correct and delete facts (only the kinds in the second table)',
  'assessment.read': 'assess a patient (diagnosis, function, staging, prognosis, care plan)',
  'patientAudit.read': "read who saw and changed a patient's record",
  'user.manage': 'create, change and disable accounts; reset passwords; clear sign-in delays',
  'audit.read': 'read the whole audit log',
  'backup.create': 'download a backup of the whole database',
  'research.read': 'read de-identified research views (no identified route at all)',
};

const mark = (allowed: boolean) => (allowed ? 'yes' : '');
const KINDS = FACT_KIND_CATALOGUE.map((k) => k.kind as ApiFactKind);

/** `yes` or nothing; for `fact.write`, whether the role writes every kind or some of them. */
function cell(action: Action, role: ApiRole): string {
  if (action !== 'fact.write') return mark(rolesAllowed(action).includes(role));
  const writes = KINDS.filter((kind) => rolesAllowed(action, kind).includes(role)).length;
  return writes === KINDS.length ? 'yes' : writes > 0 ? 'some kinds' : '';
}
const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** The whole page, as `npm run schemas` writes it. */
export function accessDoc(): string {
  const roles = [...ROLES];
  const actions = table(
    ['permission', 'lets an account', ...roles],
    ACTIONS.map((action) => [`\`${action}\``, WHAT[action], ...roles.map((r) => cell(action, r))]),
  );
  const kinds = table(
    ['fact kind', 'API path', 'recorded by', ...roles],
    FACT_KIND_CATALOGUE.map((k) => {
      const allowed = rolesAllowed('fact.write', k.kind as ApiFactKind);
      return [
        `\`${k.kind}\``,
        `\`/patients/{id}/${factApiPath(k)}\``,
        k.recordedBy,
        ...roles.map((r) => mark(allowed.includes(r))),
      ];
    }),
  );
  return `<!-- generated from packages/contracts/src/access/policy.ts by \`npm run schemas\`: do not edit by hand -->
# Roles and permissions

Every account holds one or more roles; a permission from any of its roles suffices. Everything not
listed is refused (deny by default): a request without a session or token is answered 401, a
request the account's roles do not allow 403, whose message names the permission missing and the
roles that hold it (\`needs patient.create: held by clinician, nurse\`), and the refusal is
audited. An API token acts with
the roles of the account that made it. Each operation in the OpenAPI document
(\`GET /api/v1/openapi.json\`) names the roles that may call it.

## Permissions by role

${actions}

## Who may record which fact kind

Reading facts needs \`fact.read\`; recording, correcting or deleting one needs \`fact.write\` and, in
addition, a role that records that kind (from the fact catalogue's "recorded by": a nurse records
what nurses and therapists record, a therapist what therapists record, a clinician everything).

${kinds}
`;
}
