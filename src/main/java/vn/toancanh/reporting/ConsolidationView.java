package vn.toancanh.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A district's consolidation of a form for a period: the approved reports of the units under it, added up item by
 * item (averaged for items whose figures are averages), with each included unit's figure beside the total, and the
 * units whose report is not approved yet, which the totals leave out.
 *
 * @param sourceFormCode the form the units filled, when it is not this form (null: this form)
 * @param units every assigned unit under the district, in the form's order, with its report's status
 * @param submittedAt when the district sent this consolidation on (null: not yet)
 */
public record ConsolidationView(
        String formCode,
        String formName,
        String unitCode,
        String unitName,
        String period,
        String periodLabel,
        @Nullable String sourceFormCode,
        @Nullable String sourceFormName,
        List<UnitLine> units,
        List<Line> lines,
        @Nullable Instant submittedAt,
        @Nullable String submittedBy) {

    public ConsolidationView {
        units = List.copyOf(units);
        lines = List.copyOf(lines);
    }

    /** @param included its report is approved, so its figures count */
    public record UnitLine(String code, String name, ReportStatus status, boolean included) {}

    /**
     * One row of the form: the figure of each included unit (in {@link #included()} order) and the total.
     *
     * @param section the section title the row opens, null for rows within a section
     */
    public record Line(
            @Nullable String section,
            int number,
            String itemCode,
            String itemName,
            @Nullable String unitOfMeasure,
            String comboCode,
            @Nullable String comboName,
            List<@Nullable Double> values,
            @Nullable Double total) {

        public Line {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public List<UnitLine> included() {
        return units.stream().filter(UnitLine::included).toList();
    }

    public List<UnitLine> missing() {
        return units.stream().filter(u -> !u.included()).toList();
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
