/**
 * A backup of a running server (admin): the same file as `betz backup` writes, made from the live
 * database in one consistent snapshot, so that the embedded database can be backed up without
 * stopping the clinic. Everything identified leaves the server here: the admin confirms with their
 * password, and the export is audited.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupBodySchema } from '@betz/contracts';
import { appendAudit, writeBackup } from '@betz/store';
import * as z from 'zod';
import { requireAuth } from '../auth/authenticate.js';
import { validationFailed } from '../http/errors.js';
import { defineRoute } from '../http/route.js';

export const backupRoutes = [
  defineRoute({
    method: 'POST',
    path: '/admin/backup',
    summary:
      'A backup of the whole database (gzip-compressed JSON lines, as `betz backup` writes); confirm with your password',
    tag: 'admin',
    access: { kind: 'action', action: 'backup.create' },
    patientData: false,
    body: BackupBodySchema,
    response: z.string().meta({ description: 'application/gzip: the backup file' }),
    example: { body: { password: 'your password' } },
    async handler({ body, deps, actor, auth }) {
      const { user } = requireAuth(auth);
      if (!(await deps.passwords.verify(user.passwordHash, body.password))) {
        throw validationFailed([{ in: 'body', path: 'password', message: 'is not your password' }]);
      }
      const dir = mkdtempSync(join(tmpdir(), 'betz-backup-'));
      try {
        const file = join(dir, 'betz-backup.jsonl.gz');
        const summary = await writeBackup(deps.store, file);
        await appendAudit(deps.store.db, actor, {
          action: 'export',
          resourceType: 'backup',
          detail: { rows: summary.rows, migration: summary.migration },
        });
        const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
        return new Response(readFileSync(file), {
          headers: {
            'content-type': 'application/gzip',
            'content-disposition': `attachment; filename="betz-backup-${stamp}.jsonl.gz"`,
            'cache-control': 'no-store',
          },
        }) as never;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  }),
];
