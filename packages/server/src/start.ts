/**
 * Running the server: open the store (PGlite data folder or PostgreSQL), make sure there is a way
 * to the first admin, serve the app, and close everything in order on shutdown (stop accepting,
 * finish requests in flight, close the database, release the data folder).
 */
import type { AddressInfo } from 'node:net';
import { type ApiRole, ROLES } from '@betz/contracts';
import { createFirstAdmin, describeStaleLock, openStore, replaceSetupToken, type Store, setupOpen } from '@betz/store';
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { createPasswordHasher, type PasswordHasher, passwordProblem } from './auth/passwords.js';
import { createLoginLimiter } from './auth/rate-limit.js';
import { newSecret, PREFIX, sha256Hex } from './auth/tokens.js';
import { type ServerConfig, withDefaults } from './config.js';
import type { AppDeps, AppEnv } from './http/route.js';
import { createLogger, type Logger } from './log.js';

export interface StartOptions {
  port: number;
  /** 127.0.0.1 by default: reachable from this machine only (interop-security §5.6 V13). */
  host?: string;
  /** PGlite data folder (ignored when `databaseUrl` is set). */
  dataDir: string;
  /** PostgreSQL connection string: use that server instead of the data folder. */
  databaseUrl?: string;
  /** With no account yet: create `adminUsername` (default "admin") with this password. */
  adminPassword?: string;
  adminUsername?: string;
  /**
   * Roles that admin holds beside admin: clinician by default, so the first account can run a
   * one-person clinic (as the web setup form's "I also see patients", ticked by default); [] for an
   * admin who manages accounts only (`BETZ_ADMIN_ROLES=admin`).
   */
  adminAlsoRoles?: readonly ApiRole[];
  config?: Partial<ServerConfig>;
  log?: Logger;
  /** Where the one-time setup token is shown (the console, not the structured log). */
  announce?: (text: string) => void;
  /** Tests only: cheaper argon2 (refused outside the test runner). */
  passwords?: PasswordHasher;
  /**
   * `false` in a worker of `betz serve --workers N`: the primary process has prepared the database
   * (migrations, the first admin or the one setup token) before starting the workers, and a worker
   * printing a setup token of its own would void the one the primary showed.
   */
  firstAdmin?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  /** Graceful stop; resolves when the database is closed. */
  close(): Promise<void>;
}

/** The server's local calendar date: "today" for an assessment without `asOf`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first admin's roles beside admin unless told otherwise: a small clinic's admin sees patients. */
export const DEFAULT_ADMIN_ALSO_ROLES: readonly ApiRole[] = ['clinician'];

/**
 * `BETZ_ADMIN_ROLES`: the first admin's roles as a comma list; admin is always among them, so
 * `admin` alone opts out of the clinician default. Unknown roles are refused, never dropped.
 *
 * @example parseAdminRoles('admin,nurse') // ['nurse'] (the roles beside admin)
 */
export function parseAdminRoles(text: string): ApiRole[] {
  const names = text
    .split(',')
    .map((r) => r.trim().toLowerCase())
    .filter((r) => r !== '');
  const unknown = names.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) {
    throw new Error(`BETZ_ADMIN_ROLES: unknown role ${unknown.join(', ')} (roles: ${ROLES.join(', ')})`);
  }
  return [...new Set(names as ApiRole[])].filter((r) => r !== 'admin');
}

/** With no account: the admin from the environment, or a setup token shown once. */
export async function ensureFirstAdmin(
  store: Store,
  passwords: PasswordHasher,
  options: Pick<StartOptions, 'adminPassword' | 'adminUsername' | 'adminAlsoRoles' | 'port' | 'host'>,
  log: Logger,
  announce: (text: string) => void,
): Promise<void> {
  if (!(await setupOpen(store.db))) {
    if (options.adminPassword) log.info('BETZ_ADMIN_PASSWORD ignored: accounts exist already');
    return;
  }
  const alsoRoles = [...(options.adminAlsoRoles ?? DEFAULT_ADMIN_ALSO_ROLES)];
  if (options.adminPassword) {
    const username = options.adminUsername ?? 'admin';
    const problem =
      options.adminPassword.length < 12
        ? 'must be at least 12 characters'
        : passwordProblem(options.adminPassword, username);
    if (problem) throw new Error(`BETZ_ADMIN_PASSWORD ${problem}`);
    await createFirstAdmin(store.db, null, {
      username,
      displayName: 'Administrator',
      passwordHash: await passwords.hash(options.adminPassword),
      roles: alsoRoles,
    });
    log.info(`first admin created from the environment (roles: ${['admin', ...alsoRoles].join(', ')})`);
    return;
  }
  const token = newSecret(PREFIX.setup);
  await replaceSetupToken(store.db, sha256Hex(token));
  const base = `http://${options.host ?? '127.0.0.1'}:${options.port}`;
  announce(
    [
      '',
      'Betz has no accounts yet. Create the first admin with this one-time setup token',
      '(it is shown only now; restarting before it is used shows a new one):',
      '',
      `  ${token}`,
      '',
      `Open ${base}/ in a browser and paste it into the page, or use the API:`,
      '',
      `  curl -X POST ${base}/api/v1/setup -H 'Content-Type: application/json' \\`,
      `    -d '{"setupToken":"${token}","username":"admin","displayName":"Administrator","password":"<12+ characters>","alsoRoles":${JSON.stringify(alsoRoles)}}'`,
      '',
      alsoRoles.length > 0
        ? `The admin also holds the ${alsoRoles.join(', ')} role${alsoRoles.length > 1 ? 's' : ''} (to see patients); drop "alsoRoles" for an admin who only manages accounts.`
        : 'The admin manages accounts only; add "alsoRoles":["clinician"] for one who also sees patients.',
      'Or start Betz with BETZ_ADMIN_PASSWORD set to create the admin directly.',
      '',
    ].join('\n'),
  );
}

