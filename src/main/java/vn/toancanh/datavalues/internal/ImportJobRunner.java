package vn.toancanh.datavalues.internal;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.ImportJobView;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;

/**
 * Runs imports in the background as the user who submitted them (their security context travels with the task);
 * progress is written in its own transactions so a poller sees it while the import's transaction is still open.
 * Its own small pool rather than an {@code Executor} bean, which would displace Spring's default task executor.
 */
@Component
public class ImportJobRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);
    private static final long PROGRESS_EVERY_MS = 500;

    private final DataValueImporter importer;
    private final ImportJobRepository jobs;
    private final IdentityService identity;
    private final TransactionTemplate importTransaction;
    private final TransactionTemplate ownTransaction;
    private final ExecutorService executor;

    ImportJobRunner(
            DataValueImporter importer,
            ImportJobRepository jobs,
            IdentityService identity,
            PlatformTransactionManager transactions,
            DataValuesProperties properties) {
        this.importer = importer;
        this.jobs = jobs;
        this.identity = identity;
        this.importTransaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor =
                Executors.newFixedThreadPool(properties.importThreads(), new CustomizableThreadFactory("dv-import-"));
    }

    public UUID submit(List<DataValueInput> rows, ImportOptions options) {
        UUID id = UUID.randomUUID();
        ownTransaction.executeWithoutResult(
                s -> jobs.insert(id, identity.currentUserOrSystem().username(), rows.size()));
        Runnable task = () -> run(id, rows, options);
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        return id;
    }

    /** The job, if it exists and the user submitted it or is an admin. */
    public Optional<ImportJobView> find(UUID id, CurrentUser user) {
        return jobs.find(id).filter(job -> user.isAdmin() || job.username().equals(user.username()));
    }

    private void run(UUID id, List<DataValueInput> rows, ImportOptions options) {
        AtomicLong lastReport = new AtomicLong();
        try {
            ownTransaction.executeWithoutResult(s -> jobs.progress(id, "RUNNING", 0));
            ImportSummary summary = importTransaction.execute(s -> importer.importValues(rows, options, done -> {
                long now = System.currentTimeMillis();
                if (now - lastReport.get() >= PROGRESS_EVERY_MS) {
                    lastReport.set(now);
                    ownTransaction.executeWithoutResult(t -> jobs.progress(id, "RUNNING", done));
                }
            }));
            ownTransaction.executeWithoutResult(s -> jobs.complete(id, summary));
        } catch (RuntimeException e) {
            log.error("Import job {} failed", id, e);
            ownTransaction.executeWithoutResult(s -> jobs.fail(
                    id, "Lỗi không mong đợi khi nhập dữ liệu: " + ImportJobRepository.shorten(e.getMessage())));
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
