package vn.toancanh.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * Tests only: makes sure the units the catalog demo refers to exist ({@code 312}, {@code 312-TCKH}, …, the 16
 * communes), inserting only those the organisation demo has not created. Runs between organisation (100) and
 * catalog (200); a no-op once the organisation demo provides them.
 */
@Component
class DemoUnitsFixture implements DemoDataStep {

    private final JdbcClient jdbc;

    DemoUnitsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public String name() {
        return "catalog-test-units";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        long district = unit("312", "Huyện An Dương", "DISTRICT", 2, null);
        for (String line : lines("demo/district-units.csv")) {
            String[] f = line.split(",");
            unit("312-" + f[0], f[1], f[3].contains("phối") ? "PARTNER" : "DEPARTMENT", 3, district);
        }
        for (String line : lines("demo/vn-units.csv")) {
            String[] f = line.split(",");
            if (f[3].equals("312")) {
                unit(f[0], f[1], f[4].equals("thị trấn") ? "TOWNSHIP" : "COMMUNE", 3, district);
            }
        }
    }

    private long unit(String code, String name, String kind, int level, Long parent) {
        jdbc.sql("""
                INSERT INTO org_unit (code, name, kind, level, parent_id, path) VALUES (:code, :name, :kind, :level,
                  :parent, '') ON CONFLICT (code) DO NOTHING""")
                .param("code", code)
                .param("name", name)
                .param("kind", kind)
                .param("level", level)
                .param("parent", parent)
                .update();
        jdbc.sql("""
                UPDATE org_unit u SET path = coalesce((SELECT p.path FROM org_unit p WHERE p.id = u.parent_id), '/')
                  || u.id || '/' WHERE u.code = :code AND u.path = ''""").param("code", code).update();
        return jdbc.sql("SELECT id FROM org_unit WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private static List<String> lines(String resource) {
        try {
            String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
