package vn.toancanh.catalog;

/** Which side of a target is good: reach at least the value (revenue, on-time rate) or stay at most (accidents). */
public enum TargetDirection {
    AT_LEAST,
    AT_MOST;

    /** True when {@code actual} meets a target of {@code target} in this direction. */
    public boolean isMet(double actual, double target) {
        return this == AT_LEAST ? actual >= target : actual <= target;
    }
}
