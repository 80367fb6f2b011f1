/** Server settings, defaults as data; `createApp` takes a partial and fills the rest from here. */
import { type ClinicSettings, DEFAULT_CLINIC_SETTINGS } from '@betz/engine';
import type { LoginLimits } from './auth/rate-limit.js';

export interface ServerConfig {
  session: {
    /** Clinic workstations are shared: an unused session ends after 30 minutes (§5.4). */
    idleSeconds: number;
    /** However busy, a session ends 12 hours after sign-in. */
    absoluteSeconds: number;
  };
  /** Cookies marked Secure (and named with the `__Host-` prefix); on whenever the server is reached over TLS. */
  secureCookies: boolean;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  trustProxy: boolean;
  /** Origins besides the server's own allowed to send cookie requests (a web dev server). */
  extraOrigins: readonly string[];
  bodyLimitBytes: number;
  /** Sign-in throttling (auth/rate-limit.ts): growing delays per account and source, per source. */
  login: LoginLimits;
  /** Check every response against its schema (tests: keeps the OpenAPI document true). */
  validateResponses: boolean;
  /** The version reported by /health and the OpenAPI document. */
  version: string;
  /**
   * The clinic's jurisdiction and readings of the diagnostic criteria: every assessment the server
   * makes uses them and echoes them (`betz serve` reads them from --settings, BETZ_SETTINGS, BETZ_*).
   */
  clinic: ClinicSettings;
  /** The built web app's folder (packages/web/dist), served at `/`; null serves the API alone. */
  webRoot: string | null;
}

export const DEFAULT_CONFIG: ServerConfig = {
  session: { idleSeconds: 30 * 60, absoluteSeconds: 12 * 60 * 60 },
  secureCookies: false,
  trustProxy: false,
  extraOrigins: [],
  bodyLimitBytes: 1_000_000,
  // Three free tries per account and workstation, then 1 s, 2 s, 4 s… up to 15 minutes; a
  // workstation trying many accounts gets twenty. Counts start afresh after an hour of quiet.
  login: {
    freeFailuresPerAccount: 3,
    freeFailuresPerSource: 20,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    resetSeconds: 60 * 60,
  },
  validateResponses: false,
  version: '0.1.0',
  clinic: DEFAULT_CLINIC_SETTINGS,
  webRoot: null,
};

export function withDefaults(partial: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    ...partial,
    session: { ...DEFAULT_CONFIG.session, ...partial.session },
    login: { ...DEFAULT_CONFIG.login, ...partial.login },
  };
}
