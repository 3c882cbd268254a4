package vn.toancanh.meetings.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.TextLines;
import vn.toancanh.shared.VietnameseText;

/**
 * The PDF work of meetings: recognising a PDF by its bytes, its text for search, the words around a match, and small
 * PDFs of Vietnamese text (DejaVu Sans, the font the reports module embeds) for the demo and the tests.
 */
public final class MeetingPdf {

    static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final int MAX_TEXT = 1_000_000;
    private static final int EXCERPT_WORDS = 16;
    private static final int LINE_CHARS = 85;

    private MeetingPdf() {}

    /** True when the bytes begin as a PDF file does ({@code %PDF-}), whatever the file's name says. */
    public static boolean isPdf(byte[] content) {
        return content.length > 5
                && content[0] == '%'
                && content[1] == 'P'
                && content[2] == 'D'
                && content[3] == 'F'
                && content[4] == '-';
    }

    /** The text of a PDF, white space folded; empty for a scan without a text layer. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ")
                    .strip();
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        }
    }

    /** The search as a prefix tsquery over folded words: {@code ngan:* & sach:*}; empty when it has no word. */
    public static String tsquery(String search) {
        List<String> words = new ArrayList<>();
        for (String w : VietnameseText.fold(search).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && words.size() < 8) {
                words.add(w + ":*");
            }
        }
        return String.join(" & ", words);
    }

    /** The words of {@code text} around the first word that begins with a word of the search, diacritics ignored. */
    public static @Nullable String excerpt(String text, String search) {
        List<String> wanted = new ArrayList<>();
        for (String w : VietnameseText.fold(search).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                wanted.add(w);
            }
        }
        String[] words = text.split(" ");
        for (int i = 0; i < words.length && !wanted.isEmpty(); i++) {
            String folded = VietnameseText.fold(words[i]).replaceAll("[^a-z0-9]", "");
            if (wanted.stream().anyMatch(folded::startsWith)) {
                int from = Math.max(0, i - EXCERPT_WORDS / 2);
                int to = Math.min(words.length, from + EXCERPT_WORDS);
                return (from > 0 ? "… " : "")
                        + String.join(" ", List.of(words).subList(from, to))
                        + (to < words.length ? " …" : "");
            }
        }
        return null;
    }

    /** A one-page A4 PDF of the title and paragraphs, with a text layer. */
    public static byte[] of(String title, String... paragraphs) {
        try (PDDocument document = new PDDocument();
                InputStream font = MeetingPdf.class.getResourceAsStream(FONT)) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font dejaVu = PDType0Font.load(document, font);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.beginText();
                out.setFont(dejaVu, 15);
                out.setLeading(20);
                out.newLineAtOffset(56, 780);
                out.showText(title);
                out.newLine();
                out.setFont(dejaVu, 11);
                out.setLeading(16);
                for (String paragraph : paragraphs) {
                    out.newLine();
                    for (String line : TextLines.wrap(paragraph, LINE_CHARS)) {
                        out.showText(line);
                        out.newLine();
                    }
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
