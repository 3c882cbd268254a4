package vn.toancanh.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.toancanh.records.RecordsProperties;

/**
 * Debian's tesseract as an external process ({@code tesseract <image> stdout -l vie}), started without a shell and
 * killed after the page timeout. Whether it runs and has the Vietnamese data is detected once at start-up.
 */
@Component
public class Tesseract {

    private static final Logger log = LoggerFactory.getLogger(Tesseract.class);

    /** What start-up found: the version and languages, or what is missing. */
    public record Detection(
            boolean available,
            @Nullable String version,
            List<String> languages,
            @Nullable String problem) {}

    private final RecordsProperties properties;
    private final Detection detection;

    Tesseract(RecordsProperties properties) {
        this.properties = properties;
        this.detection = detect();
        if (detection.available()) {
            log.info("OCR: {} with languages {}", detection.version(), detection.languages());
        } else {
            log.warn("OCR unavailable ({}): records are stored and found by their metadata only", detection.problem());
        }
    }

    public Detection detection() {
        return detection;
    }

    public boolean available() {
        return detection.available();
    }

    public String command() {
        return properties.tesseract();
    }

    /** The text tesseract reads in a PNG image. */
    public String read(byte[] png) throws IOException {
        Path image = Files.createTempFile("toancanh-ocr-", ".png");
        try {
            Files.write(image, png);
            Run run = run(List.of(
                    properties.tesseract(), image.toString(), "stdout", "-l", properties.language(), "--psm", "3"));
            if (run.exit() != 0) {
                throw new IOException("tesseract exited with " + run.exit() + ": " + abbreviate(run.err()));
            }
            return run.out();
        } finally {
            Files.deleteIfExists(image);
        }
    }

    private Detection detect() {
        try {
            Run version = run(List.of(properties.tesseract(), "--version"));
            String first = (version.out() + "\n" + version.err())
                    .strip()
                    .lines()
                    .findFirst()
                    .orElse("");
            Run langs = run(List.of(properties.tesseract(), "--list-langs"));
            List<String> languages = new ArrayList<>();
            (langs.out() + "\n" + langs.err())
                    .lines()
                    .map(String::strip)
                    .filter(l -> l.matches("[a-z_A-Z]{3,}") && !l.startsWith("List"))
                    .forEach(languages::add);
            if (!languages.contains(properties.language())) {
                return new Detection(false, first, languages, "thiếu dữ liệu ngôn ngữ '" + properties.language() + "'");
            }
            return new Detection(true, first, languages, null);
        } catch (IOException e) {
            return new Detection(false, null, List.of(), "không chạy được lệnh '" + properties.tesseract() + "'");
        }
    }

    private record Run(int exit, String out, String err) {}

    private Run run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        // One thread per tesseract, and as many tesseracts as cores (OcrWorker): its OpenMP threads spin-wait on the
        // same cores: 7 pages a minute instead of 45 on 2 cores, 84 with a tesseract per core (BenchOcr).
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try {
            if (!process.waitFor(properties.pageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("tesseract took longer than " + properties.pageTimeout());
            }
            return new Run(process.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 300 ? t.substring(0, 300) : t;
    }
}
