/**
 * A second `betz serve` on a port in use fails before it touches anything (built: `npm test` builds
 * first): status 2, the port named, no data folder created, no setup token printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'betz-serve-port-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('betz serve on a port in use', () => {
  it('exits 2 naming the port, with no data folder created and no setup token shown', async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build`);
    const holder = createServer();
    const port = await new Promise<number>((resolve) =>
      holder.listen(0, '127.0.0.1', () => resolve((holder.address() as { port: number }).port)),
    );
    try {
      const dataDir = join(dir, 'second');
      const run = spawnSync(process.execPath, [MAIN, 'serve', '--port', String(port), '--data', dataDir, '--no-web'], {
        env: { PATH: process.env.PATH ?? '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`betz serve: port ${port} on 127.0.0.1 is in use`);
      expect(run.stderr).not.toMatch(/setup token|betz_setup_/);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  }, 90_000);
});
