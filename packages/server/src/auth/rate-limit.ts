/**
 * Sign-in throttling (ASVS V6.3): failed attempts are counted per username and per client
 * address within a sliding window; past the limit, sign-in answers 429 until old failures age
 * out, whether or not the password is right. In memory: one server process owns its data.
 */
export interface LoginLimits {
  maxFailuresPerUser: number;
  maxFailuresPerAddress: number;
  windowSeconds: number;
}

export interface LoginLimiter {
  /** Seconds to wait before another attempt, or 0 to go ahead. */
  retryAfter(username: string, address: string): number;
  fail(username: string, address: string): void;
  succeed(username: string): void;
}

const MAX_KEYS = 50_000;

export function createLoginLimiter(limits: LoginLimits, now: () => number = Date.now): LoginLimiter {
  const failures = new Map<string, number[]>();
  const windowMs = limits.windowSeconds * 1000;
  const recent = (key: string): number[] => {
    const cutoff = now() - windowMs;
    const kept = (failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  const wait = (key: string, max: number) => {
    const times = recent(key);
    if (times.length < max) return 0;
    const oldest = times[times.length - max] as number;
    return Math.max(1, Math.ceil((oldest + windowMs - now()) / 1000));
  };
  return {
    retryAfter: (username, address) =>
      Math.max(
        wait(`u:${username.toLowerCase()}`, limits.maxFailuresPerUser),
        wait(`a:${address}`, limits.maxFailuresPerAddress),
      ),
    fail(username, address) {
      if (failures.size > MAX_KEYS) failures.clear(); // a flood of names: forget rather than grow without bound
      for (const key of [`u:${username.toLowerCase()}`, `a:${address}`]) failures.set(key, [...recent(key), now()]);
    },
    succeed(username) {
      failures.delete(`u:${username.toLowerCase()}`);
    },
  };
}
