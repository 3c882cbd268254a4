package vn.toancanh.operations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;

/**
 * The frame the operations' monthly figures share: for each unit's months that have begun, what one kind of record
 * counts there, written to its computed items as the system. Each figures class says only what it counts.
 */
@Component
class MonthlyFigures {

    /** One unit's counts for one month that has begun by {@code now}: item code and count, in the order written. */
    interface Counter {
        List<Map.Entry<String, Long>> count(long unitId, Period month, Instant now);
    }

    private final ComputedItems items;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;

    MonthlyFigures(ComputedItems items, OrganisationService organisation, JdbcClient jdbc) {
        this.items = items;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    /** Counts these units' months again and writes them, the items created first if they are missing. */
    void refresh(Map<Long, Set<String>> months, Runnable ensureItems, Counter counter) {
        if (months.isEmpty()) {
            return;
        }
        ensureItems.run();
        Map<Long, UnitView> units = organisation.findByIds(months.keySet());
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, OrganisationService.ZONE);
        List<DataValueInput> rows = new ArrayList<>();
        months.forEach((unitId, ids) -> {
            UnitView unit = units.get(unitId);
            if (unit == null) {
                return;
            }
            for (String id : ids) {
                Period month = Period.parse(id).orElseThrow();
                // a month still to come has nothing to count yet
                if (month.startDate().isAfter(today)) {
                    continue;
                }
                counter.count(unitId, month, now)
                        .forEach(c -> rows.add(ComputedItems.row(c.getKey(), id, unit.code(), c.getValue())));
            }
        });
        items.write(rows);
    }

    /** The month under way of each unit the query lists (a unit id a row). */
    Map<Long, Set<String>> currentMonth(String unitIdsSql) {
        return MonthIds.current(jdbc.sql(unitIdsSql).query(Long.class).list());
    }

    /** The day a month's open records are counted on: its last day, or today while it is under way. */
    static LocalDate asOf(Period month, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, OrganisationService.ZONE);
        return month.endDate().isBefore(today) ? month.endDate() : today;
    }
}
