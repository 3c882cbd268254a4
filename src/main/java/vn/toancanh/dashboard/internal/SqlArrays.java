package vn.toancanh.dashboard.internal;

import java.util.Collection;
import java.util.stream.Collectors;

/** PostgreSQL array literals for {@code CAST(:p AS bigint[])}: one bound parameter for a whole list. */
final class SqlArrays {

    private SqlArrays() {}

    static String of(Collection<? extends Number> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    static String ofText(Collection<String> texts) {
        return texts.stream().map(SqlArrays::quote).collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
