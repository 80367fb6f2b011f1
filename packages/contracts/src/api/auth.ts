/** Sign-in, sessions, API tokens, first-admin setup and accounts. */
import * as z from 'zod';
import { TimestampSchema, UuidSchema, VersionSchema } from './common.js';

export const ROLES = ['admin', 'clinician', 'nurse', 'therapist', 'researcher'] as const;
export const RoleSchema = z.enum(ROLES);
export type ApiRole = (typeof ROLES)[number];

export const UsernameSchema = z
  .string()
  .max(63)
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, { error: '2-63 lower-case letters, digits, dot, dash or underscore' });

/**
 * ASVS 5.0 / NIST 800-63B (interop-security §5.3): at least 12 characters (8 is the floor; 12
 * because clinic workstations are shared), up to 256, no composition rules. The server also
 * refuses common passwords and ones that contain the username.
 */
export const PasswordSchema = z
  .string()
  .min(12, { error: 'must be at least 12 characters (a passphrase of a few words is good)' })
  .max(256, { error: 'must be at most 256 characters' });

export const LoginBodySchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(256),
});

export const UserSchema = z.object({
  id: UuidSchema,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  disabled: z.boolean(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  passwordChangedAt: TimestampSchema,
});

export const SessionSchema = z.object({
  user: UserSchema,
  /** Send back as the `X-CSRF-Token` header on every state-changing request made with the cookie (null for a bearer token). */
  csrfToken: z.string().nullable(),
  /** When the session ends at the latest (null for a bearer token). */
  expiresAt: TimestampSchema.nullable(),
  via: z.enum(['session', 'token']),
});

export const SetupBodySchema = z.strictObject({
  /** The one-time token the server printed at its first start. */
  setupToken: z.string().min(1).max(200),
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(200),
  password: PasswordSchema,
  /** Extra roles beside admin (a one-person clinic may also be its clinician). */
  alsoRoles: z.array(RoleSchema).max(5).optional(),
});

export const PasswordChangeBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: PasswordSchema,
});

export const TokenCreateBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** Omit for a token that lasts until revoked. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const ApiTokenSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema.nullable(),
  lastUsedAt: TimestampSchema.nullable(),
  revokedAt: TimestampSchema.nullable(),
});

export const TokenCreatedSchema = ApiTokenSchema.extend({
  /** Shown once: send as `Authorization: Bearer <token>`. Only its hash is kept. */
  token: z.string(),
});

export const UserCreateBodySchema = z.strictObject({
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(200),
  roles: z.array(RoleSchema).min(1).max(5),
  password: PasswordSchema,
});

export const SetupStatusSchema = z.object({ setupOpen: z.boolean() });

export const UserUpdateBodySchema = z.strictObject({
  version: VersionSchema,
  displayName: z.string().trim().min(1).max(200).optional(),
  roles: z.array(RoleSchema).min(1).max(5).optional(),
  disabled: z.boolean().optional(),
  /** An admin's reset; the user's sessions end. */
  password: PasswordSchema.optional(),
});

/** An admin cleared an account's sign-in throttle: how many account-and-source counts were dropped. */
export const ThrottleClearedSchema = z.object({ cleared: z.number().int().min(0) });
