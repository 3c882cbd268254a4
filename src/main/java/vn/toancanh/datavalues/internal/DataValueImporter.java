package vn.toancanh.datavalues.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValuesWritten;
import vn.toancanh.datavalues.ImportConflict;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportOptions.AtomicMode;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.datavalues.ImportSummary.Status;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;

/** Validates a batch, writes it set-based, audits it and tells the other modules; runs in the caller's transaction. */
@Component
public class DataValueImporter {

    private final RowValidator validator;
    private final DataValueWriter writer;
    private final IdentityService identity;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final DataValuesProperties properties;

    DataValueImporter(
            RowValidator validator,
            DataValueWriter writer,
            IdentityService identity,
            OrganisationService organisation,
            AuditService audit,
            ApplicationEventPublisher events,
            DataValuesProperties properties) {
        this.validator = validator;
        this.writer = writer;
        this.identity = identity;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
    }

    public ImportSummary importValues(List<DataValueInput> rows, ImportOptions options, IntConsumer progress) {
        CurrentUser user = identity.currentUserOrSystem();
        WriteScope scope = new WriteScope(
                user,
                user.unitId() == null
                        ? null
                        : organisation.findById(user.unitId()).orElse(null));
        ImportValidation validation = validator.validate(rows, options, scope, progress);
        List<ImportConflict> conflicts = capped(validation.conflicts());
        ImportSummary summary;
        if (!conflicts.isEmpty() && options.atomicMode() == AtomicMode.ALL) {
            summary = new ImportSummary(Status.ERROR, options.dryRun(), 0, 0, rows.size(), 0, conflicts);
        } else {
            DataValueWriter.WriteResult result = write(validation.staged(), options, user);
            Status status = conflicts.isEmpty()
                    ? Status.SUCCESS
                    : validation.staged().isEmpty() ? Status.ERROR : Status.WARNING;
            int ignored = rows.size() - result.created() - result.updated() - result.deleted();
            summary = new ImportSummary(
                    status, options.dryRun(), result.created(), result.updated(), ignored, result.deleted(), conflicts);
        }
        if (!options.dryRun()) {
            audit.record("IMPORT", "data_value_set", options.source().name(), details(summary, options.source()));
        }
        progress.accept(rows.size());
        return summary;
    }

    private DataValueWriter.WriteResult write(List<StagedValue> staged, ImportOptions options, CurrentUser user) {
        if (staged.isEmpty()) {
            return new DataValueWriter.WriteResult(0, 0, 0, List.of());
        }
        if (options.dryRun()) {
            return writer.dryRun(staged);
        }
        DataValueWriter.WriteResult result = writer.write(staged, user.username(), options.source());
        if (!result.changed().isEmpty()) {
            events.publishEvent(new DataValuesWritten(result.changed(), options.source()));
        }
        return result;
    }

    private List<ImportConflict> capped(List<ImportConflict> all) {
        if (all.size() <= properties.maxConflicts()) {
            return all;
        }
        List<ImportConflict> shown = new ArrayList<>(all.subList(0, properties.maxConflicts()));
        int more = all.size() - properties.maxConflicts();
        shown.add(new ImportConflict(0, "", "", "Còn " + more + " lỗi khác không liệt kê"));
        return shown;
    }

    private static String details(ImportSummary s, ChangeSource source) {
        return "status=%s, source=%s, imported=%d, updated=%d, ignored=%d, deleted=%d, conflicts=%d"
                .formatted(
                        s.status(),
                        source,
                        s.imported(),
                        s.updated(),
                        s.ignored(),
                        s.deleted(),
                        s.conflicts().size());
    }
}
