-- What each committed write touched (its items × units × periods), so every application instance on this database
-- can refresh its in-memory analytics index: the writer notifies channel toancanh_analytics with 'origin:id' in the
-- same transaction, listeners read the row and reload the region. Rows are kept a day for instances that reconnect.
CREATE TABLE analytics_change
(
  id         BIGSERIAL PRIMARY KEY,
  origin     VARCHAR(40) NOT NULL,
  item_ids   BIGINT[]    NOT NULL,
  unit_ids   BIGINT[]    NOT NULL,
  period_ids INT[]       NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX analytics_change_created_idx ON analytics_change (created_at);
