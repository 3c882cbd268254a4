package vn.toancanh.records.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

/**
 * Scanned files: their type from their first bytes (never from the name or the declared type), their pages, a PDF
 * page's text layer, and any page as a PNG image for tesseract.
 */
public final class ScanFiles {

    /** A PDF page with fewer letters than this in its text layer is taken for a scan and recognised. */
    static final int TEXT_LAYER_MIN_CHARS = 20;

    private ScanFiles() {}

    /** The media type the bytes are, or null when they are none of PDF, JPEG, PNG, TIFF. */
    public static @Nullable String mediaType(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0x49, 0x49, 0x2A, 0x00) || starts(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "image/tiff";
        }
        return null;
    }

    /** How many pages the file has (a TIFF may have several); throws when it cannot be read. */
    public static int pageCount(byte[] content, String mediaType) throws IOException {
        if (mediaType.equals("application/pdf")) {
            try (PDDocument document = Loader.loadPDF(content)) {
                return document.getNumberOfPages();
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader for " + mediaType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return reader.getNumImages(true);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The text layer of each page of a PDF; a blank entry for a page that is a scan. */
    public static List<String> textLayer(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(document).replaceAll("\\s+", " ").strip();
                pages.add(text.replaceAll("\\W", "").length() < TEXT_LAYER_MIN_CHARS ? "" : text);
            }
        }
        return pages;
    }

    /** Page {@code index} (from 0) as a PNG: a PDF page rendered in grey at {@code dpi}, an image page as it is. */
    public static byte[] pageImage(byte[] content, String mediaType, int index, int dpi) throws IOException {
        BufferedImage image;
        if (mediaType.equals("application/pdf")) {
            try (PDDocument document = Loader.loadPDF(content)) {
                image = new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.GRAY);
            }
        } else {
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                try {
                    reader.setInput(in);
                    image = reader.read(index);
                } finally {
                    reader.dispose();
                }
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
