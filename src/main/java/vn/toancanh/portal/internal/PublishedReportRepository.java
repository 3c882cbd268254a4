package vn.toancanh.portal.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report templates the portal publishes. */
@Repository
class PublishedReportRepository {

    private final JdbcClient jdbc;

    PublishedReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> codes() {
        return jdbc.sql("SELECT template_code FROM portal_published_report ORDER BY template_code")
                .query(String.class)
                .list();
    }

    void publish(String code, String by) {
        jdbc.sql("""
                INSERT INTO portal_published_report (template_code, published_by) VALUES (:c, :by)
                ON CONFLICT (template_code) DO NOTHING""").param("c", code).param("by", by).update();
    }

    boolean unpublish(String code) {
        return jdbc.sql("DELETE FROM portal_published_report WHERE template_code = :c")
                        .param("c", code)
                        .update()
                > 0;
    }
}
