package vn.toancanh.operations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.operations.DossierInput;
import vn.toancanh.operations.DossierService;
import vn.toancanh.operations.ImportResult;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * Applies an import: every row checked first (nothing is written if one is wrong), then each dossier created,
 * updated or left as it is by its code, a status event recorded whenever its status is new.
 */
@Component
public class DossierImports {

    /** What was done, and which units' months must be counted again. */
    public record Outcome(ImportResult result, Map<Long, Set<String>> changedMonths) {}

    private final DossierRepository dossiers;
    private final OrganisationService organisation;
    private final UnitScopes scopes;

    DossierImports(DossierRepository dossiers, OrganisationService organisation, UnitScopes scopes) {
        this.dossiers = dossiers;
        this.organisation = organisation;
        this.scopes = scopes;
    }

    public Outcome apply(List<DossierInput> rows, List<FieldProblem> readProblems, CurrentUser user) {
        Set<String> unitCodes = new LinkedHashSet<>();
        rows.forEach(r -> {
            if (r.unit() != null && !r.unit().isBlank()) {
                unitCodes.add(r.unit().strip());
            }
        });
        Map<String, UnitView> units = organisation.findByCodes(unitCodes);
        DossierRowChecker checker = new DossierRowChecker(units, unit -> scopes.writes(user, unit));
        List<FieldProblem> problems = new ArrayList<>(readProblems);
        Set<String> unreadable = new HashSet<>();
        readProblems.forEach(p -> unreadable.add(p.field()));
        List<DossierRepository.Stored> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldProblem> rowProblems = new ArrayList<>();
            DossierRepository.Stored d = checker.check(i + 1, rows.get(i), rowProblems);
            // a cell already reported as unreadable is not reported again as missing
            rowProblems.stream().filter(p -> !unreadable.contains(p.field())).forEach(problems::add);
            if (d != null && !seen.add(d.code())) {
                problems.add(new FieldProblem(
                        "rows[" + (i + 1) + "].code", "Mã hồ sơ " + d.code() + " có hai lần trong lần nhập này"));
            }
            checked.add(d);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, DossierRepository.Stored> existing = dossiers.findByCodes(
                checked.stream().map(DossierRepository.Stored::code).toList());
        Instant now = Instant.now();
        Map<Long, Set<String>> months = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int events = 0;
        for (DossierRepository.Stored d : checked) {
            DossierRepository.Stored old = existing.get(d.code());
            if (old == null) {
                long id = dossiers.insert(d, user.username());
                dossiers.addEvent(id, d.status(), now, user.username());
                created++;
                events++;
            } else if (old.sameAs(d)) {
                unchanged++;
                continue;
            } else {
                dossiers.update(old.id(), d, user.username());
                if (old.status() != d.status()) {
                    dossiers.addEvent(old.id(), d.status(), now, user.username());
                    events++;
                }
                months.computeIfAbsent(old.unitId(), u -> new HashSet<>())
                        .addAll(DossierService.months(old.receivedAt(), old.completedAt(), now));
                updated++;
            }
            months.computeIfAbsent(d.unitId(), u -> new HashSet<>())
                    .addAll(DossierService.months(d.receivedAt(), d.completedAt(), now));
        }
        return new Outcome(new ImportResult(rows.size(), created, updated, unchanged, events), months);
    }
}
