package vn.toancanh.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.Sha256;

/**
 * Numbered, frozen releases of the open datasets. Publishing stores the dataset's CSV file as it is at that moment
 * (what an anonymous citizen downloads) with its SHA-256; a new version is made only when that content differs from
 * the latest version's, under a per-dataset lock, so two instances or an admin and the monthly job never make
 * duplicates. Versions of a group that is no longer public are "not found", like the group.
 */
@Component
public class DatasetVersions {

    static final String ENTITY = "portal_dataset_version";
    public static final int MAX_NOTE = 1_000;
    private static final Logger log = LoggerFactory.getLogger(DatasetVersions.class);

    private final OpenDataCatalog catalog;
    private final OpenDataFiles files;
    private final DatasetVersionRepository versions;
    private final AuditService audit;
    private final IdentityService identity;
    private final TransactionTemplate tx;

    DatasetVersions(
            OpenDataCatalog catalog,
            OpenDataFiles files,
            DatasetVersionRepository versions,
            AuditService audit,
            IdentityService identity,
            TransactionTemplate tx) {
        this.catalog = catalog;
        this.files = files;
        this.versions = versions;
        this.audit = audit;
        this.identity = identity;
        this.tx = tx;
    }

    /** An admin's release: refused when the dataset has no values or nothing changed since the latest version. */
    @Transactional
    public DatasetVersionView publish(String code, @Nullable String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "Ghi chú dài quá " + MAX_NOTE + " ký tự");
        }
        DatasetView dataset = catalog.dataset(code);
        Candidate candidate = candidate(dataset);
        if (candidate.content().rows() == 0) {
            throw new ConflictException("dataset", "Bộ dữ liệu chưa có số liệu công khai nào để công bố");
        }
        if (candidate.sameAs() != null) {
            throw new ConflictException(
                    "dataset",
                    "Số liệu chưa thay đổi so với phiên bản "
                            + candidate.sameAs().version() + " nên không tạo phiên bản mới");
        }
        return store(dataset, candidate.content(), text);
    }

    /**
     * Publishes a new version of every public dataset whose content changed since its latest version (or that has
     * values and no version yet), each in a transaction of its own; returns how many versions were made.
     */
    public int publishChanged(@Nullable String note) {
        int made = 0;
        for (DatasetView dataset : catalog.allDatasets()) {
            try {
                Boolean stored = tx.execute(status -> publishIfChanged(dataset, note));
                made += Boolean.TRUE.equals(stored) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Dataset {} not versioned: {}", dataset.code(), e.toString());
            }
        }
        return made;
    }

    private boolean publishIfChanged(DatasetView dataset, @Nullable String note) {
        Candidate candidate = candidate(dataset);
        if (candidate.content().rows() == 0 || candidate.sameAs() != null) {
            return false;
        }
        store(dataset, candidate.content(), note);
        return true;
    }

    /** Under the dataset's lock: its content now, and the latest version when that holds the same content. */
    private Candidate candidate(DatasetView dataset) {
        versions.lock(dataset.code());
        Content content = content(dataset);
        DatasetVersionView sameAs = versions.latest(dataset.code())
                .filter(latest -> latest.sha256().equals(content.sha256()))
                .orElse(null);
        return new Candidate(content, sameAs);
    }

    private record Candidate(Content content, @Nullable DatasetVersionView sameAs) {}

    private DatasetVersionView store(DatasetView dataset, Content content, @Nullable String note) {
        String by = identity.currentUserOrSystem().username();
        DatasetVersionView v = versions.insert(
                dataset.code(), dataset.name(), by, content.rows(), content.sha256(), Frozen.gzip(content.csv()), note);
        audit.record(
                "PUBLISH",
                ENTITY,
                v.datasetCode() + " v" + v.version(),
                "Công bố phiên bản " + v.version() + " của bộ dữ liệu mở (" + v.rowCount() + " dòng)");
        return v;
    }

    /** One page of a public dataset's versions, newest first. */
    public PageResult<DatasetVersionView> versions(String code, int page, int pageSize) {
        DatasetView dataset = catalog.dataset(code);
        long total = versions.count(dataset.code());
        return new PageResult<>(versions.page(dataset.code(), (page - 1) * pageSize, pageSize), page, pageSize, total);
    }

    /** One version of a public dataset. */
    public DatasetVersionView version(String code, int version) {
        DatasetView dataset = catalog.dataset(code);
        return versions.find(dataset.code(), version)
                .orElseThrow(() -> NotFoundException.of("phiên bản", dataset.code() + " v" + version));
    }

    /** The version's CSV file, exactly as it was published. */
    public byte[] csv(DatasetVersionView version) {
        byte[] stored = versions.content(version.datasetCode(), version.version())
                .orElseThrow(() -> NotFoundException.of("phiên bản", version.datasetCode() + " v" + version.version()));
        return Frozen.gunzip(stored);
    }

    public Optional<DatasetVersionView> latest(String code) {
        return versions.latest(code);
    }

    /** Every version of these datasets, newest first, by dataset code; datasets without versions are left out. */
    public Map<String, List<DatasetVersionView>> byDataset(List<String> codes) {
        Map<String, List<DatasetVersionView>> out = new LinkedHashMap<>();
        for (DatasetVersionView v : versions.all(codes)) {
            out.computeIfAbsent(v.datasetCode(), c -> new java.util.ArrayList<>())
                    .add(v);
        }
        return out;
    }

    /** Every public dataset with its latest version, for the admin page. */
    public List<Status> statuses() {
        List<DatasetView> datasets = catalog.allDatasets();
        Map<String, List<DatasetVersionView>> all =
                byDataset(datasets.stream().map(DatasetView::code).toList());
        return datasets.stream()
                .map(d -> new Status(
                        d,
                        all.getOrDefault(d.code(), List.of()).stream()
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    /** A public dataset and its latest version, if it has one. */
    public record Status(DatasetView dataset, @Nullable DatasetVersionView latest) {}

    /** The content as a citizen would download it now: computed with no user, so no one's scope narrows it. */
    private Content content(DatasetView dataset) {
        return Frozen.asAnonymous(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                long rows = files.csv(dataset, null, out);
                byte[] csv = out.toByteArray();
                return new Content(csv, Math.toIntExact(rows), Sha256.hex(csv));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private record Content(byte[] csv, int rows, String sha256) {}
}
