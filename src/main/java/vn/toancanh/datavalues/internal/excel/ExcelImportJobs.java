package vn.toancanh.datavalues.internal.excel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportConflict;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.shared.InvalidInputException;

/**
 * Runs Excel uploads in the background so a large file does not hold the request, as the uploading user (the
 * security context travels with the task, so scope checks and the audit history name them). Jobs live in memory for
 * an hour: a progress bar needs nothing more durable, and the import's result is in the audit history anyway.
 */
@Component
public class ExcelImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ExcelImportJobs.class);

    private final DataValueService dataValues;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "excel-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Cache<UUID, Running> jobs = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(1_000)
            .build();

    ExcelImportJobs(DataValueService dataValues) {
        this.dataValues = dataValues;
    }

    public UUID start(String username, String fileName, ExcelSheetValues sheet) {
        Running job = new Running(UUID.randomUUID(), username, fileName, sheet);
        jobs.put(job.id, job);
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(job)));
        return job.id;
    }

    /** The job if it exists and belongs to {@code username}; someone else's job looks like no job. */
    public Optional<ExcelImportJob> find(UUID id, String username) {
        return Optional.ofNullable(jobs.getIfPresent(id))
                .filter(job -> job.username.equals(username))
                .map(Running::view);
    }

    private void run(Running job) {
        ImportOptions defaults = ImportOptions.defaults(ChangeSource.EXCEL);
        // Valid cells are kept and bad ones listed: people fix a few cells rather than retype a sheet.
        ImportOptions options = new ImportOptions(
                defaults.idScheme(), false, defaults.strategy(), ImportOptions.AtomicMode.NONE, ChangeSource.EXCEL);
        try {
            job.summary = dataValues.importValues(job.sheet.inputs(), options, job.done::set);
        } catch (InvalidInputException e) {
            job.failure = e.problems().isEmpty()
                    ? "Dữ liệu không hợp lệ"
                    : e.problems().get(0).reason();
        } catch (RuntimeException e) {
            log.warn("Excel import {} of {} failed", job.id, job.username, e);
            job.failure = "Lỗi hệ thống khi nhập tệp; vui lòng thử lại hoặc báo quản trị.";
        }
    }

    private static final class Running {
        final UUID id;
        final String username;
        final String fileName;
        final ExcelSheetValues sheet;
        final AtomicInteger done = new AtomicInteger();
        volatile @Nullable ImportSummary summary;
        volatile @Nullable String failure;

        Running(UUID id, String username, String fileName, ExcelSheetValues sheet) {
            this.id = id;
            this.username = username;
            this.fileName = fileName;
            this.sheet = sheet;
        }

        ExcelImportJob view() {
            ImportSummary result = summary;
            List<ExcelImportJob.CellConflict> conflicts = result == null
                    ? List.of()
                    : result.conflicts().stream()
                            .limit(ExcelImportJob.SHOWN_CONFLICTS)
                            .map(this::cell)
                            .toList();
            int total = sheet.values().size();
            return new ExcelImportJob(
                    id, fileName, total, result == null ? done.get() : total, result, conflicts, failure);
        }

        /** Conflict rows count the values sent (from 1); map them back to the sheet cell they came from. */
        private ExcelImportJob.CellConflict cell(ImportConflict conflict) {
            int index = conflict.row() - 1;
            if (index < 0 || index >= sheet.values().size()) {
                return new ExcelImportJob.CellConflict(0, "", conflict.object(), conflict.reason());
            }
            ExcelSheetValues.SheetValue value = sheet.values().get(index);
            return new ExcelImportJob.CellConflict(value.row(), value.column(), conflict.object(), conflict.reason());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
