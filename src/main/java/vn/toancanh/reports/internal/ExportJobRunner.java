package vn.toancanh.reports.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.datavalues.DataValueQuery;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.AuditService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FileFormat;
import vn.toancanh.shared.InvalidInputException;

/**
 * Runs large exports in the background as the user who asked (their security context travels with the task, so they
 * get exactly the values they may read). The values stream from a database cursor through the file writer to a
 * temporary file, so memory stays flat whatever the size; progress is written every half second in its own
 * transaction, the finished file is stored with the job and the temporary file removed.
 */
@Component
public class ExportJobRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportJobRunner.class);
    private static final long PROGRESS_EVERY_MS = 500;
    private static final Duration KEEP = Duration.ofHours(24);

    private final ExportJobRepository jobs;
    private final DataValueService values;
    private final CatalogService catalog;
    private final OrganisationService organisation;
    private final JsonMapper json;
    private final ReportsProperties properties;
    private final TransactionTemplate own;
    private final ExecutorService executor;
    private final AuditService audit;

    ExportJobRunner(
            ExportJobRepository jobs,
            DataValueService values,
            CatalogService catalog,
            OrganisationService organisation,
            JsonMapper json,
            ReportsProperties properties,
            PlatformTransactionManager transactions,
            AuditService audit) {
        this.audit = audit;
        this.jobs = jobs;
        this.values = values;
        this.catalog = catalog;
        this.organisation = organisation;
        this.json = json;
        this.properties = properties;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = Executors.newFixedThreadPool(
                Math.max(1, properties.exportThreads()), new CustomizableThreadFactory("report-export-"));
    }

    /**
     * Queues an export; the query is checked first (unknown codes, no selection) so a bad one is refused at once.
     */
    public UUID submit(String username, String title, FileFormat format, DataValueQuery query) {
        if (query.dataGroup() == null && query.dataElements().isEmpty()) {
            throw InvalidInputException.of("dataGroup", "Chọn nhóm dữ liệu hoặc chỉ tiêu cần xuất");
        }
        if (query.orgUnits().isEmpty()) {
            throw InvalidInputException.of("orgUnits", "Chọn ít nhất một đơn vị");
        }
        if (query.periods().isEmpty() && (query.startDate() == null || query.endDate() == null)) {
            throw InvalidInputException.of("startDate", "Chọn các kỳ hoặc khoảng thời gian (từ ngày, đến ngày)");
        }
        if (query.startDate() != null
                && query.endDate() != null
                && query.endDate().isBefore(query.startDate())) {
            throw InvalidInputException.of("endDate", "Ngày kết thúc phải sau ngày bắt đầu");
        }
        long total = values.countValues(query); // throws on unknown codes, before anything is queued
        UUID id = UUID.randomUUID();
        own.executeWithoutResult(s -> {
            jobs.insert(id, username, title, format, json.writeValueAsString(query));
            // data leaving the system: who took what
            audit.record("EXPORT", "export_job", id.toString(), title + " (" + format.name() + ", " + total + " dòng)");
        });
        Runnable task = () -> run(id, title, format, query, total);
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        return id;
    }

    private void run(UUID id, String title, FileFormat format, DataValueQuery query, long total) {
        Path file = null;
        try {
            own.executeWithoutResult(s -> jobs.started(id, total));
            Files.createDirectories(properties.exportFolder());
            file = Files.createTempFile(properties.exportFolder(), "export-", "." + format.extension());
            ExportNames names = new ExportNames(catalog, organisation);
            long[] done = {0};
            long[] reported = {System.currentTimeMillis()};
            try (OutputStream out = Files.newOutputStream(file);
                    ValueFile writer = ValueFile.open(format, out)) {
                values.exportValues(query, v -> {
                    try {
                        writer.write(v, names.of(v));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    done[0]++;
                    long now = System.currentTimeMillis();
                    if (now - reported[0] >= PROGRESS_EVERY_MS) {
                        reported[0] = now;
                        long d = done[0];
                        own.executeWithoutResult(s -> jobs.progress(id, d));
                    }
                });
            }
            Path written = file;
            own.executeWithoutResult(s -> jobs.finished(id, done[0], fileName(title, format), written));
            log.info("Export {} done: {} rows, {} bytes", id, done[0], Files.size(file));
        } catch (RuntimeException | IOException e) {
            log.warn("Export {} failed", id, e);
            // the reader gets a sentence, the log the details
            String reason = e instanceof InvalidInputException invalid
                    ? invalid.getBody().getDetail()
                    : "lỗi của hệ thống khi ghi tệp; quản trị viên xem nhật ký máy chủ với mã " + id;
            own.executeWithoutResult(s -> jobs.failed(id, reason == null ? "lỗi dữ liệu" : reason));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not remove {}", file, e);
                }
            }
        }
    }

    static String fileName(String title, FileFormat format) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\r\\n]+", " ").strip();
        return (name.isEmpty() ? "xuat-du-lieu" : name) + "." + format.extension();
    }

    /**
     * Finished exports are kept a day; a job still unfinished after six hours was left by a stopped instance and
     * will never finish, so it is marked failed.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void tidy() {
        own.executeWithoutResult(s -> {
            jobs.failAbandoned(Instant.now().minus(Duration.ofHours(6)));
            jobs.deleteOlderThan(Instant.now().minus(KEEP));
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
