package vn.toancanh.operations.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.VietnameseText;

/** The text of an attached PDF, for full-text search, and the words around a match, to show why a document matched. */
public final class DocumentText {

    /** Text beyond this many characters is not kept (a scanned book, say): search covers the first part. */
    static final int MAX_CHARS = 1_000_000;

    private static final int EXCERPT_WORDS = 14;

    private DocumentText() {}

    /** True for the bytes of a PDF file. */
    public static boolean isPdf(byte[] content) {
        return content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
    }

    /** The PDF's text; empty for a scan without a text layer. */
    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ")
                    .strip();
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        }
    }

    /**
     * The words of {@code text} around the first that begins with a word of the search (diacritics ignored), with
     * "…" where it was cut; null when no word matches.
     */
    public static @Nullable String excerpt(String text, String search) {
        List<String> wanted = new ArrayList<>();
        for (String w : VietnameseText.fold(search).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                wanted.add(w);
            }
        }
        if (wanted.isEmpty()) {
            return null;
        }
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
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
}
