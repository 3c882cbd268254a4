package vn.toancanh.operations.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/** The months whose figures a record's change touches, as period ids ({@code 202611}). */
public final class MonthIds {

    private MonthIds() {}

    /** The months from {@code from}'s to {@code to}'s, at most {@code max} of them. */
    public static Set<String> between(LocalDate from, LocalDate to, int max) {
        Set<String> out = new LinkedHashSet<>();
        Period p = Period.of(PeriodType.MONTHLY, from);
        for (int i = 0; i < max && !p.startDate().isAfter(to); i++, p = p.next()) {
            out.add(p.id());
        }
        return out;
    }

    /** The month under way, for each of these units: its open records' overdue counts grow as time passes. */
    static Map<Long, Set<String>> current(List<Long> units) {
        String month =
                Period.of(PeriodType.MONTHLY, OrganisationService.today()).id();
        Map<Long, Set<String>> months = new HashMap<>();
        units.forEach(u -> months.put(u, Set.of(month)));
        return months;
    }
}
