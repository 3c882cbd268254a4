package vn.toancanh.shared.internal;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toancanh.shared.DemoDataStep;

/**
 * Runs the modules' demo data steps once each, in order, each in a transaction of its own under an advisory lock, so
 * two instances starting together do not both load a step. A step is committed before the next begins: later steps
 * read earlier ones' data through components with connections of their own (the analytics index takes written values
 * in only after commit, and the demo targets are set from its figures).
 */
@Component
@Order(0)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private static final long LOCK_KEY = 7_406_611_001L;

    private final List<DemoDataStep> steps;
    private final DemoDataProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean embedded;

    DemoDataRunner(
            List<DemoDataStep> steps,
            DemoDataProperties properties,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Environment environment) {
        this.steps = steps.stream()
                .sorted(Comparator.comparingInt(DemoDataStep::order))
                .toList();
        this.properties = properties;
        this.jdbc = jdbc;
        this.tx = tx;
        this.embedded = environment.getProperty("spring.datasource.url", "").isEmpty();
    }

    boolean enabled() {
        String flag = properties.enabled().trim();
        return flag.isEmpty() ? embedded : Boolean.parseBoolean(flag);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        for (DemoDataStep step : steps) {
            tx.executeWithoutResult(status -> runOnce(step));
        }
    }

    private void runOnce(DemoDataStep step) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", LOCK_KEY)
                .query()
                .singleValue();
        boolean done = jdbc.sql("SELECT count(*) FROM demo_data_load WHERE step = :step")
                        .param("step", step.name())
                        .query(Long.class)
                        .single()
                > 0;
        if (done) {
            return;
        }
        long start = System.nanoTime();
        step.load(properties.size(), properties.seed());
        jdbc.sql("INSERT INTO demo_data_load (step, size) VALUES (:step, :size)")
                .param("step", step.name())
                .param("size", properties.size().name())
                .update();
        log.info(
                "Demo data '{}' ({}) loaded in {} ms",
                step.name(),
                properties.size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
