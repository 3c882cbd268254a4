package vn.toancanh.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.shared.PageResult;

/** Reading the audit log: pages for the admin screen and the API, CSV for the auditors' spreadsheets. */
@Service
public class AuditQueryService {

    /** An export is for a period under review, not a dump of the whole log. */
    public static final int MAX_EXPORT_ROWS = 100_000;

    private final AuditLogRepository log;

    AuditQueryService(AuditLogRepository log) {
        this.log = log;
    }

    @Transactional(readOnly = true)
    public PageResult<AuditEntryView> page(AuditFilter filter, int page, int pageSize) {
        return log.page(filter, Math.max(1, page), Math.max(1, Math.min(pageSize, 1000)));
    }

    /** UTF-8 CSV with a byte order mark, so Excel shows Vietnamese letters right. */
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("Thời điểm", "Người dùng", "Thao tác", "Đối tượng", "Mã", "Chi tiết", "Địa chỉ IP")
                        .get());
        log.each(filter, MAX_EXPORT_ROWS, e -> {
            try {
                csv.printRecord(
                        e.atText(),
                        cell(e.username()),
                        e.action(),
                        e.entityType(),
                        cell(e.entityKey()),
                        cell(e.details()),
                        e.clientIp());
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        });
        csv.flush();
    }

    /** A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote. */
    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
    }
}
