-- Measured on 100,000-value imports: the period foreign key fires a trigger per inserted row and the
-- (unit_id, period_id) index is a second B-tree to maintain; together they made inserts about twice as slow.
-- Period ids are only ever taken from the period table by the import path, which creates missing periods first,
-- and reads by unit and period go through the primary key (item_id = ANY(the form's items), unit_id, period_id).
ALTER TABLE data_value DROP CONSTRAINT IF EXISTS data_value_period_id_fkey;
DROP INDEX IF EXISTS data_value_unit_period_idx;
