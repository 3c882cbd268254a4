package vn.toancanh.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class MeetingPdfTests {

    @Test
    void aPdfIsKnownByItsBytesNotItsName() {
        assertThat(MeetingPdf.isPdf(MeetingPdf.of("Tiêu đề", "Nội dung"))).isTrue();
        assertThat(MeetingPdf.isPdf("<html>PDF".getBytes())).isFalse();
        assertThat(MeetingPdf.isPdf(new byte[0])).isFalse();
    }

    @Test
    void searchWordsAreFoldedPrefixes() {
        assertThat(MeetingPdf.tsquery("Ngân sách")).isEqualTo("ngan:* & sach:*");
        assertThat(MeetingPdf.tsquery(" !! ")).isEmpty();
    }

    @Test
    void theExcerptShowsTheWordsAroundTheMatchWithTheirDiacritics() {
        String text = "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai tổng thu ngân sách đạt 58% dự toán";
        assertThat(MeetingPdf.excerpt(text, "ngan sach"))
                .contains("ngân sách đạt")
                .startsWith("…");
        assertThat(MeetingPdf.excerpt(text, "khong co")).isNull();
    }

    @Test
    void theWatermarkNamesTheReaderInVietnameseOnEveryPage() throws IOException {
        byte[] stamped = Watermark.apply(MeetingPdf.of("Báo cáo", "Nội dung"), "Nguyễn Văn Lãnh · 03/12/2026 19:00");
        String text = MeetingPdf.text(stamped).replace(" ", "");
        assertThat(text).contains("NguyễnVănLãnh");
    }
}
