package vn.toancanh.bench;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed-size shape of DESIGN.md, made by the benchmark itself so it depends on no demo step: one district with 12
 * departments, 16 communes and 7 co-managing units (35 reporting units), 4 domains, 112 groups of 300 monthly number
 * items (33,600 items). Each group is reported by 5 of the 35 units, so 60 months give 33,600 × 5 × 60 = 10,080,000
 * values; value {@code n} of that sequence is a pure function of {@code n} (same seed, same data).
 */
final class BenchData {

    static final int GROUPS = 112;
    static final int ITEMS_PER_GROUP = 300;
    static final int ITEMS = GROUPS * ITEMS_PER_GROUP;
    static final int UNITS = 35;
    static final int UNITS_PER_GROUP = 5;
    static final int MONTHS = 60;
    static final int PER_MONTH = ITEMS * UNITS_PER_GROUP;
    static final long FULL = (long) PER_MONTH * MONTHS;

    final String[] itemCodes = new String[ITEMS];
    final long[] itemIds = new long[ITEMS];
    final String[] unitCodes = new String[UNITS];
    final long[] unitIds = new long[UNITS];
    final String[] periods = new String[MONTHS];
    private final long seed;

    BenchData(long seed) {
        this.seed = seed;
        for (int m = 0; m < MONTHS; m++) {
            periods[m] = String.format("%04d%02d", 2020 + m / 12, m % 12 + 1);
        }
    }

    /** Creates the bench units and catalog (idempotent) and loads their ids. */
    void create(JdbcClient jdbc) {
        if (jdbc.sql("SELECT count(*) FROM org_unit WHERE code = 'BENCH-D'")
                        .query(Long.class)
                        .single()
                == 0) {
            units(jdbc);
            catalog(jdbc);
        }
        List<Long> items = jdbc.sql("SELECT id FROM data_item WHERE code LIKE 'BENCH-I%' ORDER BY code")
                .query(Long.class)
                .list();
        List<Long> units = jdbc.sql("SELECT id FROM org_unit WHERE code LIKE 'BENCH-U%' ORDER BY code")
                .query(Long.class)
                .list();
        for (int i = 0; i < ITEMS; i++) {
            itemCodes[i] = String.format("BENCH-I%05d", i + 1);
            itemIds[i] = items.get(i);
        }
        for (int u = 0; u < UNITS; u++) {
            unitCodes[u] = String.format("BENCH-U%02d", u + 1);
            unitIds[u] = units.get(u);
        }
    }

    private static void units(JdbcClient jdbc) {
        long district = jdbc.sql("""
                INSERT INTO org_unit (code, name, kind, level, path) VALUES ('BENCH-D', 'Huyện Benchmark', 'DISTRICT', 2, '')
                RETURNING id""").query(Long.class).single();
        jdbc.sql("UPDATE org_unit SET path = '/' || id || '/' WHERE id = :id")
                .param("id", district)
                .update();
        jdbc.sql("""
                INSERT INTO org_unit (code, name, kind, level, parent_id, path)
                SELECT 'BENCH-U' || lpad(u::text, 2, '0'),
                       CASE WHEN u <= 12 THEN 'Phòng ' WHEN u <= 28 THEN 'Xã ' ELSE 'Đơn vị phối hợp ' END || u,
                       CASE WHEN u <= 12 THEN 'DEPARTMENT' WHEN u <= 28 THEN 'COMMUNE' ELSE 'PARTNER' END,
                       3, :d, '' FROM generate_series(1, 35) u""").param("d", district).update();
        jdbc.sql("UPDATE org_unit SET path = '/' || parent_id || '/' || id || '/' WHERE code LIKE 'BENCH-U%'")
                .update();
    }

    private static void catalog(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO data_domain (code, name) VALUES ('BENCH', 'Benchmark')")
                .update();
        jdbc.sql("""
                INSERT INTO data_sector (code, domain_id, name)
                SELECT 'BENCH-S', id, 'Benchmark' FROM data_domain WHERE code = 'BENCH'""").update();
        jdbc.sql("""
                INSERT INTO data_group (code, sector_id, name, period_type)
                SELECT 'BENCH-G' || lpad(g::text, 3, '0'), s.id, 'Nhóm benchmark ' || g, 'MONTHLY'
                FROM generate_series(1, 112) g, data_sector s WHERE s.code = 'BENCH-S'""").update();
        jdbc.sql("""
                INSERT INTO data_item (code, group_id, name, unit_of_measure, value_type, aggregation_type,
                                       time_aggregation_type, period_type, sort_order)
                SELECT 'BENCH-I' || lpad(i::text, 5, '0'), g.id, 'Chỉ tiêu benchmark ' || i, 'người', 'NUMBER',
                       'SUM', 'SUM', 'MONTHLY', i
                FROM generate_series(1, 33600) i
                JOIN data_group g ON g.code = 'BENCH-G' || lpad(((i - 1) / 300 + 1)::text, 3, '0')""").update();
    }

    int month(long n) {
        return (int) (n / PER_MONTH);
    }

    int item(long n) {
        return (int) (n % PER_MONTH / UNITS_PER_GROUP);
    }

    int unit(long n) {
        int group = item(n) / ITEMS_PER_GROUP;
        int k = (int) (n % UNITS_PER_GROUP);
        return (group + k * 7) % UNITS;
    }

    /** A value with one decimal, up to 100,000: narrow rows, like most indicators. */
    String value(long n) {
        long h = (seed ^ n) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        long tenths = Math.floorMod(h, 1_000_000L);
        return tenths / 10 + "." + tenths % 10;
    }
}
