/** Accounts (admin): list, create, read, change roles, disable, reset a password. */
import {
  listOf,
  PageQuerySchema,
  ThrottleClearedSchema,
  UserCreateBodySchema,
  UserSchema,
  UserUpdateBodySchema,
  UuidSchema,
} from '@betz/contracts';
import { createUser, findUserById, listUsers, StoreError, updateUser } from '@betz/store';
import * as z from 'zod';
import { passwordProblem } from '../auth/passwords.js';
import { validationFailed } from '../http/errors.js';
import { decodeCursor, encodeCursor, UsernamePlaceSchema } from '../http/list.js';
import { defineRoute } from '../http/route.js';

const MANAGE = { kind: 'action', action: 'user.manage' } as const;
const UserParams = z.object({ userId: UuidSchema });

export const userRoutes = [
  defineRoute({
    method: 'GET',
    path: '/users',
    summary: 'Every account',
    tag: 'users',
    access: MANAGE,
    patientData: false,
    query: PageQuerySchema,
    response: listOf(UserSchema),
    async handler({ query, deps }) {
      const after = decodeCursor(UsernamePlaceSchema, query.cursor)?.[0];
      const { users, total, nextAfter } = await listUsers(deps.store.db, {
        limit: query.limit,
        ...(after !== undefined ? { afterUsername: after } : {}),
      });
      return {
        items: users,
        page: { limit: query.limit, nextCursor: nextAfter === null ? null : encodeCursor([nextAfter]), total },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/users',
    summary: 'Create an account',
    tag: 'users',
    access: MANAGE,
    patientData: false,
    body: UserCreateBodySchema,
    response: UserSchema,
    status: 201,
    example: {
      body: {
        username: 'dr.synth',
        displayName: 'Dr Synthetic',
        roles: ['clinician'],
        password: 'a long clinic passphrase',
      },
    },
    async handler({ body, deps, actor }) {
      const problem = passwordProblem(body.password, body.username);
      if (problem) throw validationFailed([{ in: 'body', path: 'password', message: problem }]);
      return createUser(deps.store.db, actor, {
        username: body.username,
        displayName: body.displayName,
        roles: body.roles,
        passwordHash: await deps.passwords.hash(body.password),
      });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/users/:userId',
    summary: 'One account',
    tag: 'users',
    access: MANAGE,
    patientData: false,
    params: UserParams,
    response: UserSchema,
    async handler({ params, deps }) {
      const user = await findUserById(deps.store.db, params.userId);
      if (!user) throw new StoreError('not_found', 'no such user');
      const { passwordHash: _, ...rest } = user;
      return rest;
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/users/:userId',
    summary:
      'Change an account (roles, name, disabled, password reset); the account’s sessions end on a change of privilege',
    tag: 'users',
    access: MANAGE,
    patientData: false,
    params: UserParams,
    body: UserUpdateBodySchema,
    response: UserSchema,
    example: { body: { version: 1, displayName: 'Dr Synthetic (locum)' } },
    async handler({ params, body, deps, actor }) {
      if (params.userId === actor.userId && (body.disabled === true || (body.roles && !body.roles.includes('admin')))) {
        throw validationFailed([
          { in: 'body', path: body.disabled ? 'disabled' : 'roles', message: 'an admin cannot lock themselves out' },
        ]);
      }
      let passwordHash: string | undefined;
      if (body.password !== undefined) {
        const target = await findUserById(deps.store.db, params.userId);
        const problem = target && passwordProblem(body.password, target.username);
        if (problem) throw validationFailed([{ in: 'body', path: 'password', message: problem }]);
        passwordHash = await deps.passwords.hash(body.password);
      }
      return updateUser(deps.store.db, actor, params.userId, {
        version: body.version,
        ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
        ...(body.roles !== undefined ? { roles: body.roles } : {}),
        ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
      });
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/users/:userId/login-throttle',
    summary:
      "Clear an account's sign-in throttle from every computer (after a colleague's mistyping or an attack); audited",
    tag: 'users',
    access: MANAGE,
    patientData: false,
    params: UserParams,
    response: ThrottleClearedSchema,
    async handler({ params, deps, actor }) {
      const user = await findUserById(deps.store.db, params.userId);
      if (!user) throw new StoreError('not_found', 'no such user');
      return { cleared: await deps.loginLimiter.clearAccount(deps.store.db, actor, user) };
    },
  }),
];
