package vn.toancanh.datavalues.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.DataValueView;
import vn.toancanh.datavalues.internal.io.ValueSetWriter;

/**
 * Opens the response only when the first value (or the end) arrives, so an invalid query still gets a clean problem
 * response instead of a half-written file.
 */
final class ExportStream implements Consumer<DataValueView> {

    private final ValueSetWriter.Format format;
    private final HttpServletResponse response;
    private final JsonMapper json;
    private @Nullable ValueSetWriter writer;

    ExportStream(ValueSetWriter.Format format, HttpServletResponse response, JsonMapper json) {
        this.format = format;
        this.response = response;
        this.json = json;
    }

    @Override
    public void accept(DataValueView value) {
        open().accept(value);
    }

    void finish() throws IOException {
        open().finish();
    }

    private ValueSetWriter open() {
        if (writer == null) {
            response.setContentType(format.contentType);
            if (format != ValueSetWriter.Format.JSON) {
                response.setHeader(
                        "Content-Disposition", "attachment; filename=\"dataValueSet." + format.extension + "\"");
            }
            try {
                writer = ValueSetWriter.open(format, response.getOutputStream(), json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return writer;
    }
}
