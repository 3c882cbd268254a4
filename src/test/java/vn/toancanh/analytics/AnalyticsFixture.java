package vn.toancanh.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.support.FixtureUnits;

/**
 * Units, a data group and items of our own (codes with a unique prefix, so tests sharing a database do not meet),
 * written straight into the other modules' tables; values go through {@link DataValueService}, the real write path,
 * so the analytics index follows them as it follows every write.
 *
 * <p>Province P ⊃ district D ⊃ communes C1, C2, C3 and department DEP; C3 was merged into C1 (its history counts
 * towards C1). Items are created on demand with any aggregation over units and over time.
 */
public final class AnalyticsFixture {

    final String p;
    final long province;
    final long district;
    public final long c1;
    public final long c2;
    final long c3;
    final long department;
    final long group;
    final long sexCombo;
    final long male;
    final long female;

    private final JdbcClient jdbc;
    private final DataValueService values;
    private final AnalyticsService analytics;

    public AnalyticsFixture(JdbcClient jdbc, DataValueService values, AnalyticsService analytics) {
        this.jdbc = jdbc;
        this.values = values;
        this.analytics = analytics;
        this.p = "A"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36)
                        .toUpperCase() + "_";
        province = FixtureUnits.insert(jdbc, p + "P", "Tỉnh " + p, "PROVINCE", 1, null, null);
        district = FixtureUnits.insert(jdbc, p + "D", "Huyện " + p, "DISTRICT", 2, province, null);
        c1 = FixtureUnits.insert(jdbc, p + "C1", "Xã Một", "COMMUNE", 3, district, null);
        c2 = FixtureUnits.insert(jdbc, p + "C2", "Xã Hai", "COMMUNE", 3, district, null);
        c3 = FixtureUnits.insert(jdbc, p + "C3", "Xã Ba", "COMMUNE", 3, district, null);
        department = FixtureUnits.insert(jdbc, p + "DEP", "Phòng Thử", "DEPARTMENT", 3, district, null);
        long domain = jdbc.sql("INSERT INTO data_domain (code, name) VALUES (:c, 'Lĩnh vực thử') RETURNING id")
                .param("c", p + "DOM")
                .query(Long.class)
                .single();
        long sector = jdbc.sql("INSERT INTO data_sector (code, domain_id, name) VALUES (:c, :d, 'Ngành') RETURNING id")
                .param("c", p + "SEC")
                .param("d", domain)
                .query(Long.class)
                .single();
        group = jdbc.sql("""
                INSERT INTO data_group (code, sector_id, name, owner_unit_id) VALUES (:c, :s, 'Nhóm thử', :o)
                RETURNING id""")
                .param("c", p + "G")
                .param("s", sector)
                .param("o", department)
                .query(Long.class)
                .single();
        sexCombo = jdbc.sql("INSERT INTO category_combo (code, name) VALUES (:c, 'Giới tính') RETURNING id")
                .param("c", p + "SEXCC")
                .query(Long.class)
                .single();
        male = combo("M", "Nam");
        female = combo("F", "Nữ");
    }

    public String code(String suffix) {
        return p + suffix;
    }

    /** A numeric item of the group, owned by the department; returns its code. */
    public String item(String suffix, String unitAggregation, String timeAggregation, String periodType) {
        return item(suffix, unitAggregation, timeAggregation, periodType, 0, "INTERNAL");
    }

    String item(
            String suffix,
            String unitAggregation,
            String timeAggregation,
            String periodType,
            long combo,
            String sharing) {
        jdbc.sql("""
                INSERT INTO data_item (code, group_id, name, name_en, value_type, aggregation_type,
                                       time_aggregation_type, period_type, category_combo_id, owner_unit_id, sharing,
                                       unit_of_measure)
                VALUES (:c, :g, :n, :en, 'NUMBER', :a, :t, :pt, :cc, :o, :s, 'người')""")
                .param("c", p + suffix)
                .param("g", group)
                .param("n", "Chỉ tiêu " + suffix)
                .param("en", "Item " + suffix)
                .param("a", unitAggregation)
                .param("t", timeAggregation)
                .param("pt", periodType)
                .param("cc", combo)
                .param("o", department)
                .param("s", sharing)
                .update();
        return p + suffix;
    }

    /** Records that C3 was merged into C1 on 1 July 2025. */
    void mergeC3IntoC1() {
        jdbc.sql("""
                INSERT INTO org_unit_succession (kind, predecessor_id, successor_id, effective_date)
                VALUES ('MERGE', :from, :to, DATE '2025-07-01')""").param("from", c3).param("to", c1).update();
        jdbc.sql("UPDATE org_unit SET valid_to = DATE '2025-06-30' WHERE id = :id")
                .param("id", c3)
                .update();
    }

    /** A value row for {@link #write}: item code, period, unit id, value (null deletes). */
    static DataValueInput value(String item, String period, String unitCode, @Nullable String value) {
        return new DataValueInput(item, period, unitCode, null, value, null);
    }

    public DataValueInput value(String item, String period, long unit, @Nullable String value) {
        return new DataValueInput(item, period, unitCode(unit), null, value, null);
    }

    DataValueInput value(String item, String period, long unit, String combo, String value) {
        return new DataValueInput(item, period, unitCode(unit), combo, value, null);
    }

    /**
     * Writes through the data values service as the system user, fails the test on any conflict, and waits until the
     * analytics index has taken the write in (a large write's index update runs after commit, off the caller).
     */
    public ImportSummary write(List<DataValueInput> rows) {
        ImportSummary summary = values.importValues(new ArrayList<>(rows), ImportOptions.defaults(ChangeSource.API));
        if (!summary.conflicts().isEmpty()) {
            throw new AssertionError("Import conflicts: " + summary.conflicts());
        }
        analytics.awaitCurrent();
        return summary;
    }

    String unitCode(long id) {
        return jdbc.sql("SELECT code FROM org_unit WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long combo(String suffix, String name) {
        return jdbc.sql("INSERT INTO category_option_combo (combo_id, code, name) VALUES (:cc, :c, :n) RETURNING id")
                .param("cc", sexCombo)
                .param("c", p + suffix)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
