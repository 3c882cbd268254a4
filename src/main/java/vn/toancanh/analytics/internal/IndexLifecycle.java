package vn.toancanh.analytics.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.DataValueService;

/**
 * Starts listening for other instances' changes, then rebuilds the index from PostgreSQL in the background, so the
 * application accepts requests at once (queries wait until the index is ready). Stopping ends the listening only;
 * starting again (a paused context resumed) listens again and catches up from the change table since it last heard.
 */
@Component
class IndexLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

    private final ValueIndex index;
    private final DataValueService values;
    private final DataSource dataSource;
    private final ChangeLog changes;
    private final ChangeApplier applier;
    private final AtomicReference<@Nullable Instant> heard = new AtomicReference<>();
    private volatile @Nullable ChangeListener listener;
    private volatile boolean running;
    private boolean loaded;

    IndexLifecycle(
            ValueIndex index,
            DataValueService values,
            DataSource dataSource,
            ChangeLog changes,
            ChangeApplier applier) {
        this.index = index;
        this.values = values;
        this.applier = applier;
        this.dataSource = dataSource;
        this.changes = changes;
    }

    @Override
    public synchronized void start() {
        running = true;
        ChangeListener listening = new ChangeListener(dataSource, changes, applier, heard);
        listener = listening;
        Thread thread = new Thread(listening, "analytics-listen");
        thread.setDaemon(true);
        thread.start();
        if (!loaded) {
            loaded = true;
            Thread loading = new Thread(this::load, "analytics-load");
            loading.setDaemon(true);
            loading.start();
        }
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
    public synchronized void stop() {
        running = false;
        ChangeListener listening = listener;
        if (listening != null) {
            listening.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
