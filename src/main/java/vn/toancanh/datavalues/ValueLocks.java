package vn.toancanh.datavalues;

import java.util.Collection;
import java.util.List;

/**
 * Values another module has locked — a submitted or approved periodic report locks its items for its unit and period.
 * Every write path asks the beans implementing this before it writes; a locked row is rejected with the reason given,
 * like any other invalid row.
 */
public interface ValueLocks {

    /** The locks on these units' values in these periods (period ids such as {@code 202403}). */
    List<Lock> locked(Collection<Long> unitIds, Collection<String> periods);

    /** Values of {@code itemId} (all its disaggregations) for the unit and period may not be written. */
    record Lock(long itemId, long unitId, String period, String reason) {}
}
