import { testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';

describe.each(testBackends())('the patient list, the audit log and research views (%s)', (backend) => {
  let clinic: TestClinic;
  const logLines: string[] = [];
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    clinic.deps.log = createLogger((line) => logLines.push(line), 'debug');
    const people = [
      { familyName: 'Zelenka', givenName: 'Ola', sex: 'female', birthDate: '1950-03-01', onset: 'bulbar' },
      { familyName: 'Abbott', givenName: 'Ben', sex: 'male', birthDate: '1971-07-09', onset: 'cervical' },
      { familyName: 'Mbeki', givenName: 'Zanele', sex: 'female', birthDate: '1965-11-30', onset: 'lumbosacral' },
      { familyName: 'abbas', givenName: 'Rana', sex: 'female', birthDate: null, onset: null },
      { familyName: '50%_Off', givenName: 'Literal', sex: 'other', birthDate: '1980-01-01', onset: null },
    ];
    for (const { onset, ...person } of people) {
      const p = await clinic.request('POST', `${API}/patients`, { body: person });
      if (onset)
        await clinic.request('POST', `${API}/patients/${p.json.id}/history`, { body: { data: { onsetSite: onset } } });
      if (person.familyName === 'Mbeki') {
        await clinic.request('POST', `${API}/patients/${p.json.id}/identifiers`, {
          body: { data: { system: 'mrn', value: 'SYN-777' } },
        });
      }
    }
  }, 60_000);
  afterAll(() => clinic?.close());

  const names = (res: { json: { items: { familyName: string }[] } }) => res.json.items.map((p) => p.familyName);

  it('searches by the start of a name, case-insensitively, or by an identifier', async () => {
    expect(names(await clinic.request('GET', `${API}/patients?q=abb`))).toEqual(['abbas', 'Abbott']);
    expect(names(await clinic.request('GET', `${API}/patients?q=zan`))).toEqual(['Mbeki']);
    expect(names(await clinic.request('GET', `${API}/patients?q=SYN-777`))).toEqual(['Mbeki']);
    // Part of an identifier (an MRN typed from its start), case aside.
    expect(names(await clinic.request('GET', `${API}/patients?q=syn-7`))).toEqual(['Mbeki']);
    expect(names(await clinic.request('GET', `${API}/patients?q=777`))).toEqual([]);
    // LIKE wildcards in the search text are matched literally.
    expect(names(await clinic.request('GET', `${API}/patients?q=${encodeURIComponent('50%_')}`))).toEqual(['50%_Off']);
    expect(names(await clinic.request('GET', `${API}/patients?q=${encodeURIComponent('%')}`))).toEqual([]);
  });

  it('filters, sorts and pages', async () => {
    const women = await clinic.request('GET', `${API}/patients?sex=female&sort=birthDate&order=desc`);
    expect(names(women)).toEqual(['Mbeki', 'Zelenka', 'abbas']); // no birth date sorts last
    expect(names(await clinic.request('GET', `${API}/patients?onsetSite=cervical`))).toEqual(['Abbott']);
    expect(
      names(await clinic.request('GET', `${API}/patients?bornFrom=1960-01-01&bornTo=1975-12-31&sort=familyName`)),
    ).toEqual(['Abbott', 'Mbeki']);
    const page1 = await clinic.request('GET', `${API}/patients?sort=familyName&limit=2`);
    expect(page1.json.page).toMatchObject({ limit: 2, total: 5 });
    const page2 = await clinic.request(
      'GET',
      `${API}/patients?sort=familyName&limit=2&cursor=${page1.json.page.nextCursor}`,
    );
    const page3 = await clinic.request(
      'GET',
      `${API}/patients?sort=familyName&limit=2&cursor=${page2.json.page.nextCursor}`,
    );
    expect(page3.json.page.nextCursor).toBeNull();
    const all = [...names(page1), ...names(page2), ...names(page3)];
    expect(all).toEqual(names(await clinic.request('GET', `${API}/patients?sort=familyName`)));
    expect(new Set(all).size).toBe(5);
    const bad = await clinic.request('GET', `${API}/patients?limit=501&sort=ssn`);
    expect(bad.status).toBe(400);
    expect(bad.json.issues.map((i: { path: string }) => i.path).sort()).toEqual(['limit', 'sort']);
  });

  it("shows who accessed a patient's record (clinician and admin), newest first", async () => {
    const list = await clinic.request('GET', `${API}/patients?q=Zelenka`);
    const id = list.json.items[0].id;
    await clinic.request('GET', `${API}/patients/${id}`, { as: 'nurse' });
    const log = await clinic.request('GET', `${API}/patients/${id}/audit`, { as: 'admin' });
    expect(log.status).toBe(200);
    const first = log.json.items[0];
    expect(first).toMatchObject({
      action: 'read',
      resourceType: 'patient',
      userId: clinic.accounts.nurse.id,
      patientId: id,
    });
    expect(log.json.items.some((e: { action: string }) => e.action === 'create')).toBe(true);
    const whole = await clinic.request('GET', `${API}/audit?action=search&limit=2`, { as: 'admin' });
    expect(whole.json.items).toHaveLength(2);
    // The log is not counted (no total); the cursor leads to older events.
    expect(whole.json.page).toEqual({ limit: 2, nextCursor: expect.any(String) });
    const older = await clinic.request(
      'GET',
      `${API}/audit?action=search&limit=2&cursor=${whole.json.page.nextCursor}`,
      { as: 'admin' },
    );
    expect(older.json.items[0].id).toBeLessThan(whole.json.items[1].id);
    const tooMany = await clinic.request('GET', `${API}/audit?limit=501`, { as: 'admin' });
    expect(tooMany.json.issues).toEqual([{ in: 'query', path: 'limit', message: 'must be at most 500' }]);
    const ownPage = await clinic.request('GET', `${API}/patients/${id}/audit?limit=1`, { as: 'admin' });
    expect(ownPage.json.items).toHaveLength(1);
    const ownNext = await clinic.request(
      'GET',
      `${API}/patients/${id}/audit?limit=1&cursor=${ownPage.json.page.nextCursor}`,
      {
        as: 'admin',
      },
    );
    expect(ownNext.json.items[0].id).toBeLessThan(ownPage.json.items[0].id);
    expect(ownNext.json.items[0].patientId).toBe(id);
  });

  it('gives researchers de-identified data only: research ids, day offsets, no names', async () => {
    const cohort = await clinic.request('GET', `${API}/research/patients?limit=10`, { as: 'researcher' });
    expect(cohort.json.page).toEqual({ limit: 10, nextCursor: null, total: 5 });
    const text = JSON.stringify(cohort.json);
    for (const name of ['Zelenka', 'Abbott', 'Mbeki', 'SYN-777']) expect(text).not.toContain(name);
    const one = await clinic.request('GET', `${API}/research/patients/${cohort.json.items[0].researchId}`, {
      as: 'researcher',
    });
    expect(one.status).toBe(200);
    expect(JSON.stringify(one.json)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect((await clinic.request('GET', `${API}/patients`, { as: 'researcher' })).status).toBe(403);
  });

  it('logs requests without patient data: no names, no query strings, no bodies', () => {
    // Random ids (request ids, user UUIDs) may contain 'abb' by chance: check every other field.
    const all = logLines
      .map((l) => {
        const { requestId: _r, userId: _u, ...rest } = JSON.parse(l) as Record<string, unknown>;
        return JSON.stringify(rest);
      })
      .join('\n');
    expect(logLines.length).toBeGreaterThan(10);
    for (const phi of ['Zelenka', 'Abbott', 'Mbeki', 'SYN-777', '1950-03-01', 'q=', 'abb'])
      expect(all).not.toContain(phi);
    const line = JSON.parse(logLines.find((l) => l.includes('/patients/:patientId/audit')) as string);
    expect(Object.keys(line).sort()).toEqual([
      'level',
      'method',
      'ms',
      'msg',
      'requestId',
      'route',
      'status',
      'time',
      'userId',
    ]);
  });
});

