package vn.toancanh.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Who has reported: each unit's report of a form over recent periods (oldest first), and per period how many were
 * expected, sent, sent on time and are overdue — the completeness and timeliness of the reporting regime.
 */
public record CompletenessView(
        ReportFormView form, LocalDate today, List<String> periods, List<Row> rows, List<Total> totals) {

    public CompletenessView {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    public record Row(ReportFormView.FormUnit unit, List<ReportView> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One period's figures; rates in percent, null when nothing was expected (or sent, for timeliness). */
    public record Total(String period, String label, int expected, int sent, int onTime, int overdue) {

        public Double completeness() {
            return expected == 0 ? null : 100.0 * sent / expected;
        }

        public Double timeliness() {
            return sent == 0 ? null : 100.0 * onTime / sent;
        }
    }
}
