package vn.toancanh.analytics.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the change channel with a connection of its own, so writes committed by other application instances
 * reach this instance's index within milliseconds. After a lost connection it reconnects and catches up from the
 * change table (re-applying a region is harmless).
 */
final class ChangeListener implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final Duration CATCH_UP_MARGIN = Duration.ofSeconds(10);
    private static final Duration KEEP = Duration.ofDays(1);

    private final DataSource dataSource;
    private final ChangeLog changes;
    private final ChangeApplier applier;
    private final AtomicReference<@Nullable Instant> heard;
    private volatile boolean running = true;
    private volatile boolean listening;
    private Instant lastCleanup = Instant.EPOCH;

    /** @param heard when the channel was last heard, shared with the listener before this one (null: never) */
    ChangeListener(
            DataSource dataSource, ChangeLog changes, ChangeApplier applier, AtomicReference<@Nullable Instant> heard) {
        this.dataSource = dataSource;
        this.changes = changes;
        this.applier = applier;
        this.heard = heard;
    }

    boolean isListening() {
        return listening;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("LISTEN " + ChangeLog.CHANNEL);
                }
                Instant since = heard.get();
                if (since != null) {
                    changes.othersSince(since.minus(CATCH_UP_MARGIN)).forEach(applier::apply);
                }
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    heard.set(Instant.now());
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            handle(n.getParameter());
                        }
                    }
                    cleanUpNowAndThen();
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Analytics change listener lost its connection ({}); reconnecting", e.getMessage());
                    sleep();
                }
            }
        }
        listening = false;
    }

    private void handle(String payload) {
        int colon = payload.lastIndexOf(':');
        if (colon < 0 || changes.isOwn(payload)) {
            return;
        }
        changes.find(Long.parseLong(payload.substring(colon + 1))).ifPresent(applier::apply);
    }

    private void cleanUpNowAndThen() {
        Instant now = Instant.now();
        if (Duration.between(lastCleanup, now).toHours() >= 1) {
            lastCleanup = now;
            changes.deleteOlderThan(now.minus(KEEP));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
