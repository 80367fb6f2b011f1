/**
 * The assessment endpoint uses the clinic's settings: the same patient in a US clinic and an EU
 * clinic gets the drug licensed where the clinic practises (edaravone: FDA 2017; the EMA
 * application was withdrawn in 2019, care/approvals.ts), and the assessment says which settings it used.
 */
import { readFileSync } from 'node:fs';
import { type PatientCase, resolveClinicSettings } from '@betz/engine';
import { importCases, testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const example = JSON.parse(
  readFileSync(new URL('../../../../examples/01-definite-limb-onset.json', import.meta.url), 'utf8'),
) as PatientCase;

describe.each(testBackends())('the assessment endpoint follows the clinic settings (%s)', (backend) => {
  const clinics: Partial<Record<'US' | 'EU', { clinic: TestClinic; patientId: string }>> = {};
  beforeAll(async () => {
    for (const jurisdiction of ['US', 'EU'] as const) {
      const settings = resolveClinicSettings({ jurisdiction, diagnosis: { gccReading: 'literal' } });
      const clinic = await openTestClinic(backend, { clinic: settings });
      const admin = clinic.accounts.admin;
      const [patientId] = await importCases(clinic.store.db, { userId: admin.id, roles: ['admin'] }, [
        { case: example, familyName: 'Synthetic' },
      ]);
      clinics[jurisdiction] = { clinic, patientId: patientId as string };
    }
  }, 120_000);
  afterAll(async () => {
    await clinics.US?.clinic.close();
    await clinics.EU?.clinic.close();
  });

  const assessment = async (jurisdiction: 'US' | 'EU') => {
    const { clinic, patientId } = clinics[jurisdiction]!;
    const res = await clinic.request('GET', `/api/v1/patients/${patientId}/assessment?asOf=2025-06-01&include=text`, {
      as: 'clinician',
    });
    expect(res.status).toBe(200);
    return res.json as {
      assessment: { settings: unknown; care: { recommendations: { code: string }[] } };
      text: string;
    };
  };

  it('US: edaravone is discussed; EU: it is not', async () => {
    const codes = async (j: 'US' | 'EU') => (await assessment(j)).assessment.care.recommendations.map((r) => r.code);
    expect(await codes('US')).toContain('dmt.edaravone.discuss');
    expect(await codes('EU')).not.toContain('dmt.edaravone.discuss');
    expect(await codes('EU')).toContain('dmt.riluzole.liverTestSchedule');
  });

  it('echoes the settings it used, in the JSON and in the text', async () => {
    const eu = await assessment('EU');
    expect(eu.assessment.settings).toEqual(
      resolveClinicSettings({ jurisdiction: 'EU', diagnosis: { gccReading: 'literal' } }),
    );
    expect(eu.text).toMatch(/jurisdiction: EU: the drug approvals/);
    expect(eu.text).toMatch(/diagnosis\.gccReading: literal: /);
  });
});
