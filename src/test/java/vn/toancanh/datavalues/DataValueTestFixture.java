package vn.toancanh.datavalues;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.toancanh.identity.internal.UserAccountRepository;
import vn.toancanh.support.FixtureUnits;

/**
 * Units, a data group, items and users of our own (codes with a unique prefix), written straight into the other
 * modules' tables: the demo catalog is built elsewhere and must not be relied on here.
 *
 * <p>Province P ⊃ communes C1, C2, a closed commune CX (until 2020) and department D, which owns the group and its
 * items. Items: NUM (number 0–1,000,000, monthly), INT, PCT, BOOL, DATE, TEXT (monthly), YEAR (yearly), SEX
 * (monthly, disaggregated by sex: combos M, F), SECRET (restricted), OLD (inactive), and PROV (owned by P, not D). Users (password
 * {@link #PASSWORD}): admin, leader, officer of C1 (commune), officer of D (department), officer of C2.
 */
final class DataValueTestFixture {

    static final String PASSWORD = "Secret-pass-123";

    final String p;
    final long province;
    final long commune1;
    final long commune2;
    final long closedCommune;
    final long department;
    final long sexCombo;
    final long male;
    final long female;

    private final JdbcClient jdbc;

    DataValueTestFixture(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.p = "T"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36)
                        .toUpperCase() + "_";
        province = unit("P", "PROVINCE", null, null);
        commune1 = unit("C1", "COMMUNE", province, null);
        commune2 = unit("C2", "COMMUNE", province, null);
        closedCommune = unit("CX", "COMMUNE", province, LocalDate.of(2020, 12, 31));
        department = unit("D", "DEPARTMENT", province, null);
        long domain = id("INSERT INTO data_domain (code, name) VALUES (:c, 'Lĩnh vực thử') RETURNING id", p + "DOM");
        long sector = jdbc.sql("INSERT INTO data_sector (code, domain_id, name) VALUES (:c, :d, 'Ngành') RETURNING id")
                .param("c", p + "SEC")
                .param("d", domain)
                .query(Long.class)
                .single();
        long group = jdbc.sql("""
                INSERT INTO data_group (code, sector_id, name, owner_unit_id) VALUES (:c, :s, 'Nhóm thử', :o)
                RETURNING id""")
                .param("c", p + "G")
                .param("s", sector)
                .param("o", department)
                .query(Long.class)
                .single();
        sexCombo = id("INSERT INTO category_combo (code, name) VALUES (:c, 'Giới tính') RETURNING id", p + "SEXCC");
        male = combo("M", "Nam");
        female = combo("F", "Nữ");
        item(group, "NUM", "NUMBER", "MONTHLY", 0, "INTERNAL", "0", "1000000", true);
        item(group, "INT", "INTEGER", "MONTHLY", 0, "INTERNAL", null, null, true);
        item(group, "PCT", "PERCENTAGE", "MONTHLY", 0, "INTERNAL", null, null, true);
        item(group, "BOOL", "BOOLEAN", "MONTHLY", 0, "INTERNAL", null, null, true);
        item(group, "DATE", "DATE", "MONTHLY", 0, "INTERNAL", null, null, true);
        item(group, "TEXT", "TEXT", "MONTHLY", 0, "INTERNAL", null, null, true);
        item(group, "YEAR", "NUMBER", "YEARLY", 0, "PUBLIC", null, null, true);
        item(group, "SEX", "INTEGER", "MONTHLY", sexCombo, "INTERNAL", null, null, true);
        item(group, "SECRET", "NUMBER", "MONTHLY", 0, "RESTRICTED", null, null, true);
        item(group, "OLD", "NUMBER", "MONTHLY", 0, "INTERNAL", null, null, false);
        item(group, "PROV", "NUMBER", "MONTHLY", 0, "INTERNAL", null, null, true);
        jdbc.sql("UPDATE data_item SET owner_unit_id = :o WHERE code = :c")
                .param("o", province)
                .param("c", p + "PROV")
                .update();
        String hash = encoder.encode(PASSWORD);
        user("admin", "ADMIN", null, hash);
        user("leader", "LEADER", null, hash);
        user("c1", "COMMUNE_OFFICER", commune1, hash);
        user("c2", "COMMUNE_OFFICER", commune2, hash);
        user("dept", "DEPARTMENT_OFFICER", department, hash);
    }

    /** Communes B0…B(n-1) under the province, for bulk imports; returns their codes. */
    java.util.List<String> bulkUnits(int n) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            unit("B" + i, "COMMUNE", province, null);
            codes.add(code("B" + i));
        }
        return codes;
    }

    String code(String suffix) {
        return p + suffix;
    }

    String user(String suffix) {
        return (p + suffix).toLowerCase();
    }

    /** Puts the user in the security context of this thread, as a login would. */
    void loginAs(UserAccountRepository users, String suffix) {
        UserDetails details = users.findByUsername(user(suffix)).orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    long itemId(String suffix) {
        return jdbc.sql("SELECT id FROM data_item WHERE code = :c")
                .param("c", code(suffix))
                .query(Long.class)
                .single();
    }

    private long unit(String suffix, String kind, @Nullable Long parent, @Nullable LocalDate validTo) {
        return FixtureUnits.insert(jdbc, p + suffix, "Đơn vị " + suffix, kind, parent == null ? 1 : 2, parent, validTo);
    }

    private long combo(String suffix, String name) {
        return jdbc.sql("INSERT INTO category_option_combo (combo_id, code, name) VALUES (:cc, :c, :n) RETURNING id")
                .param("cc", sexCombo)
                .param("c", p + suffix)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private void item(
            long group,
            String suffix,
            String type,
            String periodType,
            long combo,
            String sharing,
            @Nullable String min,
            @Nullable String max,
            boolean active) {
        jdbc.sql("""
                INSERT INTO data_item (code, group_id, name, value_type, aggregation_type, time_aggregation_type,
                                       period_type, category_combo_id, owner_unit_id, sharing, min_value, max_value,
                                       active)
                VALUES (:c, :g, :n, :t, 'SUM', 'SUM', :pt, :cc, :o, :s, CAST(:min AS numeric), CAST(:max AS numeric),
                        :a)""")
                .param("c", p + suffix)
                .param("g", group)
                .param("n", "Chỉ tiêu " + suffix)
                .param("t", type)
                .param("pt", periodType)
                .param("cc", combo)
                .param("o", department)
                .param("s", sharing)
                .param("min", min)
                .param("max", max)
                .param("a", active)
                .update();
    }

    private void user(String suffix, String role, @Nullable Long unit, String hash) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, unit_id)
                VALUES (:u, :h, :n, :r, :unit)""")
                .param("u", user(suffix))
                .param("h", hash)
                .param("n", "Người dùng " + suffix)
                .param("r", role)
                .param("unit", unit)
                .update();
    }

    private long id(String sql, String code) {
        return jdbc.sql(sql).param("c", code).query(Long.class).single();
    }
}
