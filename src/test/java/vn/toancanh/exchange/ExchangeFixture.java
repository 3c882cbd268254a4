package vn.toancanh.exchange;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.support.FixtureUnits;

/**
 * Units and two data groups of our own, codes under a unique prefix: province P ⊃ communes C1, C2; group GA with
 * item A1, group GB with item B1 (both internal, monthly, numbers), owned by P.
 */
final class ExchangeFixture {

    final String p;
    final long province;
    final long c1;
    final long c2;

    ExchangeFixture(JdbcClient jdbc) {
        p = "X"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36)
                        .toUpperCase() + "_";
        province = FixtureUnits.insert(jdbc, p + "P", "Tỉnh thử", "PROVINCE", 1, null, null);
        c1 = FixtureUnits.insert(jdbc, p + "C1", "Xã thử 1", "COMMUNE", 2, province, null);
        c2 = FixtureUnits.insert(jdbc, p + "C2", "Xã thử 2", "COMMUNE", 2, province, null);
        long domain = jdbc.sql("INSERT INTO data_domain (code, name) VALUES (:c, 'Lĩnh vực thử') RETURNING id")
                .param("c", p + "DOM")
                .query(Long.class)
                .single();
        long sector = jdbc.sql("INSERT INTO data_sector (code, domain_id, name) VALUES (:c, :d, 'Ngành') RETURNING id")
                .param("c", p + "SEC")
                .param("d", domain)
                .query(Long.class)
                .single();
        for (String g : new String[] {"GA", "GB"}) {
            long group = jdbc.sql("""
                    INSERT INTO data_group (code, sector_id, name, owner_unit_id) VALUES (:c, :s, 'Nhóm thử', :o)
                    RETURNING id""")
                    .param("c", p + g)
                    .param("s", sector)
                    .param("o", province)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                    INSERT INTO data_item (code, group_id, name, value_type, aggregation_type, time_aggregation_type,
                                           period_type, category_combo_id, owner_unit_id, sharing, active)
                    VALUES (:c, :g, :n, 'NUMBER', 'SUM', 'SUM', 'MONTHLY', 0, :o, 'INTERNAL', true)""")
                    .param("c", p + g.charAt(1) + "1")
                    .param("g", group)
                    .param("n", "Chỉ tiêu " + g)
                    .param("o", province)
                    .update();
        }
    }

    String code(String suffix) {
        return p + suffix;
    }

    /** A DHIS2 dataValueSets body with one value. */
    String values(String item, String unit, String period, String value) {
        return "{\"dataValues\":[{\"dataElement\":\"" + code(item) + "\",\"period\":\"" + period + "\",\"orgUnit\":\""
                + code(unit) + "\",\"value\":\"" + value + "\"}]}";
    }
}
