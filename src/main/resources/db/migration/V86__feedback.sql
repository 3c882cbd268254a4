-- Citizens' feedback (phản ánh, kiến nghị). Categories are Open311 services; unit ids are org_units, kept without a
-- foreign key because units belong to the organisation module.
CREATE TABLE feedback_category
(
  id              BIGSERIAL PRIMARY KEY,
  code            VARCHAR(40)  NOT NULL UNIQUE,
  name            VARCHAR(255) NOT NULL,
  description     VARCHAR(1000),
  -- Open311 "group" and "keywords" (comma separated).
  group_name      VARCHAR(100),
  keywords        VARCHAR(500),
  -- Handling deadline from receipt, in hours (service level).
  sla_hours       INTEGER      NOT NULL CHECK (sla_hours BETWEEN 1 AND 8760),
  -- The unit new requests of the category go to; null leaves them for a dispatcher.
  default_unit_id BIGINT,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  sort_order      INTEGER      NOT NULL DEFAULT 0,
  updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Open311 service definition attributes: the extra questions a category asks.
CREATE TABLE feedback_category_attribute
(
  category_id BIGINT       NOT NULL REFERENCES feedback_category (id) ON DELETE CASCADE,
  code        VARCHAR(40)  NOT NULL,
  datatype    VARCHAR(20)  NOT NULL CHECK (datatype IN ('string', 'number', 'datetime', 'text', 'singlevaluelist',
                                                        'multivaluelist')),
  required    BOOLEAN      NOT NULL DEFAULT FALSE,
  description VARCHAR(500) NOT NULL,
  position    INTEGER      NOT NULL,
  -- [{"key": "1", "name": "Nhỏ"}, …] for the list datatypes.
  value_list  JSONB        NOT NULL DEFAULT '[]',
  PRIMARY KEY (category_id, code)
);

CREATE TABLE feedback_request
(
  id                BIGSERIAL PRIMARY KEY,
  -- What citizens and Open311 clients know the request by (service_request_id): unguessable, since its page shows
  -- the replies.
  code              VARCHAR(20)      NOT NULL UNIQUE,
  token             VARCHAR(40)      NOT NULL UNIQUE,
  category_id       BIGINT           NOT NULL REFERENCES feedback_category (id),
  status            VARCHAR(20)      NOT NULL CHECK (status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED',
                                                                  'CLOSED', 'REJECTED')),
  description       VARCHAR(4000)    NOT NULL,
  latitude          DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
  longitude         DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
  address           VARCHAR(500),
  -- The commune the pin or address falls in, when known; the unit handling it.
  area_unit_id      BIGINT,
  unit_id           BIGINT,
  attributes        JSONB            NOT NULL DEFAULT '{}',
  -- A picture the client gave as a link (Open311 media_url); an uploaded photo is in feedback_photo.
  media_url         VARCHAR(1000),
  -- Contact details: seen by officers only, never published.
  contact_name      VARCHAR(200),
  contact_phone     VARCHAR(30),
  contact_email     VARCHAR(254),
  device_id         VARCHAR(100),
  account_id        VARCHAR(100),
  -- WEB (the portal form), OPEN311 (a client app, named in client_name), STAFF (entered by an officer).
  channel           VARCHAR(20)      NOT NULL CHECK (channel IN ('WEB', 'OPEN311', 'STAFF')),
  client_name       VARCHAR(100),
  received_at       TIMESTAMPTZ      NOT NULL,
  due_at            TIMESTAMPTZ      NOT NULL,
  resolved_at       TIMESTAMPTZ,
  closed_at         TIMESTAMPTZ,
  updated_at        TIMESTAMPTZ      NOT NULL,
  public_reply      VARCHAR(4000),
  reject_reason     VARCHAR(1000),
  -- An open request of the same category near the same place a few days before: flagged for the officer.
  possible_duplicate_of BIGINT REFERENCES feedback_request (id) ON DELETE SET NULL,
  search_text       TEXT             NOT NULL DEFAULT '',
  CONSTRAINT feedback_request_place_check CHECK ((latitude IS NULL) = (longitude IS NULL)),
  CONSTRAINT feedback_request_place_given CHECK (latitude IS NOT NULL OR address IS NOT NULL)
);
CREATE INDEX feedback_request_received_idx ON feedback_request (received_at DESC);
CREATE INDEX feedback_request_unit_idx ON feedback_request (unit_id, status);
CREATE INDEX feedback_request_open_due_idx ON feedback_request (due_at)
  WHERE status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS');
CREATE INDEX feedback_request_category_idx ON feedback_request (category_id, received_at);

-- A photo a citizen uploaded, re-encoded so the camera's metadata (place, device) is gone before anyone sees it.
CREATE TABLE feedback_photo
(
  id           BIGSERIAL PRIMARY KEY,
  request_id   BIGINT      NOT NULL REFERENCES feedback_request (id) ON DELETE CASCADE,
  content_type VARCHAR(40) NOT NULL,
  width        INTEGER     NOT NULL,
  height       INTEGER     NOT NULL,
  content      BYTEA       NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX feedback_photo_request_idx ON feedback_photo (request_id);

-- What happened to a request: received, assigned, status changes, replies (public) and notes (internal).
CREATE TABLE feedback_event
(
  id          BIGSERIAL PRIMARY KEY,
  request_id  BIGINT        NOT NULL REFERENCES feedback_request (id) ON DELETE CASCADE,
  at          TIMESTAMPTZ   NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  kind        VARCHAR(20)   NOT NULL CHECK (kind IN ('RECEIVED', 'ASSIGNED', 'STARTED', 'RESOLVED', 'CLOSED',
                                                     'REJECTED', 'REOPENED', 'NOTE')),
  status      VARCHAR(20)   NOT NULL,
  unit_id     BIGINT,
  text        VARCHAR(4000),
  public      BOOLEAN       NOT NULL
);
CREATE INDEX feedback_event_request_idx ON feedback_event (request_id, at);

-- Keys of the Open311 client apps allowed to post requests (api_key), stored hashed.
CREATE TABLE feedback_api_key
(
  id          BIGSERIAL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  key_hash    VARCHAR(64)  NOT NULL UNIQUE,
  key_prefix  VARCHAR(12)  NOT NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  created_by  VARCHAR(100) NOT NULL,
  last_used_at TIMESTAMPTZ
);
