package vn.toancanh.analytics.internal;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.DataValueService;

/**
 * Starts listening for other instances' changes, then rebuilds the index from PostgreSQL in the background, so the
 * application accepts requests at once (queries wait until the index is ready). Runs after the demo data has loaded:
 * the demo loader runs before the web server starts, the index load when the context has started.
 */
@Component
class IndexLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

    private final ValueIndex index;
    private final DataValueService values;
    private final ChangeListener listener;
    private final ChangeApplier applier;
    private volatile boolean running;

    IndexLifecycle(
            ValueIndex index,
            DataValueService values,
            DataSource dataSource,
            ChangeLog changes,
            ChangeApplier applier) {
        this.index = index;
        this.values = values;
        this.applier = applier;
        this.listener = new ChangeListener(dataSource, changes, applier);
    }

    @Override
    public void start() {
        running = true;
        Thread listening = new Thread(listener, "analytics-listen");
        listening.setDaemon(true);
        listening.start();
        Thread loading = new Thread(this::load, "analytics-load");
        loading.setDaemon(true);
        loading.start();
    }

    private void load() {
        long start = System.nanoTime();
        try {
            values.forEachNumericValue(index.loader());
        } catch (RuntimeException e) {
            log.error("Analytics index could not be loaded; queries will see no values", e);
        }
        index.markReady();
        ValueIndex.Stats stats = index.stats();
        log.info(
                "Analytics index loaded {} values of {} items ({} series, ~{} MB) in {} ms",
                stats.loadedValues(),
                stats.items(),
                stats.series(),
                stats.arrayBytes() / (1024 * 1024),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void stop() {
        running = false;
        listener.stop();
        applier.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
