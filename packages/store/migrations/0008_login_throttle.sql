-- Issue 12: sign-in throttling shared by every server process (OWASP ASVS 5.0 V6.3.1), instead of
-- counters in one process's memory. One row per throttled key: an account tried from one source
-- ('account:<username>|<source>', `username` set, so an admin can clear the account's rows) or a
-- source trying any account ('source:<address>'). Each failure counts and may push
-- `blocked_until` later; a count starts afresh after a quiet spell. Counters, not records: not
-- backed up, and rows no longer needed are deleted.
CREATE TABLE login_throttle (
  key text PRIMARY KEY CHECK (length(key) <= 500),
  username text CHECK (length(username) <= 200),
  failures integer NOT NULL CHECK (failures > 0),
  last_failure_at timestamptz NOT NULL DEFAULT now(),
  blocked_until timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_throttle_username ON login_throttle (username) WHERE username IS NOT NULL;
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);
