package vn.toancanh.feedback.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;
import vn.toancanh.feedback.FeedbackSubmission;
import vn.toancanh.shared.InvalidInputException;

/**
 * Checks an uploaded photo (a JPEG or PNG by its first bytes, not its name; not too large in bytes or pixels) and
 * stores only its pixels again as a JPEG: the camera's metadata — GPS position, device, owner — is not copied, so
 * nothing the citizen did not mean to publish is shown with it. Large photos are scaled down.
 */
@Component
public class PhotoProcessor {

    /** A photo ready to store. */
    public record StoredPhoto(String contentType, int width, int height, byte[] content) {}

    private final FeedbackProperties properties;

    PhotoProcessor(FeedbackProperties properties) {
        this.properties = properties;
    }

    public StoredPhoto process(FeedbackSubmission.Photo photo) {
        byte[] bytes = photo.content();
        if (bytes.length == 0) {
            throw InvalidInputException.of("photo", "Tệp ảnh rỗng");
        }
        if (bytes.length > properties.photoMaxBytes()) {
            throw InvalidInputException.of(
                    "photo",
                    "Ảnh lớn quá " + (properties.photoMaxBytes() / (1024 * 1024)) + " MB, hãy chọn ảnh nhỏ hơn");
        }
        if (!isJpeg(bytes) && !isPng(bytes)) {
            throw InvalidInputException.of("photo", "Chỉ nhận ảnh JPEG hoặc PNG");
        }
        BufferedImage image = read(bytes);
        BufferedImage scaled = flattenAndScale(image);
        return new StoredPhoto("image/jpeg", scaled.getWidth(), scaled.getHeight(), jpeg(scaled));
    }

    private BufferedImage read(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw InvalidInputException.of("photo", "Không đọc được ảnh");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > properties.photoMaxPixels()) {
                    throw InvalidInputException.of("photo", "Ảnh có quá nhiều điểm ảnh");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("photo", "Tệp ảnh bị lỗi, không đọc được");
        }
    }

    private BufferedImage flattenAndScale(BufferedImage image) {
        int side = Math.max(image.getWidth(), image.getHeight());
        double scale = side > properties.photoMaxSide() ? (double) properties.photoMaxSide() / side : 1;
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            // No metadata is passed: the file holds the pixels and nothing else.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
