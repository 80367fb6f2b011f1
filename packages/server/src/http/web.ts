/**
 * The clinician web app (packages/web, built by Vite) served at `/` beside the API: hashed assets
 * cached for a year, and every other GET outside `/api` and `/health` answered with `index.html`
 * so that the app's own routes (`/patients/…`) survive a reload. The page itself is never cached:
 * a new version of Betz reaches the browser at the next load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { API_BASE, type AppEnv } from './route.js';

/** True when `root` holds a built web app (its `index.html`). */
export function webAppBuilt(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

export function mountWebApp(app: Hono<AppEnv>, root: string): void {
  const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path === API_BASE || path.startsWith(`${API_BASE}/`) || path.startsWith('/api/') || path === '/health') {
      return next();
    }
    c.set('routePattern', '(web app)');
    // A file of the build's top folder (the icon), else the app's page for the app's own routes.
    if (/^\/[A-Za-z0-9._-]+\.(svg|ico|png|txt|webmanifest)$/.test(path) && existsSync(join(root, path))) {
      return serveStatic({ root })(c, next);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
