package vn.toancanh.datavalues.internal;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * PostgreSQL array literals for {@code = ANY(CAST(:p AS bigint[]))}: one bound parameter whatever the size, where an
 * expanded {@code IN (:list)} would hit the driver's 32,767-parameter limit on large imports and exports.
 */
final class SqlArrays {

    private SqlArrays() {}

    static String of(Collection<? extends Number> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * A typed array parameter for {@code = ANY(:p)}: unlike a text literal cast in SQL, its value is a constant in
     * the plan, so PostgreSQL hashes it instead of testing every row against every element.
     */
    static SqlArrayValue typed(String sqlType, Collection<? extends Number> numbers) {
        return new SqlArrayValue(sqlType, numbers.toArray());
    }

    static String ofText(Collection<String> texts) {
        return texts.stream().map(SqlArrays::quote).collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
