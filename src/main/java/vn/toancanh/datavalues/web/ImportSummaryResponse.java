package vn.toancanh.datavalues.web;

import java.util.List;
import vn.toancanh.datavalues.ImportConflict;
import vn.toancanh.datavalues.ImportSummary;

/**
 * DHIS2's import summary shape, so existing scripts read it unchanged. As in DHIS2, a conflict's {@code value} holds
 * the message; {@code reason} repeats it under a clearer name, and {@code row} / {@code property} locate it.
 */
public record ImportSummaryResponse(
        String responseType,
        String status,
        String description,
        boolean dryRun,
        ImportCount importCount,
        List<Conflict> conflicts) {

    public record ImportCount(int imported, int updated, int ignored, int deleted) {}

    public record Conflict(int row, String object, String property, String value, String reason) {

        static Conflict from(ImportConflict c) {
            return new Conflict(c.row(), c.object(), c.property(), c.reason(), c.reason());
        }
    }

    public static ImportSummaryResponse from(ImportSummary s) {
        return new ImportSummaryResponse(
                "ImportSummary",
                s.status().name(),
                description(s),
                s.dryRun(),
                new ImportCount(s.imported(), s.updated(), s.ignored(), s.deleted()),
                s.conflicts().stream().map(Conflict::from).toList());
    }

    private static String description(ImportSummary s) {
        String prefix = s.dryRun() ? "Chạy thử (không ghi): " : "";
        return prefix
                + switch (s.status()) {
                    case SUCCESS -> "Nhập dữ liệu thành công";
                    case WARNING -> "Đã nhập các dòng hợp lệ; " + s.conflicts().size() + " lỗi được bỏ qua";
                    case ERROR -> "Không ghi dữ liệu nào: có " + s.conflicts().size() + " lỗi";
                };
    }
}