describe.each(testBackends())('the patient search folds accents and case (%s)', (backend) => {
  let clinic: TestClinic;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    for (const person of [
      { familyName: 'Núñez', givenName: 'Łucja' },
      { familyName: 'Straßer', givenName: 'Jörg' },
      { familyName: 'Nunn', givenName: 'Eve' },
    ]) {
      await clinic.request('POST', `${API}/patients`, { body: person });
    }
  }, 60_000);
  afterAll(() => clinic?.close());

  const names = (res: { json: { items: { familyName: string }[] } }) => res.json.items.map((p) => p.familyName);
  const search = async (q: string) =>
    names(await clinic.request('GET', `${API}/patients?q=${encodeURIComponent(q)}&sort=familyName`));

  it('finds a name written with diacritics by its plain letters, and the other way round', async () => {
    expect(await search('nunez')).toEqual(['Núñez']);
    expect(await search('NÚÑE')).toEqual(['Núñez']);
    expect(await search('nun')).toEqual(['Nunn', 'Núñez']);
    expect(await search('lucja')).toEqual(['Núñez']);
    expect(await search('strasser')).toEqual(['Straßer']);
    expect(await search('straß')).toEqual(['Straßer']);
    expect(await search('jorg')).toEqual(['Straßer']);
    expect(await search('jörg')).toEqual(['Straßer']);
  });
});
