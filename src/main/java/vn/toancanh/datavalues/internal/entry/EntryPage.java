package vn.toancanh.datavalues.internal.entry;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;

/**
 * What the entry page shows: the three pickers with their choices, and the grid once all three are chosen.
 *
 * @param emptyKey message key of the empty state shown instead of the grid, null when there is a grid
 */
public record EntryPage(
        List<UnitView> units,
        @Nullable UnitView unit,
        List<GroupHeading> groupHeadings,
        @Nullable DataGroupView group,
        List<Period> periods,
        @Nullable Period period,
        @Nullable EntryGrid grid,
        @Nullable String emptyKey) {

    /** Groups of one sector under a domain – sector heading (an optgroup). */
    public record GroupHeading(String label, List<DataGroupView> groups) {}

    /** The query string that reopens this page as it is, for links (Excel template) and the pushed URL. */
    public String query() {
        StringBuilder q = new StringBuilder();
        if (unit != null) {
            q.append("orgUnit=").append(encode(unit.code()));
        }
        if (group != null) {
            q.append(q.isEmpty() ? "" : "&").append("group=").append(encode(group.code()));
        }
        if (period != null) {
            q.append(q.isEmpty() ? "" : "&").append("period=").append(encode(period.id()));
        }
        return q.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
