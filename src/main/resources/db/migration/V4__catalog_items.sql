CREATE TABLE data_domain
(
  id         BIGSERIAL PRIMARY KEY,
  code       VARCHAR(20)  NOT NULL UNIQUE,
  name       VARCHAR(200) NOT NULL,
  name_en    VARCHAR(200),
  sort_order INT          NOT NULL DEFAULT 0
);

-- A sector (lĩnh vực) inside a domain, as in the reference sectors list (KT-TCKH, XH-YT, …).
CREATE TABLE data_sector
(
  id         BIGSERIAL PRIMARY KEY,
  code       VARCHAR(20)  NOT NULL UNIQUE,
  domain_id  BIGINT       NOT NULL REFERENCES data_domain (id),
  name       VARCHAR(300) NOT NULL,
  name_en    VARCHAR(300),
  sort_order INT          NOT NULL DEFAULT 0
);

CREATE TABLE data_group
(
  id            BIGSERIAL PRIMARY KEY,
  code          VARCHAR(50)  NOT NULL UNIQUE,
  sector_id     BIGINT       NOT NULL REFERENCES data_sector (id),
  name          VARCHAR(300) NOT NULL,
  name_en       VARCHAR(300),
  description   TEXT,
  -- org_unit.id of the unit that owns (maintains) the group; items default to it.
  owner_unit_id BIGINT,
  period_type   VARCHAR(20)  NOT NULL DEFAULT 'MONTHLY',
  sharing       VARCHAR(12)  NOT NULL DEFAULT 'INTERNAL' CHECK (sharing IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
  sort_order    INT          NOT NULL DEFAULT 0,
  search_text   TEXT         NOT NULL DEFAULT '',
  created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX data_group_sector_idx ON data_group (sector_id);

-- Units that report a group's items (org_unit.id).
CREATE TABLE data_group_reporting_unit
(
  group_id BIGINT NOT NULL REFERENCES data_group (id) ON DELETE CASCADE,
  unit_id  BIGINT NOT NULL,
  PRIMARY KEY (group_id, unit_id)
);

-- Disaggregations as DHIS2 has them: a combination of categories (sex × area) whose option combinations
-- (male-urban, …) each hold a value. The default combination has one option combination, id 0 ('default').
CREATE TABLE category
(
  id      BIGSERIAL PRIMARY KEY,
  code    VARCHAR(50)  NOT NULL UNIQUE,
  name    VARCHAR(200) NOT NULL,
  name_en VARCHAR(200)
);

CREATE TABLE category_option
(
  id          BIGSERIAL PRIMARY KEY,
  category_id BIGINT       NOT NULL REFERENCES category (id) ON DELETE CASCADE,
  code        VARCHAR(50)  NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200),
  sort_order  INT          NOT NULL DEFAULT 0
);

CREATE TABLE category_combo
(
  id      BIGSERIAL PRIMARY KEY,
  code    VARCHAR(50)  NOT NULL UNIQUE,
  name    VARCHAR(200) NOT NULL,
  name_en VARCHAR(200)
);

CREATE TABLE category_combo_category
(
  combo_id    BIGINT NOT NULL REFERENCES category_combo (id) ON DELETE CASCADE,
  category_id BIGINT NOT NULL REFERENCES category (id),
  sort_order  INT    NOT NULL DEFAULT 0,
  PRIMARY KEY (combo_id, category_id)
);

CREATE TABLE category_option_combo
(
  id       BIGSERIAL PRIMARY KEY,
  combo_id BIGINT       NOT NULL REFERENCES category_combo (id) ON DELETE CASCADE,
  code     VARCHAR(100) NOT NULL UNIQUE,
  name     VARCHAR(300) NOT NULL,
  name_en  VARCHAR(300)
);

CREATE TABLE category_option_combo_option
(
  option_combo_id BIGINT NOT NULL REFERENCES category_option_combo (id) ON DELETE CASCADE,
  option_id       BIGINT NOT NULL REFERENCES category_option (id),
  PRIMARY KEY (option_combo_id, option_id)
);

INSERT INTO category_combo (id, code, name, name_en) VALUES (0, 'default', 'Không phân tổ', 'None');
INSERT INTO category_option_combo (id, combo_id, code, name, name_en) VALUES (0, 0, 'default', 'Tổng', 'Total');

CREATE TABLE data_item
(
  id                    BIGSERIAL PRIMARY KEY,
  code                  VARCHAR(50)  NOT NULL UNIQUE,
  group_id              BIGINT       NOT NULL REFERENCES data_group (id),
  name                  VARCHAR(400) NOT NULL,
  name_en               VARCHAR(400),
  short_name            VARCHAR(100),
  description           TEXT,
  unit_of_measure       VARCHAR(50),
  value_type            VARCHAR(12)  NOT NULL CHECK (value_type IN ('NUMBER', 'INTEGER', 'PERCENTAGE', 'BOOLEAN',
                                                                      'TEXT', 'DATE')),
  -- How values roll up over units (SUM for a population) and over time (LAST for a population).
  aggregation_type      VARCHAR(10)  NOT NULL CHECK (aggregation_type IN ('SUM', 'AVERAGE', 'LAST', 'MIN', 'MAX',
                                                                            'COUNT', 'NONE')),
  time_aggregation_type VARCHAR(10)  NOT NULL CHECK (time_aggregation_type IN ('SUM', 'AVERAGE', 'LAST', 'MIN',
                                                                                 'MAX', 'COUNT', 'NONE')),
  period_type           VARCHAR(20)  NOT NULL,
  category_combo_id     BIGINT       NOT NULL DEFAULT 0 REFERENCES category_combo (id),
  owner_unit_id         BIGINT,
  sharing               VARCHAR(12)  NOT NULL DEFAULT 'INTERNAL' CHECK (sharing IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
  source                VARCHAR(300),
  legal_basis           VARCHAR(300),
  official_code         VARCHAR(50),
  min_value             NUMERIC,
  max_value             NUMERIC,
  active                BOOLEAN      NOT NULL DEFAULT TRUE,
  sort_order            INT          NOT NULL DEFAULT 0,
  search_text           TEXT         NOT NULL DEFAULT '',
  created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CONSTRAINT data_item_min_max_check CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);
CREATE INDEX data_item_group_idx ON data_item (group_id, sort_order);
CREATE INDEX data_item_owner_idx ON data_item (owner_unit_id);

-- Optional: units that report this item when they differ from the group's reporting units.
CREATE TABLE data_item_reporting_unit
(
  item_id BIGINT NOT NULL REFERENCES data_item (id) ON DELETE CASCADE,
  unit_id BIGINT NOT NULL,
  PRIMARY KEY (item_id, unit_id)
);
