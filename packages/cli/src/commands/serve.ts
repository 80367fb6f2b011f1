/** `betz serve`: the clinic server on this machine (embedded database by default). */

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderClinicSettingsText, resolveClinicSettings } from '@betz/engine';
import { parseAdminRoles, startServer, webAppBuilt } from '@betz/server';
import { StoreError } from '@betz/store';
import { CLINIC_SETTINGS_HELP, loadClinicSettings, settingsOriginLine } from '../clinic-settings.js';
import { EXIT, type Io, type LoadedCommand, UsageError } from './command.js';

const usage = `Usage: betz serve [--port N] [--host ADDRESS] [--data DIR] [--settings FILE] [--jurisdiction J]

Run the Betz clinic server: the REST API under /api/v1 (OpenAPI at /api/v1/openapi.json) and
/health. Data lives in an embedded PostgreSQL (PGlite) in the data folder, owned by this one
process; set DATABASE_URL to use a PostgreSQL server instead. Stop with Ctrl-C (SIGINT) or
SIGTERM: requests in flight finish and the database closes cleanly.

Options:
  --port N          port to listen on (default: $PORT, else 8080)
  --host ADDRESS    address to listen on (default: 127.0.0.1, this machine only)
  --data DIR        data folder (default: $BETZ_DATA_DIR, else ./betz-data)
  --secure-cookies  mark cookies Secure (set when clients reach Betz over HTTPS, e.g. behind a proxy)
  --trust-proxy     take the client address from X-Forwarded-For (only behind your own proxy)
  --web DIR         the built web app to serve at / (default: $BETZ_WEB_ROOT, else packages/web/dist)
  --no-web          serve the API alone
  -h, --help        show this help

${CLINIC_SETTINGS_HELP}
Every assessment the server makes uses them and echoes them; they are printed at start.

Environment:
  DATABASE_URL          postgres://user:password@host:5432/db (instead of the data folder)
  BETZ_ADMIN_PASSWORD   with no account yet, create the admin with this password (12+ characters);
                        without it, a one-time setup token is printed at the first start
  BETZ_ADMIN_USERNAME   that admin's username (default: admin)
  BETZ_ADMIN_ROLES      that admin's roles, comma-separated (default: admin,clinician, so the first
                        account can also see patients; admin for one who manages accounts only).
                        The printed setup command uses them too.

Logs: one JSON line per event on standard output (no patient data in them).
`;

function options(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'secure-cookies': { type: 'boolean' },
        'trust-proxy': { type: 'boolean' },
        web: { type: 'string' },
        'no-web': { type: 'boolean' },
        settings: { type: 'string' },
        jurisdiction: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function port(text: string | undefined): number {
  const value = text ?? process.env.PORT ?? '8080';
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`not a port number: ${value}`);
  return Number(value);
}

/** Resolves when the server has stopped (after SIGINT or SIGTERM). */
export async function serve(args: string[], io: Io): Promise<number> {
  const values = options(args);
  if (values.help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  const dataDir = values.data ?? process.env.BETZ_DATA_DIR ?? './betz-data';
  const webRoot = values['no-web']
    ? null
    : (values.web ?? process.env.BETZ_WEB_ROOT ?? fileURLToPath(new URL('../../../web/dist', import.meta.url)));
  if (webRoot && !webAppBuilt(webRoot)) {
    if (values.web) throw new UsageError(`--web ${values.web}: no built web app there (no index.html)`);
    io.stderr(`betz serve: the web app is not built (${webRoot}); serving the API alone. Run npm run build.\n`);
  }
  const loaded = await loadClinicSettings({
    file: values.settings,
    jurisdiction: values.jurisdiction,
    env: process.env,
  });
  const clinic = resolveClinicSettings(loaded.settings);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    const adminRoles = process.env.BETZ_ADMIN_ROLES;
    server = await startServer({
      ...(adminRoles !== undefined ? { adminAlsoRoles: parseAdminRoles(adminRoles) } : {}),
      port: port(values.port),
      host: values.host ?? '127.0.0.1',
      dataDir,
      ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
      ...(process.env.BETZ_ADMIN_PASSWORD ? { adminPassword: process.env.BETZ_ADMIN_PASSWORD } : {}),
      ...(process.env.BETZ_ADMIN_USERNAME ? { adminUsername: process.env.BETZ_ADMIN_USERNAME } : {}),
      config: {
        secureCookies: Boolean(values['secure-cookies']),
        trustProxy: Boolean(values['trust-proxy']),
        clinic,
        webRoot: webRoot && webAppBuilt(webRoot) ? webRoot : null,
      },
      announce: io.stderr,
    });
  } catch (error) {
    if (
      error instanceof StoreError ||
      (error instanceof Error && /BETZ_ADMIN_(PASSWORD|ROLES)|port .* is in use/.test(error.message))
    ) {
      io.stderr(`betz serve: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
  // Listen for the stop signals before saying the server runs: whoever waits for that line may
  // send SIGTERM at once, and without a listener the signal would kill the process uncleanly.
  const stopped = new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      server.close().then(resolve, resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stderr(`${settingsOriginLine(loaded)}\n${renderClinicSettingsText(clinic)}\n`);
  io.stderr(`Betz is running at ${server.url} (database: ${server.store.location}). Stop with Ctrl-C.\n`);
  await stopped;
  return EXIT.ok;
}

export const serveCommand: LoadedCommand = {
  usage,
  run: serve,
};
