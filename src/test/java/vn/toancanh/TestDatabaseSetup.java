package vn.toancanh;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each test JVM starts from an empty schema: the first application context cleans the database and migrates it;
 * later contexts in the same JVM only migrate (a no-op), so they share the data the first one loaded.
 */
@Configuration(proxyBeanMethods = false)
class TestDatabaseSetup {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOncePerJvm() {
        return flyway -> {
            // -Dbench.reuse=true: the benchmark measures queries on the data a previous run left
            if (CLEANED.compareAndSet(false, true) && !Boolean.getBoolean("bench.reuse")) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
