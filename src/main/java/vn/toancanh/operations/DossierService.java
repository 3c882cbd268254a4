package vn.toancanh.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.operations.internal.DossierFiles;
import vn.toancanh.operations.internal.DossierImports;
import vn.toancanh.operations.internal.DossierRepository;
import vn.toancanh.operations.internal.MonthIds;
import vn.toancanh.operations.internal.UnitScopes;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.Period;

/**
 * One-stop-shop dossiers: imported from the one-stop-shop system (JSON, CSV or Excel) idempotently by code — all rows or
 * none, each rejected row named — with every status change kept; listed for officers with the applicant masked;
 * looked up by citizens by code, without any personal data.
 *
 * <p>Admins import for any unit; officers for their unit and the units below it. Leaders and admins read every
 * dossier, others those of their unit's subtree.
 */
@Service
@Transactional(readOnly = true)
public class DossierService {

    /** An import takes at most this many rows; larger files are sent in parts. */
    public static final int MAX_ROWS = 20_000;

    private final DossierRepository dossiers;
    private final DossierImports imports;
    private final UnitScopes scopes;
    private final OrganisationService organisation;

    DossierService(
            DossierRepository dossiers, DossierImports imports, UnitScopes scopes, OrganisationService organisation) {
        this.dossiers = dossiers;
        this.imports = imports;
        this.scopes = scopes;
        this.organisation = organisation;
    }

    /** Imports dossiers; any mistake rejects the whole import with every mistake named ({@code rows[n].field}). */
    @Transactional
    public ImportResult importDossiers(List<DossierInput> rows) {
        return imports.apply(rows, List.of());
    }

    /** The same from a CSV file with the JSON field names as its header. */
    @Transactional
    public ImportResult importCsv(byte[] content) {
        DossierFiles.Parsed parsed = DossierFiles.parse(content);
        return imports.apply(parsed.rows(), parsed.problems());
    }

    /** The same from an Excel workbook: its first sheet, with the JSON field names in the first row. */
    @Transactional
    public ImportResult importExcel(byte[] content) {
        DossierFiles.Parsed parsed = DossierFiles.parseExcel(content);
        return imports.apply(parsed.rows(), parsed.problems());
    }

    /** A page of the dossiers the user may read, newest first unless sorted otherwise; applicants masked. */
    public PageResult<DossierView> list(PageQuery query, DossierFilter filter) {
        List<Long> units = scopes.readable(filter.unit());
        Instant now = Instant.now();
        PageResult<DossierRepository.Stored> page = dossiers.page(
                query,
                units,
                filter.sector(),
                filter.status(),
                filter.timeliness(),
                day(filter.receivedFrom()),
                filter.receivedTo() == null ? null : day(filter.receivedTo().plusDays(1)),
                day(filter.completedFrom()),
                filter.completedTo() == null ? null : day(filter.completedTo().plusDays(1)),
                now);
        Map<Long, UnitView> names = organisation.findByIds(
                page.items().stream().map(DossierRepository.Stored::unitId).toList());
        return page.map(d -> view(d, names.get(d.unitId()), now, true, List.of()));
    }

    /** A month's figures by sector over the dossiers the user may read of {@code unitCode}'s subtree. */
    public Map<String, DossierCounts> bySector(@Nullable String unitCode, Period month) {
        return dossiers.bySector(
                scopes.readable(unitCode),
                day(month.startDate()),
                day(month.endDate().plusDays(1)),
                Instant.now());
    }

    /** One dossier with its history, the applicant in full, for the officers who may read it. */
    public DossierView get(String code) {
        DossierRepository.Stored d = dossiers.find(code)
                .filter(x -> scopes.reads(x.unitId()))
                .orElseThrow(() -> NotFoundException.of("hồ sơ", code));
        return view(d, organisation.findById(d.unitId()).orElse(null), Instant.now(), false, dossiers.history(d.id()));
    }

    /** What a citizen may see of a dossier by its exact code. */
    public Optional<DossierLookup> lookup(String code) {
        if (code == null || code.isBlank() || code.length() > 60) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return dossiers.find(code.strip())
                .map(d -> new DossierLookup(
                        d.code(),
                        d.procedureName(),
                        d.sector(),
                        organisation.findById(d.unitId()).map(UnitView::name).orElse(""),
                        d.status().labelVi(),
                        d.receivedAt(),
                        d.dueAt(),
                        d.completedAt(),
                        Timeliness.of(d.status(), d.dueAt(), d.completedAt(), now)
                                .labelVi()));
    }

    /** "Nguyễn Văn An" → "Nguyễn V** A*": enough to recognise one's own dossier, not to learn someone else's name. */
    public static @Nullable String mask(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            out.append(' ').append(w.charAt(0)).append("*".repeat(Math.max(1, w.length() - 1)));
        }
        return out.toString();
    }

    /** The months of a dossier's life up to {@code now} whose figures it counts in (received … completed). */
    public static Set<String> months(Instant received, @Nullable Instant completed, Instant now) {
        return MonthIds.between(
                LocalDate.ofInstant(received, OrganisationService.ZONE),
                LocalDate.ofInstant(
                        completed == null || completed.isAfter(now) ? now : completed, OrganisationService.ZONE),
                60);
    }

    private DossierView view(
            DossierRepository.Stored d,
            @Nullable UnitView unit,
            Instant now,
            boolean masked,
            List<DossierView.Event> history) {
        return new DossierView(
                d.code(),
                d.procedureCode(),
                d.procedureName(),
                d.sector(),
                unit == null ? "" : unit.code(),
                unit == null ? "" : unit.name(),
                d.channel(),
                d.status(),
                d.receivedAt(),
                d.dueAt(),
                d.completedAt(),
                d.returnedAt(),
                d.feePaidOnline(),
                d.applicantKind(),
                masked ? mask(d.applicantName()) : d.applicantName(),
                Timeliness.of(d.status(), d.dueAt(), d.completedAt(), now),
                history);
    }

    private static @Nullable Instant day(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(OrganisationService.ZONE).toInstant();
    }
}
