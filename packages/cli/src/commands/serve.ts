/** `betz serve`: the clinic server on this machine (embedded database by default). */

import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderClinicSettingsText, resolveClinicSettings } from '@betz/engine';
import { createLogger, type Logger, parseAdminRoles, prepareDatabase, startServer, webAppBuilt } from '@betz/server';
import { StoreError } from '@betz/store';
import { CLINIC_SETTINGS_HELP, loadClinicSettings, settingsOriginLine } from '../clinic-settings.js';
import { EXIT, type Io, type LoadedCommand, UsageError } from './command.js';

const usage = `Usage: betz serve [--port N] [--host ADDRESS] [--data DIR] [--workers N] [--settings FILE] [--jurisdiction J]

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
  --workers N       run N server processes on the one port (default: $BETZ_WORKERS, else 1); needs
                    DATABASE_URL: the embedded database belongs to one process. Sessions, sign-in
                    delays, setup and assessments are kept in PostgreSQL, so any process answers any
                    request. A worker that dies is replaced.
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
        workers: { type: 'string' },
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

/** At most this many worker processes (a typo of 400 should not fork 400 servers). */
export const MAX_WORKERS = 64;

function workerCount(text: string | undefined): number {
  const value = text ?? process.env.BETZ_WORKERS ?? '1';
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > MAX_WORKERS) {
    throw new UsageError(`--workers: not a number of processes from 1 to ${MAX_WORKERS}: ${value}`);
  }
  return Number(value);
}

/** Set in the environment of the processes `--workers` starts: they serve, the primary supervises. */
const WORKER_ENV = 'BETZ_SERVE_WORKER';
const WORKER_PORT_ENV = 'BETZ_SERVE_WORKER_PORT';
/** A worker tells the primary it listens. */
interface ReadyMessage {
  type: 'betz-ready';
  url: string;
  port: number;
}
/** More worker deaths than this within a minute: something is wrong that restarting will not fix. */
const MAX_RESTARTS_PER_MINUTE = 5;

/** Resolves when the server has stopped (after SIGINT or SIGTERM). */
export async function serve(args: string[], io: Io): Promise<number> {
  const values = options(args);
  if (values.help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  const workers = workerCount(values.workers);
  const isWorker = cluster.isWorker && process.env[WORKER_ENV] === '1';
  if (workers > 1 && !isWorker) {
    if (!process.env.DATABASE_URL) {
      throw new UsageError(
        '--workers needs DATABASE_URL: the embedded database (PGlite) is owned by one process; run one process, or use PostgreSQL',
      );
    }
    return supervise(values, workers, process.env.DATABASE_URL, io);
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
      ...(isWorker ? { firstAdmin: false, log: workerLogger() } : {}),
      ...(adminRoles !== undefined ? { adminAlsoRoles: parseAdminRoles(adminRoles) } : {}),
      // A worker listens on the port its primary claimed (the command line may say 0).
      port: isWorker ? port(process.env[WORKER_PORT_ENV]) : port(values.port),
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
    // A worker whose primary is gone (killed) stops too, rather than serve unsupervised.
    if (isWorker) process.once('disconnect', stop);
  });
  if (isWorker) {
    const ready: ReadyMessage = { type: 'betz-ready', url: server.url, port: server.port };
    process.send?.(ready);
    await stopped;
    // Let go of the channel to the primary, or it would keep this process alive.
    if (process.connected) process.disconnect();
    return EXIT.ok;
  }
  io.stderr(`${settingsOriginLine(loaded)}\n${renderClinicSettingsText(clinic)}\n`);
  io.stderr(`Betz is running at ${server.url} (database: ${server.store.location}). Stop with Ctrl-C.\n`);
  await stopped;
  return EXIT.ok;
}

/** A worker's log lines say which worker wrote them. */
function workerLogger(): Logger {
  return createLogger(undefined, 'info', { worker: cluster.worker?.id ?? 0 });
}

type ServeOptions = ReturnType<typeof options>;

/**
 * Fails early (exit 2) when the port is taken, before the database is touched or a token printed;
 * port 0 becomes a free port chosen here, so the setup text and every worker name the same one.
 */
async function claimPort(port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new UsageError(`port ${port} on ${host} is in use`) : error),
    );
    probe.listen(port, host, () => {
      const chosen = (probe.address() as { port: number }).port;
      probe.close(() => resolve(chosen));
    });
  });
}

/**
 * The primary of `--workers N`: prepare the database once (migrations, the first admin or one setup
 * token), start N workers on the one port (Node's cluster module hands connections out in turn),
 * replace a worker that dies, and on SIGINT or SIGTERM stop them all (each finishes its requests).
 */
async function supervise(values: ServeOptions, count: number, databaseUrl: string, io: Io): Promise<number> {
  const log = createLogger();
  const host = values.host ?? '127.0.0.1';
  let wanted = port(values.port);
  const loaded = await loadClinicSettings({
    file: values.settings,
    jurisdiction: values.jurisdiction,
    env: process.env,
  });
  const clinic = resolveClinicSettings(loaded.settings);
  try {
    wanted = await claimPort(wanted, host);
    const adminRoles = process.env.BETZ_ADMIN_ROLES;
    await prepareDatabase({
      databaseUrl,
      port: wanted,
      host,
      log,
      announce: io.stderr,
      ...(adminRoles !== undefined ? { adminAlsoRoles: parseAdminRoles(adminRoles) } : {}),
      ...(process.env.BETZ_ADMIN_PASSWORD ? { adminPassword: process.env.BETZ_ADMIN_PASSWORD } : {}),
      ...(process.env.BETZ_ADMIN_USERNAME ? { adminUsername: process.env.BETZ_ADMIN_USERNAME } : {}),
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`betz serve: ${error.message}\n`);
      return EXIT.badInput;
    }
    if (error instanceof StoreError || (error instanceof Error && /BETZ_ADMIN_(PASSWORD|ROLES)/.test(error.message))) {
      io.stderr(`betz serve: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }

  let stopping = false;
  let exitCode: number = EXIT.ok;
  const restarts: number[] = [];
  const live = new Set<Worker>();
  let resolveStopped: (code: number) => void = () => {};
  const stopped = new Promise<number>((resolve) => {
    resolveStopped = resolve;
  });
  const stopAll = (code: number) => {
    if (!stopping) {
      stopping = true;
      for (const w of live) w.process.kill('SIGTERM');
    }
    if (live.size === 0) resolveStopped(code);
    else exitCode = code;
  };
  let readyCount = 0;
  const fork = () => {
    const w = cluster.fork({ [WORKER_ENV]: '1', [WORKER_PORT_ENV]: String(wanted) });
    live.add(w);
    w.on('message', (m: ReadyMessage) => {
      if (m?.type !== 'betz-ready') return;
      readyCount++;
      if (readyCount === count) {
        log.info('listening', { host, port: m.port, workers: count });
        io.stderr(`${settingsOriginLine(loaded)}\n${renderClinicSettingsText(clinic)}\n`);
        io.stderr(
          `Betz is running at ${m.url} in ${count} worker processes (database: PostgreSQL). Stop with Ctrl-C.\n`,
        );
      }
    });
    w.on('exit', (code, signal) => {
      live.delete(w);
      if (stopping) {
        if (live.size === 0) resolveStopped(exitCode);
        return;
      }
      log.error('worker exited', { worker: w.id, pid: w.process.pid, code: String(code ?? signal) });
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && restarts[0]! < now - 60_000) restarts.shift();
      if (readyCount < count || restarts.length > MAX_RESTARTS_PER_MINUTE) {
        // Dying before serving (a bad setting, a port in use) or over and over: restarting will not help.
        io.stderr(
          `betz serve: a worker process exited (${code ?? signal})${readyCount < count ? ' before it was ready' : ` ${restarts.length} times in a minute`}; stopping\n`,
        );
        stopAll(EXIT.internal);
        return;
      }
      fork();
    });
  };
  process.once('SIGINT', () => stopAll(EXIT.ok));
  process.once('SIGTERM', () => stopAll(EXIT.ok));
  for (let i = 0; i < count; i++) fork();
  const code = await stopped;
  log.info('stopped', { workers: count });
  return code;
}

export const serveCommand: LoadedCommand = {
  usage,
  run: serve,
};
