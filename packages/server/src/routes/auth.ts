/** Sign-in and sign-out, the caller's session, password change, API tokens, and first-admin setup. */
import {
  ApiTokenSchema,
  LoginBodySchema,
  listOf,
  PageQuerySchema,
  PasswordChangeBodySchema,
  SessionSchema,
  SetupBodySchema,
  SetupStatusSchema,
  TokenCreateBodySchema,
  TokenCreatedSchema,
  UserSchema,
  UuidSchema,
} from '@betz/contracts';
import {
  appendAudit,
  createApiToken,
  createFirstAdmin,
  createSession,
  endSession,
  findUserByUsername,
  listApiTokens,
  replacePasswordHash,
  revokeApiToken,
  StoreError,
  setupOpen,
  type UserWithSecret,
  updateUser,
} from '@betz/store';
import type { Context } from 'hono';
import * as z from 'zod';
import { checkOrigin, clearSessionCookie, requireAuth, setSessionCookie } from '../auth/authenticate.js';
import { passwordProblem } from '../auth/passwords.js';
import { csrfTokenFor, newSecret, PREFIX, sha256Hex } from '../auth/tokens.js';
import { ApiError, validationFailed } from '../http/errors.js';
import { decodeCursor, encodeCursor, TokenPlaceSchema } from '../http/list.js';
import { type AppDeps, type AppEnv, defineRoute } from '../http/route.js';

const withoutSecret = ({ passwordHash: _, ...user }: UserWithSecret) => user;

async function startSession(c: Context<AppEnv>, deps: AppDeps, user: UserWithSecret) {
  const token = newSecret(PREFIX.session);
  const actor = { ...c.var.actor, userId: user.id, roles: user.roles };
  const { expiresAt } = await createSession(deps.store.db, actor, sha256Hex(token), deps.config.session);
  setSessionCookie(c, deps.config, token);
  return { user: withoutSecret(user), csrfToken: csrfTokenFor(token), expiresAt, via: 'session' as const };
}

