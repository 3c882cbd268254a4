package vn.toancanh.operations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.operations.ImportResult;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * The idempotent import the dossiers and documents share: every row checked first, each rejected row named, and
 * nothing written if one is wrong; then each record created, updated or left as it is by its code, a status event
 * recorded whenever its status is new, and the months it touches announced so that their figures are counted again.
 * Each kind of record says only how its rows are checked and stored ({@link Kind}).
 */
@Component
class ImportByCode {

    /** What was done, and which units' months must be counted again. */
    record Outcome(ImportResult result, Map<Long, Set<String>> changedMonths) {}

    /**
     * How a kind of record is named in messages ({@code "hồ sơ"}) and in the audit log, how many rows one import
     * takes, and the event that announces changed months.
     */
    record Terms(String noun, String auditEntity, int maxRows, Function<Map<Long, Set<String>>, Object> changed) {}

    /** A record as stored, as far as the import compares it with the same code's new row. */
    interface Coded<S> {
        long id();

        String code();

        long unitId();

        Enum<?> status();

        /** The same content, ignoring the id (to tell whether an import changes anything). */
        boolean sameAs(S other);
    }

    /** Checks one row, naming each mistake in {@code problems}; null when the row has one. */
    interface RowCheck<I, C> {
        @Nullable
        C check(int row, I in, List<FieldProblem> problems);
    }

    /**
     * What differs between the kinds imported: {@code I} the row as sent, {@code C} the row checked, {@code S} the
     * record as stored.
     */
    interface Kind<I, C, S extends Coded<S>> {
        Terms terms();

        /** The code of the unit a row names, before it is checked. */
        @Nullable
        String unit(I row);

        RowCheck<I, C> checker(RowChecks.Units units);

        /** The checked row as it will be stored (id 0). */
        S stored(C checked);

        Map<String, S> findByCodes(List<String> codes);

        long insert(C checked, String user);

        void update(S old, C checked, String user);

        void addEvent(long id, S stored, Instant at, String user);

        /** The months up to {@code now} whose figures the record counts in. */
        Set<String> months(S stored, Instant now);
    }

    private final OrganisationService organisation;
    private final UnitScopes scopes;
    private final IdentityService identity;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    ImportByCode(
            OrganisationService organisation,
            UnitScopes scopes,
            IdentityService identity,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.organisation = organisation;
        this.scopes = scopes;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
    }

    /** An import by the current user: its changed months announced (inside the transaction) and audited. */
    <I, C, S extends Coded<S>> ImportResult run(List<I> rows, List<FieldProblem> readProblems, Kind<I, C, S> kind) {
        Terms terms = kind.terms();
        if (rows.isEmpty()) {
            throw InvalidInputException.of("rows", "Không có " + terms.noun() + " nào để nhập");
        }
        if (rows.size() > terms.maxRows()) {
            throw InvalidInputException.of("rows", "Mỗi lần nhập tối đa " + terms.maxRows() + " " + terms.noun());
        }
        Outcome outcome = apply(rows, readProblems, identity.currentUserOrSystem(), kind);
        if (!outcome.changedMonths().isEmpty()) {
            events.publishEvent(terms.changed().apply(outcome.changedMonths()));
        }
        ImportResult result = outcome.result();
        audit.record(
                "IMPORT",
                terms.auditEntity(),
                null,
                result.rows() + " " + terms.noun() + ": " + result.created() + " mới, " + result.updated()
                        + " cập nhật, " + result.unchanged() + " không đổi");
        return result;
    }

    /** Checks all rows, then writes them as {@code user}; neither announced nor audited. */
    <I, C, S extends Coded<S>> Outcome apply(
            List<I> rows, List<FieldProblem> readProblems, CurrentUser user, Kind<I, C, S> kind) {
        List<C> checked = checkAll(rows, readProblems, user, kind);
        Map<String, S> existing = kind.findByCodes(
                checked.stream().map(c -> kind.stored(c).code()).toList());
        Instant now = Instant.now();
        Map<Long, Set<String>> months = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int statusEvents = 0;
        for (C c : checked) {
            S d = kind.stored(c);
            S old = existing.get(d.code());
            if (old == null) {
                kind.addEvent(kind.insert(c, user.username()), d, now, user.username());
                created++;
                statusEvents++;
            } else if (old.sameAs(d)) {
                unchanged++;
                continue;
            } else {
                kind.update(old, c, user.username());
                if (old.status() != d.status()) {
                    kind.addEvent(old.id(), d, now, user.username());
                    statusEvents++;
                }
                // the months it counted in before are counted again too: it may have left them
                months.computeIfAbsent(old.unitId(), u -> new HashSet<>()).addAll(kind.months(old, now));
                updated++;
            }
            months.computeIfAbsent(d.unitId(), u -> new HashSet<>()).addAll(kind.months(d, now));
        }
        return new Outcome(new ImportResult(rows.size(), created, updated, unchanged, statusEvents), months);
    }

    /** Every row checked, or all their mistakes thrown at once so that nothing is written. */
    private <I, C, S extends Coded<S>> List<C> checkAll(
            List<I> rows, List<FieldProblem> readProblems, CurrentUser user, Kind<I, C, S> kind) {
        Set<String> unitCodes = new LinkedHashSet<>();
        rows.forEach(r -> {
            String unit = RowChecks.strip(kind.unit(r));
            if (unit != null) {
                unitCodes.add(unit);
            }
        });
        RowCheck<I, C> checker = kind.checker(
                new RowChecks.Units(organisation.findByCodes(unitCodes), unit -> scopes.writes(user, unit)));
        List<FieldProblem> problems = new ArrayList<>(readProblems);
        Set<String> unreadable = new HashSet<>();
        readProblems.forEach(p -> unreadable.add(p.field()));
        List<C> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldProblem> rowProblems = new ArrayList<>();
            C c = checker.check(i + 1, rows.get(i), rowProblems);
            // a cell already reported as unreadable is not reported again as missing
            rowProblems.stream().filter(p -> !unreadable.contains(p.field())).forEach(problems::add);
            if (c != null && !seen.add(kind.stored(c).code())) {
                problems.add(new FieldProblem(
                        "rows[" + (i + 1) + "].code",
                        "Mã " + kind.terms().noun() + " " + kind.stored(c).code() + " có hai lần trong lần nhập này"));
            }
            checked.add(c);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }
}
