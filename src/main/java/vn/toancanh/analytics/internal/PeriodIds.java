package vn.toancanh.analytics.internal;

import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * The period ids values refer to, as (type, ordinal) in arrays indexed by id: periods are few (one row per month,
 * quarter, … that ever held a value), so a lookup per value costs two array reads. Reloaded when an unknown id shows
 * up. Guarded by the {@link ValueIndex} lock for writes.
 */
@Component
class PeriodIds {

    private final DataValueService values;
    private volatile PeriodType[] types = new PeriodType[0];
    private volatile int[] ordinals = new int[0];

    PeriodIds(DataValueService values) {
        this.values = values;
    }

    /** The type of period {@code id}, loading the period list again if it is new; null when it does not exist. */
    PeriodType type(int id) {
        if (id >= types.length || types[id] == null) {
            reload();
        }
        return id < types.length ? types[id] : null;
    }

    /** Call after {@link #type} returned non-null. */
    int ordinal(int id) {
        return ordinals[id];
    }

    synchronized void reload() {
        Map<Integer, String> isos = values.periodIsos();
        int size = isos.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        PeriodType[] t = new PeriodType[size];
        int[] o = new int[size];
        Arrays.fill(o, Integer.MIN_VALUE);
        isos.forEach((id, iso) -> Period.parse(iso).ifPresent(p -> {
            t[id] = p.type();
            o[id] = PeriodOrdinals.of(p.type(), p.startDate());
        }));
        ordinals = o;
        types = t;
    }
}
