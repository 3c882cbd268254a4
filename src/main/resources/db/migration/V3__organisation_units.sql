CREATE TABLE org_unit
(
  id          BIGSERIAL PRIMARY KEY,
  code        VARCHAR(50)  NOT NULL UNIQUE,
  name        VARCHAR(255) NOT NULL,
  short_name  VARCHAR(100),
  name_en     VARCHAR(255),
  -- PROVINCE, DISTRICT, COMMUNE, WARD, TOWNSHIP, DEPARTMENT, PARTNER, OTHER
  kind        VARCHAR(20)  NOT NULL,
  level       INT          NOT NULL,
  parent_id   BIGINT REFERENCES org_unit (id),
  -- Materialised path of ids, '/1/12/130/', so a subtree is one prefix match.
  path        TEXT         NOT NULL,
  geometry    JSONB,
  latitude    DOUBLE PRECISION,
  longitude   DOUBLE PRECISION,
  address     VARCHAR(500),
  phone       VARCHAR(50),
  email       VARCHAR(200),
  website     VARCHAR(300),
  valid_from  DATE,
  valid_to    DATE,
  sort_order  INT          NOT NULL DEFAULT 0,
  search_text TEXT         NOT NULL DEFAULT '',
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CONSTRAINT org_unit_kind_check CHECK (kind IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'WARD', 'TOWNSHIP',
                                                 'DEPARTMENT', 'PARTNER', 'OTHER')),
  CONSTRAINT org_unit_validity_check CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);
CREATE INDEX org_unit_path_idx ON org_unit (path text_pattern_ops);

CREATE TABLE org_unit_group
(
  id   BIGSERIAL PRIMARY KEY,
  code VARCHAR(50)  NOT NULL UNIQUE,
  name VARCHAR(255) NOT NULL
);

CREATE TABLE org_unit_group_member
(
  group_id BIGINT NOT NULL REFERENCES org_unit_group (id) ON DELETE CASCADE,
  unit_id  BIGINT NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, unit_id)
);

-- Merges and splits: from the effective date, what was stored on a predecessor counts towards its successor(s).
-- A merge has several predecessors and one successor; a split one predecessor and several successors, each with
-- the share of the predecessor it took (used to apportion SUM items; 1.0 when whole).
CREATE TABLE org_unit_succession
(
  id             BIGSERIAL PRIMARY KEY,
  kind           VARCHAR(10)  NOT NULL CHECK (kind IN ('MERGE', 'SPLIT')),
  predecessor_id BIGINT       NOT NULL REFERENCES org_unit (id),
  successor_id   BIGINT       NOT NULL REFERENCES org_unit (id),
  effective_date DATE         NOT NULL,
  share          NUMERIC(7, 6) NOT NULL DEFAULT 1 CHECK (share > 0 AND share <= 1),
  legal_basis    VARCHAR(300),
  created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
  UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX org_unit_succession_successor_idx ON org_unit_succession (successor_id);
