package vn.toancanh.reporting.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.ValueLocks;

/**
 * A report sent or approved locks its items' values for its unit and period (in the version it was filled in): the
 * values the approvers saw are the values that stay, until the report is returned or reopened.
 */
@Component
class ReportValueLocks implements ValueLocks {

    private final JdbcClient jdbc;

    ReportValueLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Lock> locked(Collection<Long> unitIds, Collection<String> periods) {
        if (unitIds.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT i.item_id, r.unit_id, r.period, f.code, r.status
                          FROM report r
                          JOIN report_form f ON f.id = r.form_id
                          JOIN report_form_section s ON s.version_id = r.version_id
                          JOIN report_form_item i ON i.section_id = s.id
                         WHERE r.status IN ('SUBMITTED', 'APPROVED')
                           AND r.unit_id = ANY (:units) AND r.period = ANY (:periods)""")
                .param("units", unitIds.toArray(Long[]::new))
                .param("periods", periods.toArray(String[]::new))
                .query((rs, n) -> new Lock(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        "Báo cáo " + rs.getString(4) + " kỳ " + rs.getString(3)
                                + (rs.getString(5).equals("APPROVED") ? " đã được duyệt" : " đã gửi, đang chờ duyệt")
                                + ": số liệu đã khóa"))
                .list();
    }
}
