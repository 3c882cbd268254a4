package vn.toancanh.meetings.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps every page with the reader's name and the time, in light diagonal text across the page, so a copy that
 * leaves the meeting says whose it was. DejaVu Sans renders the Vietnamese names; the font is embedded as a subset.
 */
public final class Watermark {

    private static final float SIZE = 26;

    private Watermark() {}

    public static byte[] apply(byte[] pdf, String text) {
        try (PDDocument document = Loader.loadPDF(pdf);
                InputStream font = Watermark.class.getResourceAsStream(MeetingPdf.FONT)) {
            PDType0Font dejaVu = PDType0Font.load(document, font);
            PDExtendedGraphicsState light = new PDExtendedGraphicsState();
            light.setNonStrokingAlphaConstant(0.18f);
            float width = dejaVu.getStringWidth(text) / 1000 * SIZE;
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                double angle = Math.atan2(box.getHeight(), box.getWidth());
                try (PDPageContentStream out =
                        new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out.setGraphicsStateParameters(light);
                    out.setNonStrokingColor(0.55f, 0.1f, 0.1f);
                    out.beginText();
                    out.setFont(dejaVu, SIZE);
                    Matrix m = Matrix.getRotateInstance(
                            angle, box.getLowerLeftX() + box.getWidth() / 2, box.getLowerLeftY() + box.getHeight() / 2);
                    m.translate(-width / 2, -SIZE / 3);
                    out.setTextMatrix(m);
                    out.showText(text);
                    out.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
