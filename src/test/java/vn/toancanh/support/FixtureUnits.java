package vn.toancanh.support;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts org_unit rows for test fixtures, with the materialised path the organisation module keeps. */
public final class FixtureUnits {

    private FixtureUnits() {}

    public static long insert(
            JdbcClient jdbc,
            String code,
            String name,
            String kind,
            int level,
            @Nullable Long parent,
            @Nullable LocalDate validTo) {
        long id = jdbc.sql("""
                INSERT INTO org_unit (code, name, kind, level, parent_id, path, valid_to)
                VALUES (:c, :n, :k, :l, :parent, '', :to) RETURNING id""")
                .param("c", code)
                .param("n", name)
                .param("k", kind)
                .param("l", level)
                .param("parent", parent)
                .param("to", validTo)
                .query(Long.class)
                .single();
        String parentPath = parent == null
                ? "/"
                : jdbc.sql("SELECT path FROM org_unit WHERE id = :id")
                        .param("id", parent)
                        .query(String.class)
                        .single();
        jdbc.sql("UPDATE org_unit SET path = :path WHERE id = :id")
                .param("path", parentPath + id + "/")
                .param("id", id)
                .update();
        return id;
    }
}
