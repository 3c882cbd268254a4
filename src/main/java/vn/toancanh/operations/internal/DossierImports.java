package vn.toancanh.operations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.operations.DossierInput;
import vn.toancanh.operations.DossierService;
import vn.toancanh.operations.DossiersChanged;
import vn.toancanh.operations.ImportResult;
import vn.toancanh.shared.FieldProblem;

/**
 * Applies an import of dossiers: every row checked first (nothing is written if one is wrong), then each dossier
 * created, updated or left as it is by its code, a status event recorded whenever its status is new. The frame is
 * {@link ImportByCode}'s; this class says how a dossier is checked and stored.
 */
@Component
public class DossierImports
        implements ImportByCode.Kind<DossierInput, DossierRepository.Stored, DossierRepository.Stored> {

    private static final ImportByCode.Terms TERMS =
            new ImportByCode.Terms("hồ sơ", "dossier", DossierService.MAX_ROWS, DossiersChanged::new);

    private final ImportByCode frame;
    private final DossierRepository dossiers;

    DossierImports(ImportByCode frame, DossierRepository dossiers) {
        this.frame = frame;
        this.dossiers = dossiers;
    }

    /** Imports as the current user; any mistake rejects the whole import with every mistake named. */
    public ImportResult apply(List<DossierInput> rows, List<FieldProblem> readProblems) {
        return frame.run(rows, readProblems, this);
    }

    /** Imports as {@code user}, neither announced nor audited: the demo data counts its figures at once. */
    ImportByCode.Outcome apply(List<DossierInput> rows, List<FieldProblem> readProblems, CurrentUser user) {
        return frame.apply(rows, readProblems, user, this);
    }

    @Override
    public ImportByCode.Terms terms() {
        return TERMS;
    }

    @Override
    public @Nullable String unit(DossierInput row) {
        return row.unit();
    }

    @Override
    public ImportByCode.RowCheck<DossierInput, DossierRepository.Stored> checker(RowChecks.Units units) {
        return new DossierRowChecker(units)::check;
    }

    @Override
    public DossierRepository.Stored stored(DossierRepository.Stored checked) {
        return checked;
    }

    @Override
    public Map<String, DossierRepository.Stored> findByCodes(List<String> codes) {
        return dossiers.findByCodes(codes);
    }

    @Override
    public long insert(DossierRepository.Stored checked, String user) {
        return dossiers.insert(checked, user);
    }

    @Override
    public void update(DossierRepository.Stored old, DossierRepository.Stored checked, String user) {
        dossiers.update(old.id(), checked, user);
    }

    @Override
    public void addEvent(long id, DossierRepository.Stored stored, Instant at, String user) {
        dossiers.addEvent(id, stored.status(), at, user);
    }

    @Override
    public Set<String> months(DossierRepository.Stored stored, Instant now) {
        return DossierService.months(stored.receivedAt(), stored.completedAt(), now);
    }
}
