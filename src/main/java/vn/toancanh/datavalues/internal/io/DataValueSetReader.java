package vn.toancanh.datavalues.internal.io;

import java.io.InputStream;
import java.util.List;
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

    private final JsonMapper json;
    private final DataValuesProperties properties;

    DataValueSetReader(JsonMapper json, DataValuesProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    public List<DataValueInput> readJson(InputStream body, long contentLength) {
        return new JsonValueSetParser(json, properties.maxImportRows()).parse(limited(body, contentLength));
    }

    public List<DataValueInput> readCsv(InputStream body, long contentLength) {
        return new CsvValueSetParser(properties.maxImportRows()).parse(limited(body, contentLength));
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
