package vn.toancanh.reports;

import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.reports.internal.ExportJobRepository;
import vn.toancanh.reports.internal.ExportJobRunner;
import vn.toancanh.shared.NotFoundException;

/**
 * Exports too large to build while the browser waits (hundreds of thousands of values): queued, written in the
 * background with progress, kept a day for their author to download. A job is visible to its author and to admins.
 */
@Service
public class LargeExports {

    private static final int RECENT = 20;

    private final ExportJobRunner runner;
    private final ExportJobRepository jobs;
    private final IdentityService identity;
    private final CatalogService catalog;

    LargeExports(ExportJobRunner runner, ExportJobRepository jobs, IdentityService identity, CatalogService catalog) {
        this.runner = runner;
        this.jobs = jobs;
        this.identity = identity;
        this.catalog = catalog;
    }

    public ExportJobView submit(ExportRequest request) {
        CurrentUser user = identity.currentUserOrSystem();
        UUID id = runner.submit(user.username(), title(request), request.formatOrDefault(), request.query());
        return job(id.toString());
    }

    public ExportJobView job(String id) {
        UUID uuid = parse(id);
        CurrentUser user = identity.currentUserOrSystem();
        return jobs.find(uuid)
                .filter(j -> user.isAdmin() || j.username().equals(user.username()))
                .orElseThrow(() -> NotFoundException.of("lượt xuất dữ liệu", id));
    }

    /** The current user's latest exports, newest first. */
    public List<ExportJobView> recent() {
        return jobs.recent(identity.currentUserOrSystem().username(), RECENT);
    }

    /** Writes a finished export's file to {@code out}; "not found" while it is not finished. */
    public ExportJobView download(String id, OutputStream out) {
        ExportJobView job = job(id);
        if (job.status() != ExportJobView.Status.DONE || !jobs.copyContent(parse(id), out)) {
            throw NotFoundException.of("tệp xuất dữ liệu", id);
        }
        return job;
    }

    private String title(ExportRequest request) {
        if (request.title() != null && !request.title().isBlank()) {
            return request.title().strip();
        }
        if (request.dataGroup() != null && !request.dataGroup().isBlank()) {
            return catalog.findGroupByCode(request.dataGroup().strip())
                    .map(g -> "Số liệu " + g.name())
                    .orElse("Số liệu " + request.dataGroup().strip());
        }
        return "Số liệu xuất";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw NotFoundException.of("lượt xuất dữ liệu", id);
        }
    }
}
