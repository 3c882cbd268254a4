package vn.toancanh.operations.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.toancanh.shared.TextLines;

/**
 * A one-page PDF of plain Vietnamese text in DejaVu Sans, with a text layer: what the demo's and the tests' document
 * attachments are made of.
 */
public final class SimplePdf {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final int LINE_CHARS = 90;

    private SimplePdf() {}

    public static byte[] of(String text) {
        try (PDDocument document = new PDDocument();
                InputStream font = SimplePdf.class.getResourceAsStream(FONT)) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font dejaVu = PDType0Font.load(document, font);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.beginText();
                out.setFont(dejaVu, 11);
                out.setLeading(15);
                out.newLineAtOffset(50, 790);
                for (String line : TextLines.wrap(text, LINE_CHARS)) {
                    out.showText(line);
                    out.newLine();
                }
                out.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
