-- Indicators: formulas over data items (see IndicatorExpression), e.g. #{HC-TTHC-01-003} / #{HC-TTHC-01-002} * 100.
-- Their codes share one namespace with data item codes, so a target's dx_code names exactly one of them.
CREATE TABLE indicator
(
  id              BIGSERIAL PRIMARY KEY,
  code            VARCHAR(50)  NOT NULL UNIQUE,
  name            VARCHAR(400) NOT NULL,
  name_en         VARCHAR(400),
  description     TEXT,
  -- The normalised formula text.
  expression      TEXT         NOT NULL,
  unit_of_measure VARCHAR(50),
  decimals        INT          NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 6),
  sector_id       BIGINT REFERENCES data_sector (id),
  sharing         VARCHAR(12)  NOT NULL DEFAULT 'INTERNAL' CHECK (sharing IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  sort_order      INT          NOT NULL DEFAULT 0,
  search_text     TEXT         NOT NULL DEFAULT '',
  created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX indicator_sector_idx ON indicator (sector_id, sort_order);

-- A yearly target for a data item or an indicator in one unit (org_unit.id; no foreign key across modules).
-- AT_LEAST: higher is better (the value must reach the target); AT_MOST: lower is better.
CREATE TABLE data_target
(
  id         BIGSERIAL PRIMARY KEY,
  dx_code    VARCHAR(50)      NOT NULL,
  unit_id    BIGINT           NOT NULL,
  year       INT              NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  value      DOUBLE PRECISION NOT NULL,
  direction  VARCHAR(8)       NOT NULL DEFAULT 'AT_LEAST' CHECK (direction IN ('AT_LEAST', 'AT_MOST')),
  note       VARCHAR(500),
  created_at TIMESTAMPTZ      NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ      NOT NULL DEFAULT now(),
  CONSTRAINT data_target_dx_unit_year_key UNIQUE (dx_code, unit_id, year)
);
CREATE INDEX data_target_year_idx ON data_target (year, dx_code);