/**
 * Listen on the port before anything else: a second `betz serve` on a port in use fails here,
 * before it creates a data folder or prints a setup token. Until the app is ready, requests are
 * answered 503.
 */
async function listenFirst(
  port: number,
  host: string,
  ready: () => Hono<AppEnv> | undefined,
): Promise<{ server: ServerType; address: AddressInfo }> {
  const server = createAdaptorServer({
    // The bindings (the Node request, for the client's address) pass through to the app.
    fetch: (request: Request, env: unknown) =>
      ready()?.fetch(request, env) ?? Response.json({ code: 'starting', message: 'Betz is starting' }, { status: 503 }),
  });
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is in use`) : error;
  });
  return { server, address };
}

const closeServer = (server: ServerType) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Idle keep-alive connections would hold close() open; requests in flight still finish.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  });

/**
 * What the primary process of `betz serve --workers N` does before it starts the workers: migrate
 * the PostgreSQL database and make sure there is a way to the first admin (one setup token for the
 * whole clinic, printed once), then let go of the database. The workers then open it already migrated.
 */
export async function prepareDatabase(
  options: Pick<
    StartOptions,
    'databaseUrl' | 'adminPassword' | 'adminUsername' | 'adminAlsoRoles' | 'port' | 'host' | 'log' | 'announce'
  > & { databaseUrl: string },
): Promise<void> {
  const log = options.log ?? createLogger();
  const store = await openStore({ backend: 'postgres', connectionString: options.databaseUrl });
  try {
    log.info('database open', {
      backend: store.backend,
      location: store.location,
      migrations: store.migrationsApplied,
    });
    await ensureFirstAdmin(
      store,
      createPasswordHasher(),
      options,
      log,
      options.announce ?? ((t) => process.stderr.write(`${t}\n`)),
    );
  } finally {
    await store.close();
  }
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? createLogger();
  const config = withDefaults(options.config);
  const passwords = options.passwords ?? createPasswordHasher();
  const host = options.host ?? '127.0.0.1';
  let app: Hono<AppEnv> | undefined;
  const { server, address } = await listenFirst(options.port, host, () => app);
  let store: Store;
  try {
    store = await openStore(
      options.databaseUrl
        ? { backend: 'postgres', connectionString: options.databaseUrl }
        : { backend: 'pglite', dataDir: options.dataDir },
    );
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  log.info('database open', { backend: store.backend, location: store.location, migrations: store.migrationsApplied });
  if (store.staleLock) {
    // The last owner did not close the folder (a crash, a kill -9, a power cut): say so, once.
    const { pid, hostname, startedAt } = store.staleLock;
    log.warn(describeStaleLock(store.staleLock), {
      location: store.location,
      lockPid: pid,
      lockHost: hostname,
      lockStartedAt: startedAt,
    });
  }
  try {
    if (options.firstAdmin !== false) {
      await ensureFirstAdmin(
        store,
        passwords,
        { ...options, port: address.port, host },
        log,
        options.announce ?? ((t) => process.stderr.write(`${t}\n`)),
      );
    }
  } catch (error) {
    await closeServer(server);
    await store.close();
    throw error;
  }
  const deps: AppDeps = {
    store,
    config,
    passwords,
    loginLimiter: createLoginLimiter(config.login),
    log,
    today: () => localToday(),
  };
  app = createApp(deps);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  log.info('listening', { host, port: address.port, version: config.version });
  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    store,
    close() {
      closing ??= (async () => {
        await closeServer(server);
        await store.close();
        log.info('stopped');
      })();
      return closing;
    },
  };
}
