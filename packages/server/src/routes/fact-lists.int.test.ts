/**
 * A fact list is one envelope, paged in SQL by cursor in clinical order, filtered by visit and by
 * its kind's placing date (issue 12: `?visitId=` was ignored and every weight came back at once).
 */
import { LIST_LIMIT_MAX } from '@betz/contracts';
import { testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';

interface Item {
  id: string;
  visitId: string | null;
  data: { date: string; weightKg: number };
}

describe.each(testBackends())('fact lists (%s)', (backend) => {
  let clinic: TestClinic;
  let patientId: string;
  let visitId: string;
  const dates = ['2025-01-10', '2025-01-03', '2025-02-01', '2025-01-03', '2025-03-15', '2025-01-20', '2025-02-01'];
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    patientId = (await clinic.request('POST', `${API}/patients`, { body: {} })).json.id;
    visitId = (
      await clinic.request('POST', `${API}/patients/${patientId}/visits`, { body: { data: { date: '2025-02-01' } } })
    ).json.id;
    // Recorded out of date order, two dates twice; the two of 2025-02-01 at the visit.
    for (const [i, date] of dates.entries()) {
      const r = await clinic.request('POST', `${API}/patients/${patientId}/weights`, {
        body: { data: { date, weightKg: 70 + i }, ...(date === '2025-02-01' ? { visitId } : {}) },
      });
      expect(r.status, JSON.stringify(r.json)).toBe(201);
    }
  }, 60_000);
  afterAll(() => clinic?.close());

  const get = (query: string) => clinic.request('GET', `${API}/patients/${patientId}/weights${query}`);

  /** Every page from the first, following nextCursor. */
  async function allPages(query: string) {
    const pages: { items: Item[]; page: { limit: number; nextCursor: string | null; total?: number } }[] = [];
    let cursor: string | null = null;
    do {
      const sep = query ? '&' : '?';
      const res = await get(`${query}${cursor ? `${sep}cursor=${cursor}` : ''}`);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      pages.push(res.json);
      cursor = res.json.page.nextCursor;
    } while (cursor && pages.length < 20);
    return pages;
  }

  it('answers the envelope: items in clinical order (date, then when recorded), limit, no next page, total', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    expect(res.json.page).toEqual({ limit: 100, nextCursor: null, total: 7 });
    const items = res.json.items as Item[];
    expect(items.map((i) => i.data.date)).toEqual([...dates].sort());
    // Same date: the one recorded first comes first.
    expect(items.filter((i) => i.data.date === '2025-01-03').map((i) => i.data.weightKg)).toEqual([71, 73]);
  });

  it('pages by cursor: first page, next, last page with a null cursor, every fact once, in order', async () => {
    const pages = await allPages('?limit=3');
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(pages.map((p) => p.page.nextCursor === null)).toEqual([false, false, true]);
    expect(pages.every((p) => p.page.limit === 3 && p.page.total === 7)).toBe(true);
    const whole = (await get('')).json.items as Item[];
    expect(pages.flatMap((p) => p.items).map((i) => i.id)).toEqual(whole.map((i) => i.id));
    // A page boundary inside a run of one date (2025-02-01 twice) splits it without loss.
    const two = await allPages('?limit=4');
    expect(two.flatMap((p) => p.items).map((i) => i.id)).toEqual(whole.map((i) => i.id));
  });

  it('keeps its place when a fact is added before it (a keyset, not an offset)', async () => {
    const p2 = await clinic.request('POST', `${API}/patients`, { body: {} });
    const base = `${API}/patients/${p2.json.id}/weights`;
    for (const date of ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04'])
      await clinic.request('POST', base, { body: { data: { date, weightKg: 70 } } });
    const first = await clinic.request('GET', `${base}?limit=2`);
    await clinic.request('POST', base, { body: { data: { date: '2024-12-31', weightKg: 70 } } });
    const second = await clinic.request('GET', `${base}?limit=2&cursor=${first.json.page.nextCursor}`);
    expect(second.json.items.map((i: Item) => i.data.date)).toEqual(['2025-01-03', '2025-01-04']);
    expect(second.json.page).toMatchObject({ nextCursor: null, total: 5 });
  });

  it(`refuses a limit above ${LIST_LIMIT_MAX}, naming limit, and a cursor it did not write`, async () => {
    const high = await get(`?limit=${LIST_LIMIT_MAX + 1}`);
    expect(high.status).toBe(400);
    expect(high.json.issues).toEqual([{ in: 'query', path: 'limit', message: `must be at most ${LIST_LIMIT_MAX}` }]);
    expect((await get(`?limit=${LIST_LIMIT_MAX}`)).status).toBe(200);
    expect((await get('?limit=0')).json.issues[0].path).toBe('limit');
    const forged = await get(`?cursor=${Buffer.from('["2025-01-01"]').toString('base64url')}`);
    expect(forged.status).toBe(400);
    expect(forged.json.issues[0].path).toBe('cursor');
  });

  it('filters by visitId', async () => {
    const res = await get(`?visitId=${visitId}`);
    expect(res.json.items.map((i: Item) => i.data.date)).toEqual(['2025-02-01', '2025-02-01']);
    expect(res.json.items.every((i: Item) => i.visitId === visitId)).toBe(true);
    expect(res.json.page.total).toBe(2);
  });

  it('filters by the placing date, both ends inclusive, and pages within the filter', async () => {
    const res = await get('?from=2025-01-10&to=2025-02-01');
    expect(res.json.items.map((i: Item) => i.data.date)).toEqual([
      '2025-01-10',
      '2025-01-20',
      '2025-02-01',
      '2025-02-01',
    ]);
    const pages = await allPages('?from=2025-01-10&to=2025-02-01&limit=3');
    expect(pages.flatMap((p) => p.items).map((i) => i.id)).toEqual(res.json.items.map((i: Item) => i.id));
    expect((await get('?from=2025-03-01')).json.items.map((i: Item) => i.data.date)).toEqual(['2025-03-15']);
    const backwards = await get('?from=2025-03-01&to=2025-01-01');
    expect(backwards.status).toBe(400);
    expect(backwards.json.issues[0]).toMatchObject({ in: 'query', path: 'to' });
    expect((await get('?from=2025-02-30')).json.issues[0]).toMatchObject({ path: 'from' });
  });

  it("filters a medication by its placing date (startDate), the catalogue's placedBy", async () => {
    const base = `${API}/patients/${patientId}/medications`;
    await clinic.request('POST', base, { body: { data: { drug: 'riluzole', startDate: '2025-01-20' } } });
    await clinic.request('POST', base, { body: { data: { drug: 'edaravone', startDate: '2025-04-01' } } });
    const res = await clinic.request('GET', `${base}?to=2025-02-01`);
    expect(res.json.items.map((i: { data: { drug: string } }) => i.data.drug)).toEqual(['riluzole']);
  });

  it('refuses a date filter on a kind without a placing date, and visitId on visits', async () => {
    const allergies = await clinic.request(
      'GET',
      `${API}/patients/${patientId}/allergies?from=2025-01-01&to=2025-02-01`,
    );
    expect(allergies.status).toBe(400);
    expect(allergies.json.issues).toEqual([
      { in: 'query', path: 'from', message: 'allergy has no date to filter by' },
      { in: 'query', path: 'to', message: 'allergy has no date to filter by' },
    ]);
    const visits = await clinic.request('GET', `${API}/patients/${patientId}/visits?visitId=${visitId}`);
    expect(visits.json.issues).toEqual([{ in: 'query', path: 'visitId', message: 'visit is not recorded at a visit' }]);
  });
});
