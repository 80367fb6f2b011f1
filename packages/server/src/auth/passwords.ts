/**
 * Passwords (interop-security §5.3): argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1),
 * stored as the PHC string, re-hashed at sign-in when stored with weaker parameters. Cheaper
 * parameters exist for tests only, and refuse to run anywhere else.
 */
import { hash, parseOptions, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords.js';

export interface Argon2Params {
  /** KiB */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP Password Storage Cheat Sheet, argon2id minimum (m=19456 KiB, t=2, p=1). */
export const OWASP_ARGON2: Argon2Params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** For the test suite's wall time only: `createPasswordHasher` refuses it outside Vitest. */
export const TEST_ONLY_FAST_ARGON2: Argon2Params = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** `@node-rs/argon2`'s Algorithm.Argon2id (a const enum, not importable under isolatedModules). */
const ARGON2ID = 2;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(phc: string, password: string): Promise<boolean>;
  /** Stored with weaker parameters than the current ones. */
  needsRehash(phc: string): boolean;
  /** Spend the time of one verification (for unknown usernames: no timing oracle). */
  burn(password: string): Promise<void>;
}

const weaker = (a: Argon2Params, b: Argon2Params) =>
  a.memoryCost < b.memoryCost || a.timeCost < b.timeCost || a.parallelism < b.parallelism;

export function createPasswordHasher(params: Argon2Params = OWASP_ARGON2): PasswordHasher {
  if (weaker(params, OWASP_ARGON2) && !process.env.VITEST) {
    throw new Error('argon2 parameters below the OWASP minimum are for the test suite only');
  }
  const options = { ...params, algorithm: ARGON2ID };
  let decoy: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, options),
    verify: async (phc, password) => {
      try {
        return await verify(phc, password);
      } catch {
        return false; // a malformed stored hash never signs anyone in
      }
    },
    needsRehash(phc) {
      try {
        const stored = parseOptions(phc);
        return stored.algorithm !== ARGON2ID || weaker(stored, params);
      } catch {
        return true;
      }
    },
    async burn(password) {
      decoy ??= hash('decoy password, never used', options);
      await verify(await decoy, password).catch(() => false);
    },
  };
}

/**
 * Problems with a new password beyond its length (ASVS V6): common passwords and ones built on
 * the username are refused. Returns the reason, or undefined when acceptable.
 */
export function passwordProblem(password: string, username: string): string | undefined {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'is one of the most common passwords; choose another';
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return 'must not contain the username';
  if (/^(.)\1+$/.test(password)) return 'must not be one character repeated';
  return undefined;
}
