package vn.toancanh.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.toancanh.records.internal.ScanImages;

/**
 * OCR throughput of the records archive on this machine: {@code ./mvnw -Pbench test -Dtest=BenchOcr} [{@code
 * -Dbench.ocrPages=8}]. Renders typical A4 pages of Vietnamese text at 300 dpi (a heading and about 40 lines, as a
 * register page or a decision) and has tesseract read them with the background job's command line three ways: the
 * baseline, one page after another with tesseract's own threads (how the job ran before); one after another with one
 * thread each ({@code OMP_THREAD_LIMIT=1}, as the job starts it now); and as the job reads a queue, one page per core
 * at once. Prints pages per minute and the ratios to the baseline and writes {@code target/bench/ocr.json}. No
 * assertion on the time: a figure to report, not a test.
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
        int pages = Integer.getInteger("bench.ocrPages", 8);
        int cores = Runtime.getRuntime().availableProcessors();
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            Path png = Files.createTempFile("bench-ocr-", ".png");
            Files.write(png, ScanImages.png("QUYẾT ĐỊNH SỐ " + (100 + i) + "/QĐ-UBND", BODY + " " + BODY));
            images.add(png);
        }
        // one page first, unmeasured: tesseract loads its Vietnamese model from disk the first time
        ocr(images.get(0), false);
        Measured baseline = measure(images, false, 1);
        Measured single = measure(images, true, 1);
        Measured parallel = measure(images, true, cores);
        String result = String.format(
                java.util.Locale.ROOT,
                "{\"pages\":%d,\"dpi\":300,\"cores\":%d,\"charsPerPage\":%d,"
                        + "\"baselinePagesPerMinute\":%.1f,\"singleThreadPagesPerMinute\":%.1f,"
                        + "\"pagesPerMinute\":%.1f,\"singleThreadRatio\":%.1f,\"ratio\":%.1f}",
                pages,
                cores,
                parallel.chars / pages,
                baseline.perMinute(pages),
                single.perMinute(pages),
                parallel.perMinute(pages),
                single.perMinute(pages) / baseline.perMinute(pages),
                parallel.perMinute(pages) / baseline.perMinute(pages));
        System.out.println("OCR throughput: " + result);
        Path out = Path.of("target/bench/ocr.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        for (Path png : images) {
            Files.deleteIfExists(png);
        }
    }

    private record Measured(double seconds, long chars) {
        double perMinute(int pages) {
            return pages * 60 / seconds;
        }
    }

    private static Measured measure(List<Path> images, boolean oneThread, int atOnce) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(atOnce);
        try {
            long started = System.nanoTime();
            List<Future<String>> texts = new ArrayList<>();
            for (Path png : images) {
                texts.add(pool.submit(() -> ocr(png, oneThread)));
            }
            long chars = 0;
            for (Future<String> text : texts) {
                chars += text.get().length();
            }
            return new Measured((System.nanoTime() - started) / 1e9, chars);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String ocr(Path png, boolean oneThread) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "vie", "--psm", "3")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        if (oneThread) {
            builder.environment().put("OMP_THREAD_LIMIT", "1");
        }
        Process p = builder.start();
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
