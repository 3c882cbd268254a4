package vn.toancanh.analytics.internal;

import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.toancanh.datavalues.DataValuesWritten;

/**
 * Follows every write of values. A plain listener inside the writing transaction (not a transactional event
 * listener: those are persisted by the event registry, which would serialise every key of a 100,000-value import):
 * it records the region for other instances and, after commit, has this instance's index take it in. Small writes
 * (a form save) wait until the index has them, so the writer reads its own write; large imports do not wait.
 */
@Component
class ChangeFeed {

    private static final int WAIT_UP_TO_KEYS = 1_000;
    private static final Duration WAIT_AT_MOST = Duration.ofSeconds(2);

    private final ChangeLog log;
    private final ChangeApplier applier;

    ChangeFeed(ChangeLog log, ChangeApplier applier) {
        this.log = log;
        this.applier = applier;
    }

    @EventListener
    void on(DataValuesWritten event) {
        ChangeRegion region = ChangeRegion.of(event.keys());
        boolean wait = event.keys().size() <= WAIT_UP_TO_KEYS;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            log.record(region);
            applier.apply(region, event.keys(), wait ? WAIT_AT_MOST : Duration.ZERO);
            return;
        }
        log.record(region);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                applier.apply(region, event.keys(), wait ? WAIT_AT_MOST : Duration.ZERO);
            }
        });
    }
}
