package vn.toancanh.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.VietnameseNumbers;

/**
 * A report as its page shows it, laid out like the paper form: each section's items (one row per disaggregation),
 * this period's values and the previous period's beside them, in Vietnamese number format, and what the reader may do.
 *
 * @param violations the validation rules the values as stored break
 * @param overdue not sent and past its deadline today
 */
public record ReportEntryView(
        ReportFormView form,
        ReportView report,
        String previousPeriodLabel,
        LocalDate dataFrom,
        LocalDate dataUntil,
        List<Section> sections,
        List<Violation> violations,
        boolean overdue,
        boolean canFill,
        boolean canApprove,
        boolean canReopen) {

    public ReportEntryView {
        sections = List.copyOf(sections);
        violations = List.copyOf(violations);
    }

    public record Section(String title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param field the form field of the value: {@code v:ITEM:COMBO}
     * @param comboName the disaggregation, null for an item without one
     */
    public record Row(
            int number,
            String itemCode,
            String itemName,
            @Nullable String unitOfMeasure,
            String comboCode,
            @Nullable String comboName,
            String field,
            String value,
            String previous,
            boolean numeric) {

        /** What was entered, for machines: a number as {@code 1234.5} (not as shown), null when nothing was. */
        public @Nullable String machineValue() {
            if (value.isBlank()) {
                return null;
            }
            return numeric ? VietnameseNumbers.toMachine(value) : value;
        }
    }

    /** Whether the unit may still change the values. */
    public boolean editable() {
        return canFill && report.status().editable();
    }
}
