package vn.toancanh.datavalues.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import vn.toancanh.datavalues.DataValueView;

/** Writes exported values to a stream, one at a time, in one of the export formats. */
public interface ValueSetWriter extends Consumer<DataValueView> {

    /** Ends the document (closing brackets, the workbook) and flushes; the stream stays open. */
    void finish() throws IOException;

    enum Format {
        JSON("application/json", "json"),
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String contentType;
        public final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    static ValueSetWriter open(Format format, OutputStream out, tools.jackson.databind.json.JsonMapper json)
            throws IOException {
        return switch (format) {
            case JSON -> new JsonValueSetWriter(json, out);
            case CSV -> new CsvValueSetWriter(out);
            case XLSX -> new XlsxValueSetWriter(out);
        };
    }
}
