package vn.toancanh.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.shared.Sha256;

/** A version's JSON is built from its frozen CSV alone: the same bytes every time, cells with commas and quotes intact. */
class VersionFilesTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final VersionFiles files = new VersionFiles(json);

    @Test
    void jsonIsStableAndKeepsEveryCell() throws Exception {
        byte[] csv = csv(
                List.of(
                        "A-1",
                        "Diện tích lúa, \"vụ\" chiêm",
                        "ha",
                        "2025",
                        "11584",
                        "Xã Lê Thiện",
                        "Tổng số",
                        "135.5",
                        "2026-01-02T03:04:05Z"),
                List.of(
                        "A-2",
                        "Ghi chú\nhai dòng",
                        "",
                        "2025",
                        "11584",
                        "Xã Lê Thiện",
                        "Tổng số",
                        "có",
                        "2026-01-02T03:04:05Z"));
        DatasetVersionView v = new DatasetVersionView(
                "A", 3, "Nông nghiệp", Instant.parse("2026-12-01T19:00:00Z"), "admin", 2, Sha256.hex(csv), null);

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        files.json(v, csv, first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        files.json(v, csv, second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());

        JsonNode body = json.readTree(first.toByteArray());
        assertThat(body.get("version").asInt()).isEqualTo(3);
        assertThat(body.get("csv_sha256").asString()).isEqualTo(Sha256.hex(csv));
        assertThat(body.get("count").asInt()).isEqualTo(2);
        JsonNode rows = body.get("values");
        assertThat(rows.get(0).get("item_name").asString()).isEqualTo("Diện tích lúa, \"vụ\" chiêm");
        assertThat(rows.get(0).get("value").isNumber()).isTrue();
        assertThat(rows.get(0).get("value").asDouble()).isEqualTo(135.5);
        assertThat(rows.get(1).get("item_name").asString()).isEqualTo("Ghi chú\nhai dòng");
        assertThat(rows.get(1).get("unit_of_measure").isNull()).isTrue();
        assertThat(rows.get(1).get("value").asString()).isEqualTo("có");
    }

    @Test
    void contentSurvivesCompression() throws Exception {
        byte[] csv = csv(
                List.of("A-1", "Dân số", "người", "2025", "11584", "Xã", "Tổng số", "1200", "2026-01-02T03:04:05Z"));
        assertThat(Frozen.gunzip(Frozen.gzip(csv))).isEqualTo(csv);
        List<List<Object>> rows = new ArrayList<>();
        VersionFiles.rows(csv, rows::add);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).hasSize(OpenDataFiles.KEYS.size()).contains("Dân số");
    }

    @SafeVarargs
    private static byte[] csv(List<String>... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(OpenDataFiles.KEYS);
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
        return out.toByteArray();
    }
}
