/**
 * @betz/server: the clinic's REST API (`/api/v1`): accounts and roles, sessions and API tokens,
 * patients and every fact of the case model, the assessment, the audit log, the OpenAPI document.
 */
export { can, missingPermission, rolesAllowed } from '@betz/contracts';
export { createApp, ROUTES } from './app.js';
export { createPasswordHasher, OWASP_ARGON2, type PasswordHasher, TEST_ONLY_FAST_ARGON2 } from './auth/passwords.js';
export { createLoginLimiter } from './auth/rate-limit.js';
export { DEFAULT_CONFIG, type ServerConfig, withDefaults } from './config.js';
export { createHelloWorldApp, type Listening, listenOnLoopback } from './http/listen.js';
export { buildOpenApi } from './http/openapi.js';
export { API_BASE, type AppDeps, type RouteSpec } from './http/route.js';
export { webAppBuilt } from './http/web.js';
export { createLogger, type Logger, silentLogger } from './log.js';
export {
  DEFAULT_ADMIN_ALSO_ROLES,
  ensureFirstAdmin,
  localToday,
  parseAdminRoles,
  prepareDatabase,
  type RunningServer,
  type StartOptions,
  startServer,
} from './start.js';
