package vn.toancanh.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.toancanh.feedback.FeedbackSubmission;
import vn.toancanh.feedback.TestPhotos;
import vn.toancanh.shared.InvalidInputException;

/**
 * Photos are stored as their pixels only: an EXIF block with a GPS position (JPEG) or a text chunk (PNG) is gone
 * after processing, large photos are scaled down, and files that are not JPEG or PNG — whatever their name says — or
 * too large are refused with a reason.
 */
class PhotoProcessorTests {

    final PhotoProcessor processor =
            new PhotoProcessor(new FeedbackProperties(Duration.ofHours(24), 150, 7, 200_000, 40_000_000, 800, true, 3));

    @Test
    void aJpegLosesItsExifAndIsScaledDown() throws Exception {
        byte[] withExif = TestPhotos.withExif(TestPhotos.jpeg(1200, 900), TestPhotos.SECRET);
        assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("Exif", TestPhotos.SECRET);

        PhotoProcessor.StoredPhoto stored =
                processor.process(new FeedbackSubmission.Photo("o-ga.jpg", "image/jpeg", withExif));

        String bytes = new String(stored.content(), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain(TestPhotos.SECRET).doesNotContain("Exif");
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.width()).isEqualTo(800);
        assertThat(stored.height()).isEqualTo(600);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored.content()));
        assertThat(back.getWidth()).isEqualTo(800);
        Color centre = new Color(back.getRGB(400, 300));
        assertThat(centre.getRed()).as("the picture itself is kept").isGreaterThan(180);
    }

    @Test
    void aPngLosesItsTextChunksAndBecomesAJpeg() throws Exception {
        byte[] png = TestPhotos.withTextChunk(TestPhotos.png(300, 200), TestPhotos.SECRET);
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains(TestPhotos.SECRET);

        PhotoProcessor.StoredPhoto stored =
                processor.process(new FeedbackSubmission.Photo("anh.png", "image/png", png));

        assertThat(new String(stored.content(), StandardCharsets.ISO_8859_1)).doesNotContain(TestPhotos.SECRET);
        assertThat(stored.width()).isEqualTo(300);
        assertThat(PhotoProcessor.isJpeg(stored.content())).isTrue();
    }

    @Test
    void otherFilesAndOversizedOnesAreRefusedWithAReason() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif", out);
        byte[] gif = out.toByteArray();
        assertThatThrownBy(() -> processor.process(new FeedbackSubmission.Photo("anh.jpg", "image/jpeg", gif.clone())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("JPEG hoặc PNG");
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> processor.process(new FeedbackSubmission.Photo("anh.png", "image/png", script)))
                .isInstanceOf(InvalidInputException.class);
        byte[] broken = TestPhotos.jpeg(100, 100);
        byte[] truncated = java.util.Arrays.copyOf(broken, 40);
        assertThatThrownBy(() -> processor.process(new FeedbackSubmission.Photo("a.jpg", "image/jpeg", truncated)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("photo"));
        byte[] big = new byte[200_001];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThatThrownBy(() -> processor.process(new FeedbackSubmission.Photo("to.jpg", "image/jpeg", big)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).reason())
                        .contains("MB"));
    }
}
