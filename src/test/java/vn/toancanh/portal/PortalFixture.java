package vn.toancanh.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.shared.VietnameseText;

/**
 * A public group with a public and an internal item, and an internal group with a public item, all with values in a
 * commune of the demo district (the portal's unit); codes carry a unique prefix so test classes sharing a database do
 * not meet.
 */
final class PortalFixture {

    static final String COMMUNE = "11584";

    final String p;
    final String publicGroup;
    final String internalGroup;
    final String publicItem;
    final String internalItem;
    final String hiddenItem;
    final String publicGroupName;

    PortalFixture(JdbcClient jdbc, DataValueService values, AnalyticsService analytics) {
        p = "PT"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36)
                        .toUpperCase() + "-";
        long domain = jdbc.sql("INSERT INTO data_domain (code, name) VALUES (:c, 'Lĩnh vực cổng') RETURNING id")
                .param("c", p + "DOM")
                .query(Long.class)
                .single();
        long sector = jdbc.sql(
                        "INSERT INTO data_sector (code, domain_id, name) VALUES (:c, :d, 'Ngành cổng') RETURNING id")
                .param("c", p + "SEC")
                .param("d", domain)
                .query(Long.class)
                .single();
        publicGroupName = "Đường làng ngõ xóm " + p;
        publicGroup = group(jdbc, sector, "OPEN", publicGroupName, "PUBLIC");
        internalGroup = group(jdbc, sector, "INT", "Nhóm nội bộ " + p, "INTERNAL");
        publicItem = item(jdbc, publicGroup, "OPEN-1", "Chiều dài đường bê tông " + p, "PUBLIC");
        internalItem = item(jdbc, publicGroup, "OPEN-2", "Kinh phí nội bộ bí mật " + p, "INTERNAL");
        hiddenItem = item(jdbc, internalGroup, "INT-1", "Chỉ tiêu nhóm kín " + p, "PUBLIC");
        List<DataValueInput> rows = new ArrayList<>();
        for (String item : List.of(publicItem, internalItem, hiddenItem)) {
            rows.add(new DataValueInput(item, "2024", COMMUNE, null, "120", null));
            rows.add(new DataValueInput(item, "2025", COMMUNE, null, "135.5", null));
        }
        var summary = values.importValues(rows, ImportOptions.defaults(ChangeSource.API));
        if (!summary.conflicts().isEmpty()) {
            throw new AssertionError("Import conflicts: " + summary.conflicts());
        }
        analytics.awaitCurrent();
    }

    private String group(JdbcClient jdbc, long sector, String suffix, String name, String sharing) {
        jdbc.sql("""
                INSERT INTO data_group (code, sector_id, name, period_type, sharing, description, search_text)
                VALUES (:c, :s, :n, 'YEARLY', :sh, 'Mô tả nhóm thử của cổng', :st)""")
                .param("st", VietnameseText.fold(p + suffix + " " + name))
                .param("c", p + suffix)
                .param("s", sector)
                .param("n", name)
                .param("sh", sharing)
                .update();
        return p + suffix;
    }

    private String item(JdbcClient jdbc, String group, String suffix, String name, String sharing) {
        jdbc.sql("""
                INSERT INTO data_item (code, group_id, name, value_type, aggregation_type, time_aggregation_type,
                                       period_type, category_combo_id, sharing, unit_of_measure)
                VALUES (:c, (SELECT id FROM data_group WHERE code = :g), :n, 'NUMBER', 'SUM', 'SUM', 'YEARLY', 0, :s, 'km')""")
                .param("c", p + suffix)
                .param("g", group)
                .param("n", name)
                .param("s", sharing)
                .update();
        return p + suffix;
    }
}
