CREATE TABLE app_user
(
  id                  BIGSERIAL PRIMARY KEY,
  username            VARCHAR(64)  NOT NULL UNIQUE,
  password_hash       VARCHAR(200) NOT NULL,
  full_name           VARCHAR(200) NOT NULL,
  email               VARCHAR(200),
  role                VARCHAR(32)  NOT NULL,
  -- The unit the user belongs to (org_unit.id); the scope of their writes. Null for admins and leaders.
  unit_id             BIGINT,
  enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_attempts     INT          NOT NULL DEFAULT 0,
  locked_until        TIMESTAMPTZ,
  password_changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
  last_login_at       TIMESTAMPTZ,
  preferred_locale    VARCHAR(8),
  created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
  search_text         TEXT         NOT NULL DEFAULT '',
  CONSTRAINT app_user_role_check CHECK (role IN ('ADMIN', 'LEADER', 'DEPARTMENT_OFFICER', 'COMMUNE_OFFICER',
                                                 'PARTNER_OFFICER', 'VIEWER'))
);

-- Personal API tokens: only a hash is stored; the prefix lets a user recognise a token in the list.
CREATE TABLE api_token
(
  id           BIGSERIAL PRIMARY KEY,
  user_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name         VARCHAR(100) NOT NULL,
  token_prefix VARCHAR(16)  NOT NULL,
  token_hash   VARCHAR(128) NOT NULL UNIQUE,
  expires_at   TIMESTAMPTZ  NOT NULL,
  created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
  last_used_at TIMESTAMPTZ,
  revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- Logins and every write, across modules. Append-only.
CREATE TABLE audit_log
(
  id          BIGSERIAL PRIMARY KEY,
  at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
  username    VARCHAR(64)  NOT NULL,
  action      VARCHAR(64)  NOT NULL,
  entity_type VARCHAR(64)  NOT NULL,
  entity_key  VARCHAR(200),
  details     TEXT,
  client_ip   VARCHAR(64)
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_user_idx ON audit_log (username, at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_key);
