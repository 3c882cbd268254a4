package vn.toancanh.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.shared.DemoDataSize;

/**
 * The benchmark catalog (112 × 300 = 33,600 items) loads in well under a minute. Runs in a transaction that is
 * rolled back, so the MINIMAL catalog the other tests use comes back untouched.
 */
@SpringBootTest
@Transactional
class CatalogSeedLoadTests {

    @Autowired
    CatalogDemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedCatalogLoadsQuickly() {
        for (String table : new String[] {
            "data_item_reporting_unit",
            "data_item",
            "data_group_reporting_unit",
            "data_group",
            "indicator",
            "data_sector",
            "data_domain",
            "category_option_combo_option",
            "category_combo_category",
            "category_option"
        }) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM category_option_combo WHERE id <> 0").update();
        jdbc.sql("DELETE FROM category_combo WHERE id <> 0").update();
        jdbc.sql("DELETE FROM category").update();

        long start = System.nanoTime();
        demo.load(DemoDataSize.SEED, 20240101L);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(jdbc.sql("SELECT count(*) FROM data_item").query(Long.class).single())
                .isEqualTo(33_600);
        assertThat(jdbc.sql("SELECT count(*) FROM data_group").query(Long.class).single())
                .isEqualTo(112);
        assertThat(jdbc.sql("SELECT count(*) FROM data_item WHERE search_text = ''")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        System.out.println("SEED catalog loaded in " + took.toMillis() + " ms");
    }
}
