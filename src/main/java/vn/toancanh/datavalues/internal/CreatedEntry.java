package vn.toancanh.datavalues.internal;

/**
 * SQL for the CREATE entry of a value's current life, which is derived rather than stored: who and how come from
 * {@code data_value.created_by/created_source}, when from {@code created_at}, and the value (and comment) it was
 * created with is the old value of the first UPDATE audit row of this life, or the current value when it was never
 * updated. Lives with a stored CREATE row (written before this scheme, or when a DELETE ended the life) derive none.
 * Each method takes the alias of a relation with data_value's columns.
 */
final class CreatedEntry {

    private CreatedEntry() {}

    /** Key, 'CREATE', new value, new comment, changed by, changed at, source; needs {@link #joins}. */
    static String columns(String d) {
        return """
                %1$s.item_id, %1$s.unit_id, %1$s.period_id, %1$s.option_combo_id, 'CREATE',
                coalesce(first.old_value, %1$s.value),
                CASE WHEN first.old_value IS NULL THEN %1$s.comment ELSE first.old_comment END,
                %1$s.created_by, %1$s.created_at, %1$s.created_source""".formatted(d);
    }

    /** The first UPDATE of the life (UPDATE rows always have an old value), as {@code first}. */
    static String joins(String d) {
        return """
                LEFT JOIN LATERAL (
                  SELECT a.old_value, a.old_comment FROM data_value_audit a
                  WHERE %s AND a.change_type = 'UPDATE' AND a.changed_at >= %s.created_at
                  ORDER BY a.changed_at, a.id LIMIT 1) first ON true""".formatted(sameKey(d), d);
    }

    /** True when the life has no stored CREATE row. */
    static String missing(String d) {
        return """
                NOT EXISTS (SELECT 1 FROM data_value_audit a
                            WHERE %s AND a.change_type = 'CREATE' AND a.changed_at >= %s.created_at)""".formatted(sameKey(d), d);
    }

    private static String sameKey(String d) {
        return "a.item_id = %1$s.item_id AND a.unit_id = %1$s.unit_id AND a.period_id = %1$s.period_id".formatted(d)
                + " AND a.option_combo_id = %s.option_combo_id".formatted(d);
    }
}
