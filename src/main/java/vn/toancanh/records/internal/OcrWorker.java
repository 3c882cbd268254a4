package vn.toancanh.records.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.records.OcrStatus;
import vn.toancanh.records.RecordsProperties;

/**
 * The background job that reads records' pages: a PDF page's text layer when it has one, otherwise the page rendered
 * at 300 dpi and recognised by tesseract. Each page's text is committed as it is read, so progress shows on the pages
 * and a stopped job resumes at the next page: queued records wait in the table, and a record left running by a
 * stopped instance is taken up again once its lease (the page timeout and a minute) has passed. An instance without
 * tesseract queues nothing: it reads text layers as a record is stored, marks the record waiting when pages need OCR,
 * and an instance that finds tesseract at start-up queues the waiting records again.
 */
@Component
public class OcrWorker {

    private static final Logger log = LoggerFactory.getLogger(OcrWorker.class);

    private final RecordRepository records;
    private final Tesseract tesseract;
    private final RecordsProperties properties;
    private final Duration lease;
    private final ExecutorService workers;

    OcrWorker(RecordRepository records, Tesseract tesseract, RecordsProperties properties) {
        this.records = records;
        this.tesseract = tesseract;
        this.properties = properties;
        this.lease = properties.pageTimeout().plusMinutes(1);
        this.workers = Executors.newFixedThreadPool(properties.workers(), r -> {
            Thread t = new Thread(r, "ocr-worker");
            t.setDaemon(true);
            return t;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (tesseract.available()) {
            int n = records.requeueWaiting();
            if (n > 0) {
                log.info("OCR: {} records waiting for tesseract queued again", n);
            }
        }
    }

    @Scheduled(fixedDelayString = "${toancanh.records.poll-every:PT2S}", initialDelayString = "PT3S")
    void poll() {
        // an instance without tesseract takes no work: the records it stores were read as far as they can be
        if (!tesseract.available()) {
            return;
        }
        for (int round = 0; round < 20; round++) {
            List<Long> claimed = new ArrayList<>();
            for (int i = 0; i < properties.workers(); i++) {
                records.claim(lease).ifPresent(claimed::add);
            }
            if (claimed.isEmpty()) {
                return;
            }
            if (claimed.size() == 1) {
                process(claimed.get(0));
            } else {
                // one record per core at once; each record's pages in order, so its progress and resumption hold
                CompletableFuture.allOf(claimed.stream()
                                .map(id -> CompletableFuture.runAsync(() -> process(id), workers))
                                .toArray(CompletableFuture[]::new))
                        .join();
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Reads every page of the record not yet read, then marks it done, waiting or failed. */
    public void process(long recordId) {
        try {
            OcrStatus outcome = OcrStatus.DONE;
            for (RecordRepository.StoredFile file : records.filesWithContent(recordId)) {
                Set<Integer> read = new HashSet<>(records.pagesRead(file.id()));
                List<String> layer =
                        file.mediaType().equals("application/pdf") ? ScanFiles.textLayer(file.content()) : List.of();
                for (int page = 1; page <= file.pageCount(); page++) {
                    if (read.contains(page)) {
                        continue;
                    }
                    long start = System.nanoTime();
                    String text = page <= layer.size() ? layer.get(page - 1) : "";
                    if (!text.isBlank()) {
                        records.savePage(recordId, file.id(), page, false, text, millis(start));
                    } else if (tesseract.available()) {
                        byte[] png = ScanFiles.pageImage(file.content(), file.mediaType(), page - 1, properties.dpi());
                        String ocr =
                                tesseract.read(png).replaceAll("[ \\t]+", " ").strip();
                        records.savePage(recordId, file.id(), page, true, ocr, millis(start));
                    } else {
                        outcome = OcrStatus.WAITING;
                    }
                }
            }
            records.finish(recordId, outcome, null);
        } catch (IOException | RuntimeException e) {
            log.warn("OCR of record {} failed", records.codeOf(recordId).orElse("?"), e);
            records.finish(recordId, OcrStatus.FAILED, e.getMessage());
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
