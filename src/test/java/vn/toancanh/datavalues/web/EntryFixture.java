package vn.toancanh.datavalues.web;

import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.toancanh.support.FixtureUnits;

/**
 * A district with two communes, a data group of four items and the users the entry tests log in as, written straight
 * into the other modules' tables with a unique code prefix, so the tests rely on no demo data and never collide.
 *
 * <p>Items: NUM (number 0–1,000,000, người), PCT (percentage 0–100), INT (integer, hộ) and SEX (integer, by sex:
 * combos M "Nam", F "Nữ"). Users (password {@link #PASSWORD}): officer of commune C1 (COMMUNE_OFFICER), leader, admin.
 */
final class EntryFixture {

    static final String PASSWORD = "Entry-pass-123";

    final String p;
    final long district;
    final long commune1;
    final long commune2;
    final long sexCombo;
    private final JdbcClient jdbc;

    EntryFixture(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.p = "E"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36)
                        .toUpperCase() + "_";
        district = unit("D", "Huyện Thử Nghiệm", "DISTRICT", null);
        commune1 = unit("C1", "Xã Hồng Thái", "COMMUNE", district);
        commune2 = unit("C2", "Xã An Hoà", "COMMUNE", district);
        long domain = jdbc.sql("INSERT INTO data_domain (code, name) VALUES (:c, 'Xã hội') RETURNING id")
                .param("c", p + "DOM")
                .query(Long.class)
                .single();
        long sector = jdbc.sql("INSERT INTO data_sector (code, domain_id, name) VALUES (:c, :d, 'Dân số') RETURNING id")
                .param("c", p + "SEC")
                .param("d", domain)
                .query(Long.class)
                .single();
        long group = jdbc.sql("""
                INSERT INTO data_group (code, sector_id, name, owner_unit_id) VALUES (:c, :s, :n, :o) RETURNING id""")
                .param("c", p + "G")
                .param("s", sector)
                .param("n", "Dân số và hộ gia đình " + p)
                .param("o", district)
                .query(Long.class)
                .single();
        sexCombo = jdbc.sql("INSERT INTO category_combo (code, name) VALUES (:c, 'Giới tính') RETURNING id")
                .param("c", p + "SEXCC")
                .query(Long.class)
                .single();
        combo("M", "Nam");
        combo("F", "Nữ");
        item(group, 1, "NUM", "Dân số trung bình", "người", "NUMBER", 0, "0", "1000000");
        item(group, 2, "PCT", "Tỷ lệ hộ nghèo", "%", "PERCENTAGE", 0, "0", "100");
        item(group, 3, "INT", "Số hộ gia đình", "hộ", "INTEGER", 0, null, null);
        item(group, 4, "SEX", "Số trẻ em dưới 5 tuổi", "người", "INTEGER", sexCombo, null, null);
        String hash = encoder.encode(PASSWORD);
        user("officer", "Nguyễn Thị Cán Bộ", "COMMUNE_OFFICER", commune1, hash);
        user("leader", "Trần Văn Lãnh Đạo", "LEADER", null, hash);
        user("admin", "Lê Quản Trị", "ADMIN", null, hash);
    }

    String code(String suffix) {
        return p + suffix;
    }

    String user(String suffix) {
        return (p + suffix).toLowerCase();
    }

    /** The stored value, or null. */
    @Nullable
    String value(String item, String unit, String period, String combo) {
        return jdbc.sql("""
                SELECT v.value FROM data_value v
                JOIN data_item i ON i.id = v.item_id JOIN org_unit u ON u.id = v.unit_id
                JOIN period pe ON pe.id = v.period_id JOIN category_option_combo c ON c.id = v.option_combo_id
                WHERE i.code = :i AND u.code = :u AND pe.iso = :p AND c.code = :c""")
                .param("i", code(item))
                .param("u", code(unit))
                .param("p", period)
                .param("c", combo.equals("default") ? combo : code(combo))
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** History entries from {@code source}: audit rows plus the CREATE entry of a stored value's current life. */
    long auditRows(String item, String unit, String source) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM data_value_audit a JOIN data_item i ON i.id = a.item_id
                        JOIN org_unit u ON u.id = a.unit_id WHERE i.code = :i AND u.code = :u AND a.source = :s)
                     + (SELECT count(*) FROM data_value d JOIN data_item i ON i.id = d.item_id
                        JOIN org_unit u ON u.id = d.unit_id WHERE i.code = :i AND u.code = :u
                        AND d.created_source = :s)""")
                .param("i", code(item))
                .param("u", code(unit))
                .param("s", source)
                .query(Long.class)
                .single();
    }

    private long unit(String suffix, String name, String kind, @Nullable Long parent) {
        return FixtureUnits.insert(jdbc, p + suffix, name, kind, parent == null ? 2 : 3, parent, null);
    }

    private void combo(String suffix, String name) {
        jdbc.sql("INSERT INTO category_option_combo (combo_id, code, name) VALUES (:cc, :c, :n)")
                .param("cc", sexCombo)
                .param("c", p + suffix)
                .param("n", name)
                .update();
    }

    private void item(
            long group,
            int order,
            String suffix,
            String name,
            String uom,
            String type,
            long combo,
            @Nullable String min,
            @Nullable String max) {
        jdbc.sql("""
                INSERT INTO data_item (code, group_id, name, unit_of_measure, value_type, aggregation_type,
                                       time_aggregation_type, period_type, category_combo_id, owner_unit_id,
                                       min_value, max_value, sort_order)
                VALUES (:c, :g, :n, :u, :t, 'SUM', 'SUM', 'MONTHLY', :cc, :o, CAST(:min AS numeric),
                        CAST(:max AS numeric), :ord)""")
                .param("c", p + suffix)
                .param("g", group)
                .param("n", name)
                .param("u", uom)
                .param("t", type)
                .param("cc", combo)
                .param("o", district)
                .param("min", min)
                .param("max", max)
                .param("ord", order)
                .update();
    }

    private void user(String suffix, String fullName, String role, @Nullable Long unit, String hash) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, unit_id)
                VALUES (:u, :h, :n, :r, :unit)""")
                .param("u", user(suffix))
                .param("h", hash)
                .param("n", fullName)
                .param("r", role)
                .param("unit", unit)
                .update();
    }
}
