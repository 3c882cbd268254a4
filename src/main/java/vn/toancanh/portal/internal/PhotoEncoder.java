package vn.toancanh.portal.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import vn.toancanh.shared.InvalidInputException;

/**
 * Uploaded photos are decoded and drawn afresh into a plain RGB image, then written as JPEG without metadata: the
 * camera's EXIF block, its GPS position and any other embedded data are not copied. Large images are scaled down to
 * {@link #MAX_SIDE} pixels, and the pixel count is checked before decoding so a small file cannot claim a huge image.
 */
public final class PhotoEncoder {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int MAX_SIDE = 1600;
    static final long MAX_PIXELS = 40_000_000L;

    private PhotoEncoder() {}

    public static EncodedImage encode(byte[] upload) {
        if (upload.length == 0) {
            throw InvalidInputException.of("file", "Chưa chọn tệp ảnh");
        }
        if (upload.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "Ảnh lớn quá " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        BufferedImage source = read(upload);
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage clean = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = clean.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return new EncodedImage("image/jpeg", w, h, jpeg(clean));
    }

    static byte[] jpeg(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
            writer.dispose();
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        }
    }

    private static BufferedImage read(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw InvalidInputException.of("file", "Ảnh quá nhiều điểm ảnh (tối đa 40 triệu)");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw notAnImage();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw notAnImage();
        }
    }

    private static InvalidInputException notAnImage() {
        return InvalidInputException.of("file", "Tệp không phải ảnh JPEG, PNG, GIF hoặc BMP đọc được");
    }
}
