package vn.toancanh.records.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.toancanh.shared.TextLines;

/**
 * Pages of Vietnamese text made in Java: an A4 "scan" at 300 dpi drawn with Java2D in DejaVu Sans (whose glyphs
 * cover every Vietnamese letter), and a PDF with a text layer — what the demo's and the tests' records are made of.
 */
public final class ScanImages {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    /** A4 at 300 dpi. */
    static final int WIDTH = 2480;

    static final int HEIGHT = 3508;

    private ScanImages() {}

    /** A PNG page: a heading line and the body, in black on white, as a scanner at 300 dpi would give it. */
    public static byte[] png(String heading, String body) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font base = font();
            int y = 300;
            g.setFont(base.deriveFont(Font.BOLD, 58f));
            for (String line : TextLines.wrap(heading, 60)) {
                g.drawString(line, 200, y);
                y += 90;
            }
            y += 60;
            g.setFont(base.deriveFont(46f));
            for (String line : TextLines.wrap(body, 80)) {
                g.drawString(line, 200, y);
                y += 72;
                if (y > HEIGHT - 200) {
                    break;
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF of the text with a text layer (nothing to recognise). */
    public static byte[] textPdf(String text) {
        try (PDDocument document = new PDDocument();
                InputStream font = ScanImages.class.getResourceAsStream(FONT)) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font dejaVu = PDType0Font.load(document, font);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.beginText();
                out.setFont(dejaVu, 11);
                out.setLeading(15);
                out.newLineAtOffset(50, 790);
                for (String line : TextLines.wrap(text, 90)) {
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

    private static Font font() {
        try (InputStream in = ScanImages.class.getResourceAsStream(FONT)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("DejaVu Sans not on the class path", e);
        }
    }
}
