import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestStore, restoreBackup, verifyBackup } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

describe('a backup of the running server', () => {
  let clinic: TestClinic;
  const dir = mkdtempSync(join(tmpdir(), 'betz-live-backup-'));
  beforeAll(async () => {
    clinic = await openTestClinic('pglite');
    await clinic.request('POST', '/api/v1/patients', { body: { familyName: 'Live' } });
  }, 60_000);
  afterAll(async () => {
    await clinic?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('needs the admin to confirm with their password, and restores whole', async () => {
    const wrong = await clinic.request('POST', '/api/v1/admin/backup', { as: 'admin', body: { password: 'not it' } });
    expect(wrong.status).toBe(400);
    const res = await clinic.app.request('/api/v1/admin/backup', {
      method: 'POST',
      headers: { authorization: `Bearer ${clinic.accounts.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ password: clinic.accounts.admin.password }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/gzip');
    const file = join(dir, 'live.jsonl.gz');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const { rows } = await verifyBackup(file);
    expect(rows.patient).toBe(1);
    const target = await openTestStore('pglite');
    try {
      expect((await restoreBackup(target, file)).app_user).toBe(5);
    } finally {
      await target.close();
    }
  }, 60_000);
});
