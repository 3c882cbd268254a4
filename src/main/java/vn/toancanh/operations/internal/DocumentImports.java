package vn.toancanh.operations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.operations.DocumentInput;
import vn.toancanh.operations.ImportResult;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * Applies an import of documents: every row checked first (nothing is written if one is wrong), then each entry
 * created, updated or left as it is by its code, a status event recorded whenever its status is new.
 */
@Component
public class DocumentImports {

    /** What was done, and which units' months must be counted again. */
    public record Outcome(ImportResult result, Map<Long, Set<String>> changedMonths) {}

    private final DocumentRepository documents;
    private final OrganisationService organisation;
    private final UnitScopes scopes;

    DocumentImports(DocumentRepository documents, OrganisationService organisation, UnitScopes scopes) {
        this.documents = documents;
        this.organisation = organisation;
        this.scopes = scopes;
    }

    public Outcome apply(List<DocumentInput> rows, List<FieldProblem> readProblems, CurrentUser user) {
        Set<String> unitCodes = new LinkedHashSet<>();
        rows.forEach(r -> {
            if (r.unit() != null && !r.unit().isBlank()) {
                unitCodes.add(r.unit().strip());
            }
        });
        DocumentRowChecker checker =
                new DocumentRowChecker(organisation.findByCodes(unitCodes), unit -> scopes.writes(user, unit));
        List<FieldProblem> problems = new ArrayList<>(readProblems);
        Set<String> unreadable = new HashSet<>();
        readProblems.forEach(p -> unreadable.add(p.field()));
        List<DocumentRowChecker.Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldProblem> rowProblems = new ArrayList<>();
            DocumentRowChecker.Checked c = checker.check(i + 1, rows.get(i), rowProblems);
            // a cell already reported as unreadable is not reported again as missing
            rowProblems.stream().filter(p -> !unreadable.contains(p.field())).forEach(problems::add);
            if (c != null && !seen.add(c.document().code())) {
                problems.add(new FieldProblem(
                        "rows[" + (i + 1) + "].code",
                        "Mã văn bản " + c.document().code() + " có hai lần trong lần nhập này"));
            }
            checked.add(c);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, DocumentRepository.Stored> existing = documents.findByCodes(
                checked.stream().map(c -> c.document().code()).toList());
        LocalDate today = OrganisationService.today();
        Map<Long, Set<String>> months = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int events = 0;
        for (DocumentRowChecker.Checked c : checked) {
            DocumentRepository.Stored d = c.document();
            DocumentRepository.Stored old = existing.get(d.code());
            if (old == null) {
                long id = documents.insert(d, c.attachment(), user.username());
                documents.addEvent(id, d.status(), user.username());
                created++;
                events++;
            } else if (old.sameAs(d)) {
                unchanged++;
                continue;
            } else {
                String kept = c.attachment() == null
                        ? documents.attachmentTexts(List.of(old.id())).get(old.id())
                        : null;
                documents.update(old.id(), d, c.attachment(), kept, user.username());
                if (old.status() != d.status()) {
                    documents.addEvent(old.id(), d.status(), user.username());
                    events++;
                }
                months.computeIfAbsent(old.unitId(), u -> new HashSet<>()).addAll(months(old, today));
                updated++;
            }
            months.computeIfAbsent(d.unitId(), u -> new HashSet<>()).addAll(months(d, today));
        }
        return new Outcome(new ImportResult(rows.size(), created, updated, unchanged, events), months);
    }

    /** The months up to today a document counts in: registered … handled (or, open, until today). */
    static Set<String> months(DocumentRepository.Stored d, LocalDate today) {
        LocalDate from = d.receivedOn() == null ? d.issuedOn() : d.receivedOn();
        LocalDate to = d.completedOn() == null || d.completedOn().isAfter(today) ? today : d.completedOn();
        return MonthIds.between(from, to.isBefore(from) ? from : to, 60);
    }

    /** An attachment sent on its own, checked as in an import: a readable PDF of at most 10 MB, with its text. */
    public DocumentRepository.@org.jspecify.annotations.Nullable Attachment attachment(
            @org.jspecify.annotations.Nullable String fileName, byte[] content, List<FieldProblem> problems) {
        return DocumentRowChecker.attachment(fileName, content, "", problems);
    }
}
