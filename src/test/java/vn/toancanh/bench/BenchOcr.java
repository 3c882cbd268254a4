package vn.toancanh.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.toancanh.records.internal.ScanImages;

/**
 * OCR throughput of the records archive on this machine: {@code ./mvnw -Pbench test -Dtest=BenchOcr} [{@code
 * -Dbench.ocrPages=6}]. Renders typical A4 pages of Vietnamese text at 300 dpi (a heading and about 40 lines, as a
 * register page or a decision) and has tesseract read them one after another, as the background job does, with the
 * same command line; prints pages per minute and writes {@code target/bench/ocr.json}. No assertion on the time: a
 * figure to report, not a test.
 */
class BenchOcr {

    private static final String BODY = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; căn cứ"
            + " Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội"
            + " đối với đối tượng bảo trợ xã hội; xét đề nghị của công chức Văn hóa - Xã hội, Ủy ban nhân dân xã quyết"
            + " định: Điều 1. Công nhận danh sách hộ nghèo, hộ cận nghèo năm 2025 trên địa bàn xã gồm các hộ có tên"
            + " trong danh sách kèm theo. Hộ ông Nguyễn Văn Thành, thôn Đông, thiếu hụt về việc làm và bảo hiểm y tế;"
            + " hộ bà Lê Thị Mai, thôn Tây, thiếu hụt về nhà ở và nước sinh hoạt; hộ ông Phạm Văn Đức, thôn Nam, thiếu"
            + " hụt về giáo dục và thông tin. Điều 2. Các hộ có tên tại Điều 1 được hưởng các chính sách hỗ trợ theo quy"
            + " định hiện hành. Điều 3. Công chức Văn phòng - Thống kê, công chức Văn hóa - Xã hội, trưởng các thôn và"
            + " các hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành quyết định này kể từ ngày ký.";

    @Test
    void run() throws Exception {
        assumeTrue(installed(), "tesseract with Vietnamese data is not installed");
        int pages = Integer.getInteger("bench.ocrPages", 6);
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            Path png = Files.createTempFile("bench-ocr-", ".png");
            Files.write(png, ScanImages.png("QUYẾT ĐỊNH SỐ " + (100 + i) + "/QĐ-UBND", BODY + " " + BODY));
            images.add(png);
        }
        // one page first, unmeasured: tesseract loads its Vietnamese model from disk the first time
        ocr(images.get(0));
        long chars = 0;
        long started = System.nanoTime();
        for (Path png : images) {
            chars += ocr(png).length();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double perMinute = pages * 60 / seconds;
        String result = String.format(
                java.util.Locale.ROOT,
                "{\"pages\":%d,\"seconds\":%.2f,\"pagesPerMinute\":%.1f,\"secondsPerPage\":%.2f,\"charsPerPage\":%d,"
                        + "\"dpi\":300,\"cores\":%d}",
                pages,
                seconds,
                perMinute,
                seconds / pages,
                chars / pages,
                Runtime.getRuntime().availableProcessors());
        System.out.println("OCR throughput: " + result);
        Path out = Path.of("target/bench/ocr.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        for (Path png : images) {
            Files.deleteIfExists(png);
        }
    }

    private static String ocr(Path png) throws Exception {
        Process p = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "vie", "--psm", "3")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("tesseract failed on " + png);
        }
        return text;
    }

    private static boolean installed() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.lines().anyMatch(l -> l.strip().equals("vie"));
        } catch (Exception e) {
            return false;
        }
    }
}
