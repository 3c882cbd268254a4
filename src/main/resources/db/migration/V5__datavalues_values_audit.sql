-- Periods are rows so a value row stays narrow (4-byte period id) and analytics can join on dates.
CREATE TABLE period
(
  id          SERIAL PRIMARY KEY,
  iso         VARCHAR(10) NOT NULL UNIQUE,
  period_type VARCHAR(20) NOT NULL,
  start_date  DATE        NOT NULL,
  end_date    DATE        NOT NULL
);
CREATE INDEX period_dates_idx ON period (period_type, start_date);

-- The system of record for values. Ids refer to data_item, org_unit and category_option_combo (owned by other
-- modules, so no foreign keys across module lines; the import path checks them). numeric_value is set for the
-- numeric value types so aggregates need no casts; value keeps the text as entered.
CREATE TABLE data_value
(
  item_id         BIGINT      NOT NULL,
  unit_id         BIGINT      NOT NULL,
  period_id       INT         NOT NULL REFERENCES period (id),
  option_combo_id BIGINT      NOT NULL DEFAULT 0,
  value           TEXT        NOT NULL,
  numeric_value   DOUBLE PRECISION,
  comment         TEXT,
  stored_by       VARCHAR(64) NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, unit_id, period_id, option_combo_id)
);
CREATE INDEX data_value_unit_period_idx ON data_value (unit_id, period_id);

-- Every change to a value: old and new, who, when and how (FORM, IMPORT, API, EXCEL).
CREATE TABLE data_value_audit
(
  id              BIGSERIAL PRIMARY KEY,
  item_id         BIGINT      NOT NULL,
  unit_id         BIGINT      NOT NULL,
  period_id       INT         NOT NULL,
  option_combo_id BIGINT      NOT NULL,
  change_type     VARCHAR(8)  NOT NULL CHECK (change_type IN ('CREATE', 'UPDATE', 'DELETE')),
  old_value       TEXT,
  new_value       TEXT,
  old_comment     TEXT,
  new_comment     TEXT,
  changed_by      VARCHAR(64) NOT NULL,
  changed_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  source          VARCHAR(10) NOT NULL
);
CREATE INDEX data_value_audit_key_idx ON data_value_audit (item_id, unit_id, period_id, option_combo_id, changed_at DESC);

-- Asynchronous imports: a client polls the job for progress and, when done, its summary (JSON).
CREATE TABLE import_job
(
  id          UUID PRIMARY KEY,
  kind        VARCHAR(30) NOT NULL,
  username    VARCHAR(64) NOT NULL,
  status      VARCHAR(12) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
  total_rows  INT,
  done_rows   INT         NOT NULL DEFAULT 0,
  summary     TEXT,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at TIMESTAMPTZ
);
