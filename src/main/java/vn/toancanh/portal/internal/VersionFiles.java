package vn.toancanh.portal.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset version's JSON and Excel files, built from its frozen CSV rows and its own record only (never from the
 * live catalog), so they stay the same however the dataset changes later. The JSON is byte-for-byte stable; an
 * Excel file carries its build time inside, so it is the same data, not the same bytes.
 */
@Component
public class VersionFiles {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final JsonMapper json;

    VersionFiles(JsonMapper json) {
        this.json = json;
    }

    public void json(DatasetVersionView version, byte[] csv, OutputStream out) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        rows(csv, cells -> {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            for (int c = 0; c < OpenDataFiles.KEYS.size(); c++) {
                row.put(OpenDataFiles.KEYS.get(c), cells.get(c));
            }
            Object value = cells.get(7);
            row.put("value", value == null ? null : OpenDataFiles.number(value.toString()));
            rows.add(row);
        });
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("dataset", version.datasetCode());
        body.put("title", version.title());
        body.put("version", version.version());
        body.put("published_at", version.publishedAt().toString());
        body.put("note", version.note());
        body.put("csv_sha256", version.sha256());
        body.put("count", rows.size());
        body.put("values", rows);
        json.writeValue(out, body);
    }

    public void xlsx(DatasetVersionView version, byte[] csv, OutputStream out) throws IOException {
        OpenDataFiles.xlsx(
                version.title() + " – phiên bản " + version.version() + " (" + DAY.format(version.publishedAt()) + ")",
                "Mã: " + version.datasetCode() + " · SHA-256 của tệp CSV: " + version.sha256(),
                sink -> rows(csv, sink),
                out);
    }

    /** The CSV's value rows, each its cells in column order (empty cells as null). */
    static void rows(byte[] csv, Consumer<List<@Nullable Object>> sink) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            int first = reader.read();
            if (first != '\uFEFF' && first != -1) {
                throw new IllegalStateException("A version's CSV starts with its byte-order mark");
            }
            boolean header = true;
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                if (header) {
                    header = false;
                    continue;
                }
                List<@Nullable Object> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(cell.isEmpty() ? null : cell));
                sink.accept(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