export const authRoutes = [
  defineRoute({
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in with a username and password; sets the HTTP-only session cookie',
    tag: 'auth',
    access: { kind: 'public' },
    patientData: false,
    body: LoginBodySchema,
    response: SessionSchema,
    async handler({ body, deps, actor, c }) {
      checkOrigin(c);
      const username = body.username.trim().toLowerCase();
      const address = actor.ip ?? 'unknown';
      const { db } = deps.store;
      const wait = await deps.loginLimiter.retryAfter(db, username, address);
      if (wait > 0) {
        await appendAudit(db, actor, {
          action: 'login_failed',
          resourceType: 'session',
          outcome: 'denied',
          detail: { reason: 'throttled', retryAfterSeconds: wait },
        });
        // Only this source is held back: the account itself is not locked (ASVS 5.0 V6.3.1).
        throw new ApiError(
          429,
          'rate_limited',
          `too many failed sign-ins from this computer; try again in ${wait} s (an admin can clear the account's throttle)`,
          { retryAfterSeconds: wait },
        );
      }
      const user = await findUserByUsername(deps.store.db, username);
      if (!user) await deps.passwords.burn(body.password);
      const ok =
        user !== undefined && !user.disabled && (await deps.passwords.verify(user.passwordHash, body.password));
      if (!ok || !user) {
        const counted = await deps.loginLimiter.fail(db, username, address);
        await appendAudit(
          db,
          { ...actor, userId: user?.id ?? null },
          {
            action: 'login_failed',
            resourceType: 'session',
            outcome: 'failure',
            // A delay that starts here is the throttling event: audited with the counts behind it.
            detail: { reason: user?.disabled ? 'disabled' : 'credentials', ...counted },
          },
        );
        // One message for every cause: no hint whether the username exists (ASVS V6.3).
        throw new ApiError(401, 'unauthenticated', 'wrong username or password');
      }
      await deps.loginLimiter.succeed(db, username, address);
      if (deps.passwords.needsRehash(user.passwordHash)) {
        await replacePasswordHash(deps.store.db, user.id, await deps.passwords.hash(body.password));
      }
      return startSession(c, deps, user);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/auth/logout',
    summary: 'Sign out: the session ends on the server and the cookie is cleared',
    tag: 'auth',
    access: { kind: 'signedIn' },
    patientData: false,
    response: z.null(),
    status: 204,
    async handler({ deps, actor, auth, c }) {
      const { sessionToken } = requireAuth(auth);
      if (sessionToken) await endSession(deps.store.db, actor, sha256Hex(sessionToken));
      clearSessionCookie(c, deps.config);
      return null;
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/auth/session',
    summary: 'Who is signed in (and the CSRF token for cookie requests)',
    tag: 'auth',
    access: { kind: 'signedIn' },
    patientData: false,
    response: SessionSchema,
    async handler({ auth }) {
      const a = requireAuth(auth);
      return {
        user: withoutSecret(a.user),
        csrfToken: a.sessionToken ? csrfTokenFor(a.sessionToken) : null,
        expiresAt: a.expiresAt ?? null,
        via: a.via,
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/auth/password',
    summary: "Change one's own password; every session of the account ends and this one is renewed",
    tag: 'auth',
    access: { kind: 'signedIn' },
    patientData: false,
    body: PasswordChangeBodySchema,
    response: SessionSchema,
    example: { body: { currentPassword: 'the current one', newPassword: 'a new long passphrase' } },
    async handler({ body, deps, actor, auth, c }) {
      const { user, via } = requireAuth(auth);
      if (!(await deps.passwords.verify(user.passwordHash, body.currentPassword))) {
        throw validationFailed([{ in: 'body', path: 'currentPassword', message: 'is not the current password' }]);
      }
      const problem = passwordProblem(body.newPassword, user.username);
      if (problem) throw validationFailed([{ in: 'body', path: 'newPassword', message: problem }]);
      const updated = await updateUser(deps.store.db, actor, user.id, {
        version: user.version,
        passwordHash: await deps.passwords.hash(body.newPassword),
      });
      const renewed = { ...user, ...updated };
      if (via === 'session') return startSession(c, deps, renewed);
      return { user: withoutSecret(renewed), csrfToken: null, expiresAt: null, via };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/auth/tokens',
    summary: "The caller's API tokens (never the secrets)",
    tag: 'auth',
    access: { kind: 'signedIn' },
    patientData: false,
    query: PageQuerySchema,
    response: listOf(ApiTokenSchema),
    async handler({ query, deps, auth }) {
      const after = decodeCursor(TokenPlaceSchema, query.cursor);
      const { tokens, total, nextAfter } = await listApiTokens(deps.store.db, requireAuth(auth).user.id, {
        limit: query.limit,
        ...(after ? { after } : {}),
      });
      return {
        items: tokens,
        page: { limit: query.limit, nextCursor: nextAfter === null ? null : encodeCursor(nextAfter), total },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/auth/tokens',
    summary: 'Create an API token for scripts (`Authorization: Bearer …`); the token is shown once',
    tag: 'auth',
    access: { kind: 'signedIn' },
    patientData: false,
    body: TokenCreateBodySchema,
    response: TokenCreatedSchema,
    status: 201,
    example: { body: { name: 'nightly export', expiresInDays: 90 } },
    async handler({ body, deps, actor, auth }) {
      const { user } = requireAuth(auth);
      const token = newSecret(PREFIX.apiToken);
      const record = await createApiToken(
        deps.store.db,
        { ...actor, userId: user.id },
        sha256Hex(token),
        body.name,
        body.expiresInDays ?? null,
      );
      return { ...record, token };
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/auth/tokens/:tokenId',
    summary: 'Revoke one of the caller’s API tokens',
    tag: 'auth',
    access: { kind: 'signedIn' },
    patientData: false,
    params: z.object({ tokenId: UuidSchema }),
    response: z.null(),
    status: 204,
    async handler({ params, deps, actor, auth }) {
      await revokeApiToken(deps.store.db, { ...actor, userId: requireAuth(auth).user.id }, params.tokenId);
      return null;
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/setup',
    summary: 'Whether the server still waits for its first admin',
    tag: 'auth',
    access: { kind: 'public' },
    patientData: false,
    response: SetupStatusSchema,
    handler: async ({ deps }) => ({ setupOpen: await setupOpen(deps.store.db) }),
  }),
  defineRoute({
    method: 'POST',
    path: '/setup',
    summary: 'Create the first admin with the one-time setup token the server printed at its first start',
    tag: 'auth',
    access: { kind: 'public' },
    patientData: false,
    body: SetupBodySchema,
    response: UserSchema,
    status: 201,
    async handler({ body, deps, actor, c }) {
      checkOrigin(c);
      const wait = await deps.loginLimiter.retryAfter(deps.store.db, '(setup)', actor.ip ?? 'unknown');
      if (wait > 0)
        throw new ApiError(429, 'rate_limited', `too many attempts; try again in ${wait} s`, {
          retryAfterSeconds: wait,
        });
      const problem = passwordProblem(body.password, body.username);
      if (problem) throw validationFailed([{ in: 'body', path: 'password', message: problem }]);
      try {
        return await createFirstAdmin(
          deps.store.db,
          sha256Hex(body.setupToken),
          {
            username: body.username,
            displayName: body.displayName,
            passwordHash: await deps.passwords.hash(body.password),
            roles: body.alsoRoles ?? [],
          },
          actor,
        );
      } catch (error) {
        if (error instanceof StoreError && error.code === 'conflict') {
          throw new ApiError(409, 'setup_closed', 'setup is closed: an account exists; sign in instead');
        }
        if (error instanceof StoreError && error.detail.field === 'setupToken') {
          await deps.loginLimiter.fail(deps.store.db, '(setup)', actor.ip ?? 'unknown');
        }
        throw error;
      }
    },
  }),
];
