package vn.toancanh.exchange.web;

import java.util.List;
import vn.toancanh.datavalues.ImportConflict;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.exchange.internal.Dhis2ImportResult;

/**
 * A pull's outcome: DHIS2's import summary shape (status, importCount, conflicts) plus where the values came from and
 * how many arrived. Each conflict names its row (the value's place in DHIS2's answer, from 1), field and reason.
 */
record Dhis2ImportResponse(
        String status,
        String description,
        boolean dryRun,
        String remoteHost,
        int received,
        ImportCount importCount,
        List<Conflict> conflicts) {

    record ImportCount(int imported, int updated, int ignored, int deleted) {}

    record Conflict(int row, String field, String object, String reason) {

        static Conflict from(ImportConflict c) {
            return new Conflict(c.row(), c.property(), c.object(), c.reason());
        }
    }

    static Dhis2ImportResponse from(Dhis2ImportResult r) {
        ImportSummary s = r.summary();
        return new Dhis2ImportResponse(
                s.status().name(),
                description(r),
                s.dryRun(),
                r.host(),
                r.received(),
                new ImportCount(s.imported(), s.updated(), s.ignored(), s.deleted()),
                s.conflicts().stream().map(Conflict::from).toList());
    }

    static String description(Dhis2ImportResult r) {
        ImportSummary s = r.summary();
        String prefix = s.dryRun() ? "Chạy thử (không ghi): " : "";
        return prefix
                + switch (s.status()) {
                    case SUCCESS ->
                        "Nhận " + r.received() + " giá trị từ " + r.host() + ": thêm " + s.imported() + ", cập nhật "
                                + s.updated() + ", không đổi " + s.ignored() + ", xoá " + s.deleted();
                    case WARNING, ERROR ->
                        "Không ghi giá trị nào: " + s.conflicts().size() + " dòng bị từ chối trong " + r.received()
                                + " giá trị nhận từ " + r.host();
                };
    }
}
