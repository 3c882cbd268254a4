package vn.toancanh.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import vn.toancanh.exchange.internal.AccessLogFilter;
import vn.toancanh.exchange.internal.AccessLogService;
import vn.toancanh.exchange.internal.AccessLogView;

/** The access log as CSV (UTF-8 with BOM so Excel reads the Vietnamese names), streamed row by row. */
final class AccessLogCsv {

    private AccessLogCsv() {}

    static void write(AccessLogService log, AccessLogFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"nhat-ky-truy-cap.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        out.write(
                "id,time,client_id,client,key_prefix,method,path,status,response_bytes,row_count,duration_ms,client_address,"
                        + "prev_hash,entry_hash\r\n");
        log.forEach(filter, row -> line(out, row));
        out.flush();
    }

    private static void line(Writer out, AccessLogView r) {
        try {
            out.write(String.join(
                    ",",
                    String.valueOf(r.id()),
                    r.loggedAt().toString(),
                    r.clientId() == null ? "" : String.valueOf(r.clientId()),
                    cell(r.clientName()),
                    cell(r.keyPrefix()),
                    r.method(),
                    cell(r.path()),
                    String.valueOf(r.status()),
                    String.valueOf(r.responseBytes()),
                    r.rowCount() == null ? "" : String.valueOf(r.rowCount()),
                    String.valueOf(r.durationMillis()),
                    cell(r.clientAddress()),
                    r.prevHash(),
                    r.entryHash()));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        String safe = s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@") ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
