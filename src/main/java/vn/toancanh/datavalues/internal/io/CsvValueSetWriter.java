package vn.toancanh.datavalues.internal.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.toancanh.datavalues.DataValueView;

/** CSV with the import's column names, so an export can be edited and posted back as is. */
final class CsvValueSetWriter implements ValueSetWriter {

    static final String[] HEADER = {
        "dataElement",
        "period",
        "orgUnit",
        "categoryOptionCombo",
        "value",
        "comment",
        "storedBy",
        "created",
        "lastUpdated"
    };

    private final CSVPrinter printer;

    CsvValueSetWriter(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.printer = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
    }

    @Override
    public void accept(DataValueView v) {
        try {
            printer.printRecord(
                    v.dataElement(),
                    v.period(),
                    v.orgUnit(),
                    v.categoryOptionCombo(),
                    v.value(),
                    v.comment(),
                    v.storedBy(),
                    v.created(),
                    v.lastUpdated());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
