package vn.toancanh.datavalues.internal.io;

import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.internal.DataValuesProperties;

/**
 * Reads an uploaded data value set (DHIS2 JSON or CSV) into rows, streaming and within the configured limits.
 * Malformed input is an {@link vn.toancanh.shared.InvalidInputException} naming where it broke; too much input a
 * {@link PayloadTooLargeException}.
 */
@Component
public class DataValueSetReader {

    private static final Logger log = LoggerFactory.getLogger(DataValueSetReader.class);

    private final JsonMapper json;
    private final DataValuesProperties properties;

    DataValueSetReader(JsonMapper json, DataValuesProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    public List<DataValueInput> readJson(InputStream body, long contentLength) {
        long start = System.nanoTime();
        List<DataValueInput> rows =
                new JsonValueSetParser(json, properties.maxImportRows()).parse(limited(body, contentLength));
        log.debug("Read {} JSON rows ({} bytes) in {} ms", rows.size(), contentLength, millis(start));
        return rows;
    }

    public List<DataValueInput> readCsv(InputStream body, long contentLength) {
        long start = System.nanoTime();
        List<DataValueInput> rows =
                new CsvValueSetParser(properties.maxImportRows()).parse(limited(body, contentLength));
        log.debug("Read {} CSV rows ({} bytes) in {} ms", rows.size(), contentLength, millis(start));
        return rows;
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** The rows of the first sheet, and the sheet row each came from. */
    public XlsxRows readXlsx(InputStream body, long contentLength) {
        XlsxValueSetParser.SheetRows sheet =
                new XlsxValueSetParser(properties.maxImportRows()).parse(limited(body, contentLength));
        return new XlsxRows(
                sheet.rows(),
                sheet.sheetRows().stream().mapToInt(Integer::intValue).toArray());
    }

    /** Rows read from a workbook; {@code sheetRows[i]} is the sheet row of {@code rows.get(i)}. */
    public record XlsxRows(List<DataValueInput> rows, int[] sheetRows) {

        /** Maps a conflict's batch row (index plus one) to the sheet row. */
        public int sheetRow(int batchRow) {
            return batchRow >= 1 && batchRow <= sheetRows.length ? sheetRows[batchRow - 1] : batchRow;
        }
    }

    private InputStream limited(InputStream body, long contentLength) {
        long max = properties.maxImportSize().toBytes();
        if (contentLength > max) {
            throw new PayloadTooLargeException("Dữ liệu gửi lên (" + contentLength / (1024 * 1024)
                    + " MB) vượt quá giới hạn " + max / (1024 * 1024) + " MB");
        }
        return new LimitedInputStream(body, max);
    }
}
