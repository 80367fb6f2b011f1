import type { PatientCase } from '@betz/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../db/open.js';
import { openTestStore, testBackends } from '../testing/backends.js';
import { insertUser } from '../testing/fixtures.js';
import type { Actor } from './audit.js';
import { loadPatientCase } from './case.js';
import { importCases } from './import.js';

describe.each(testBackends())('importCases (%s)', (backend) => {
  let store: Store;
  let actor: Actor;
  beforeAll(async () => {
    store = await openTestStore(backend);
    actor = await insertUser(store.db);
  }, 60_000);
  afterAll(() => store?.close());

  it('stores a known gene in its HGNC spelling whatever case it came in (issue 8, defect 2); others as written', async () => {
    const c: PatientCase = {
      schemaVersion: 1,
      patient: { id: 'x' },
      genetics: [
        { gene: 'sod1', classification: 'pathogenic' },
        { gene: 'C9ORF72', classification: 'negative' },
        { gene: 'Xyz1', classification: 'vus' },
      ],
    };
    const [id] = await importCases(store.db, actor, [{ case: c }]);
    const loaded = await loadPatientCase(store.db, id as string);
    expect(loaded?.genetics?.map((g) => g.gene).sort()).toEqual(['C9orf72', 'SOD1', 'Xyz1']);
  });
});
