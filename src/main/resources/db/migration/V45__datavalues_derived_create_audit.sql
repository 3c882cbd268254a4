-- Who created the current life of a value, and how. The CREATE entry of a value's history is derived from these
-- columns, created_at and the first UPDATE's old value instead of being written as an audit row: measured on
-- 100,000-value imports, the CREATE rows cost as much as the values themselves. A DELETE writes the CREATE entry
-- into data_value_audit before its own, so earlier lives keep theirs. Existing CREATE rows stay where they are
-- (the history derives an entry only for a life that has none).
ALTER TABLE data_value ADD COLUMN created_by VARCHAR(64), ADD COLUMN created_source VARCHAR(10);

UPDATE data_value d
SET (created_by, created_source) = (
  SELECT coalesce(a.changed_by, d.stored_by), coalesce(a.source, 'IMPORT')
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (
    SELECT changed_by, source FROM data_value_audit a
    WHERE a.item_id = d.item_id AND a.unit_id = d.unit_id AND a.period_id = d.period_id
      AND a.option_combo_id = d.option_combo_id AND a.change_type = 'CREATE'
    ORDER BY a.changed_at DESC, a.id DESC LIMIT 1) a ON true);

ALTER TABLE data_value ALTER COLUMN created_by SET NOT NULL, ALTER COLUMN created_source SET NOT NULL;
