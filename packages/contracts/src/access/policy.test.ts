import { FACT_KIND_CATALOGUE } from '@betz/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACT_ROUTES } from '../api/index.js';
import { type Action, can, missingPermission, rolesAllowed } from './policy.js';

const ACTIONS: Action[] = [
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
  'research.read',
];
const ROLES = ['admin', 'clinician', 'nurse', 'therapist', 'researcher'] as const;
const KINDS = FACT_ROUTES.map((r) => r.kind);

describe('deny by default', () => {
  it('refuses anonymous callers, disabled accounts and unknown roles everything', () => {
    for (const action of ACTIONS) {
      expect(can(undefined, action)).toBe(false);
      expect(can({ roles: ['clinician', 'admin'], disabled: true }, action)).toBe(false);
      expect(can({ roles: ['superuser'] }, action)).toBe(false);
      expect(can({ roles: [] }, action)).toBe(false);
    }
  });
  it('refuses a fact write that names no kind to anyone but a clinician', () => {
    expect(rolesAllowed('fact.write')).toEqual(['clinician']);
  });
});

describe('researcher: de-identified data only (interop-security §5.2, §5.5)', () => {
  it('may read research views and nothing identified', () => {
    expect(ACTIONS.filter((a) => can({ roles: ['researcher'] }, a))).toEqual(['research.read']);
  });
  it('is the only role with research access', () => {
    expect(rolesAllowed('research.read')).toEqual(['researcher']);
  });
});

describe('admin: accounts and audit, no clinical data without break-glass', () => {
  it('has no clinical read or write', () => {
    for (const a of ['patient.list', 'patient.read', 'fact.read', 'fact.write', 'assessment.read'] as Action[]) {
      expect(can({ roles: ['admin'] }, a, 'weight')).toBe(false);
    }
    expect(rolesAllowed('user.manage')).toEqual(['admin']);
    expect(rolesAllowed('audit.read')).toEqual(['admin']);
  });
});

describe('clinical roles', () => {
  it('all read the identified record', () => {
    expect(rolesAllowed('patient.read')).toEqual(['clinician', 'nurse', 'therapist']);
  });
  it('leave examinations, EMG, genetics and the diagnostic history to the clinician', () => {
    for (const kind of ['exam', 'emgStudy', 'geneticResult', 'history'] as const) {
      expect(rolesAllowed('fact.write', kind)).toEqual(['clinician']);
    }
  });
  it('let therapists record function and measurements but not medications or decisions', () => {
    expect(can({ roles: ['therapist'] }, 'fact.write', 'alsfrsr')).toBe(true);
    expect(can({ roles: ['therapist'] }, 'fact.write', 'medication')).toBe(false);
    expect(can({ roles: ['therapist'] }, 'fact.write', 'careDecision')).toBe(false);
    expect(can({ roles: ['therapist'] }, 'patient.create')).toBe(false);
  });
  it('follow who records each kind in the catalogue: nurses all a therapist may, and more', () => {
    for (const entry of FACT_KIND_CATALOGUE) {
      const expected = {
        clinician: ['clinician'],
        nurse: ['clinician', 'nurse'],
        therapist: ['clinician', 'nurse', 'therapist'],
      };
      expect(rolesAllowed('fact.write', entry.kind), entry.kind).toEqual(expected[entry.recordedBy]);
    }
    const writes = (role: string) => KINDS.filter((kind) => can({ roles: [role] }, 'fact.write', kind));
    expect(writes('therapist').every((kind) => writes('nurse').includes(kind))).toBe(true);
    expect(writes('therapist').length).toBeLessThan(writes('nurse').length);
  });
  it('let clinicians write every kind', () => {
    for (const kind of KINDS) expect(can({ roles: ['clinician'] }, 'fact.write', kind)).toBe(true);
  });
});

describe('several roles', () => {
  it('grant the union of their permissions, never less than one of them', () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLES]),
        fc.constantFrom(...ACTIONS),
        fc.constantFrom(...KINDS),
        (roles, action, kind) => {
          const any = roles.some((r) => can({ roles: [r] }, action, kind));
          expect(can({ roles }, action, kind)).toBe(any);
        },
      ),
    );
  });
});

describe('a refusal names the permission and who holds it (issue 12)', () => {
  it('lists the roles that hold an action, or says none does', () => {
    expect(missingPermission('patient.create')).toBe('needs patient.create: held by clinician, nurse');
    expect(missingPermission('fact.write', 'exam')).toBe('needs fact.write for exam: held by clinician');
    expect(missingPermission('fact.write', 'weight')).toBe(
      'needs fact.write for weight: held by clinician, nurse, therapist',
    );
  });
  it('names exactly the roles that `can` allows, for every action and kind', () => {
    for (const action of ACTIONS) {
      for (const kind of [undefined, ...KINDS]) {
        const holders = rolesAllowed(action, kind);
        expect([...holders].sort()).toEqual(ROLES.filter((r) => can({ roles: [r] }, action, kind)).sort());
        expect(missingPermission(action, kind)).toContain(holders.length ? holders.join(', ') : 'no role holds it');
      }
    }
  });
});
