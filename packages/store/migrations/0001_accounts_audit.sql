-- Accounts, sessions, API tokens and the audit log (interop-security §5.1-5.4).
-- Plain SQL, applied once at start in a transaction and recorded in schema_migration.

CREATE TABLE app_user (
  id uuid PRIMARY KEY,
  username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  roles text[] NOT NULL CHECK (
    cardinality(roles) BETWEEN 1 AND 5
    AND roles <@ ARRAY['admin', 'clinician', 'nurse', 'therapist', 'researcher']::text[]
    AND array_position(roles, NULL) IS NULL
  ),
  -- PHC string: $argon2id$v=19$m=...,t=...,p=...$salt$hash
  password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  disabled boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  password_changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username_unique ON app_user (username);

-- Server-side sessions: only the SHA-256 of the cookie token is stored (§5.4).
CREATE TABLE user_session (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  -- Absolute timeout; the idle timeout is checked against last_seen_at.
  expires_at timestamptz NOT NULL,
  ip text CHECK (length(ip) <= 100),
  user_agent text CHECK (length(user_agent) <= 500),
  CHECK (expires_at > created_at)
);
CREATE INDEX user_session_user ON user_session (user_id);

-- Bearer tokens for scripts; the token itself is shown once, only its SHA-256 is kept.
CREATE TABLE api_token (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX api_token_user ON api_token (user_id);

-- The one-time token that lets the first admin be created when no password came from the
-- environment. At most one is live; creating the first user uses it up.
CREATE TABLE setup_token (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz
);

-- Every read or write of patient data, every sign-in and every refusal (§5.1). Append-only:
-- the trigger below refuses UPDATE and DELETE. No foreign keys: audit rows outlive what they name.
CREATE TABLE audit_event (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid,
  user_roles text[] NOT NULL DEFAULT '{}',
  action text NOT NULL CHECK (action IN (
    'create', 'read', 'update', 'retract', 'search', 'export', 'import',
    'login', 'login_failed', 'logout', 'denied', 'setup', 'restore'
  )),
  resource_type text NOT NULL CHECK (length(resource_type) BETWEEN 1 AND 100),
  resource_id text CHECK (length(resource_id) <= 200),
  patient_id uuid,
  outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  ip text CHECK (length(ip) <= 100),
  user_agent text CHECK (length(user_agent) <= 500),
  request_id text CHECK (length(request_id) <= 100),
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_event_patient ON audit_event (patient_id, at);
CREATE INDEX audit_event_user ON audit_event (user_id, at);
CREATE INDEX audit_event_at ON audit_event (at);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
