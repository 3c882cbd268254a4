package vn.toancanh.exchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportConflict;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.identity.AuditService;

/**
 * Pulls a data set's values from a DHIS2 instance and imports them all or nothing: one rejected row and nothing is
 * written, every rejected row reported. The remote call happens outside any transaction; the import and its audit
 * entry share one. Credentials live only as long as the call.
 */
@Service
public class Dhis2ImportService {

    private static final Logger log = LoggerFactory.getLogger(Dhis2ImportService.class);

    private final Dhis2Client client;
    private final JsonMapper json;
    private final DataValueService values;
    private final AuditService audit;
    private final TransactionTemplate transactions;

    Dhis2ImportService(
            Dhis2Client client,
            JsonMapper json,
            DataValueService values,
            AuditService audit,
            TransactionTemplate transactions) {
        this.client = client;
        this.json = json;
        this.values = values;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Dhis2ImportResult importFrom(Dhis2ImportInput input) {
        Dhis2Query query = Dhis2ImportValidator.check(input);
        Dhis2ValueSet set;
        try {
            set = Dhis2ValueSet.parse(json, client.fetch(query));
            if (set.rows().isEmpty()) {
                throw new Dhis2RemoteException(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "dataSet",
                        "DHIS2 không có giá trị nào cho " + query.selection() + ", kỳ "
                                + String.join(", ", query.periods()) + ", đơn vị " + query.orgUnit()
                                + ": kiểm tra các mã, kỳ và idScheme");
            }
        } catch (Dhis2RemoteException e) {
            log.info("DHIS2 pull from {} failed: {}", query.host(), e.problem().reason());
            transactions.executeWithoutResult(s -> audit.record(
                    "IMPORT_FAILED",
                    "dhis2_import",
                    query.host(),
                    describe(query) + ": " + e.problem().reason()));
            throw e;
        }
        ImportSummary summary = transactions.execute(s -> {
            ImportSummary done = run(query, set);
            audit.record(
                    query.dryRun() ? "IMPORT_DRY_RUN" : "IMPORT",
                    "dhis2_import",
                    query.host(),
                    describe(query) + "; nhận " + set.rows().size() + " giá trị, " + counts(done));
            return done;
        });
        log.info(
                "DHIS2 pull from {}: {} values, {}{}",
                query.host(),
                set.rows().size(),
                counts(summary),
                query.dryRun() ? " (dry run)" : "");
        return new Dhis2ImportResult(query.host(), set.rows().size(), summary);
    }

    private ImportSummary run(Dhis2Query query, Dhis2ValueSet set) {
        ImportOptions options = new ImportOptions(
                ImportOptions.IdScheme.CODE,
                query.dryRun(),
                ImportOptions.ImportStrategy.CREATE_AND_UPDATE,
                ImportOptions.AtomicMode.ALL,
                ChangeSource.DHIS2);
        if (set.conflicts().isEmpty()) {
            return values.importValues(set.rows(), options);
        }
        // Rows refused before the importer: let it check the rest without writing, so every problem is listed.
        ImportOptions check =
                new ImportOptions(options.idScheme(), true, options.strategy(), options.atomicMode(), options.source());
        List<ImportConflict> all = new ArrayList<>(set.conflicts());
        all.addAll(values.importValues(set.rows(), check).conflicts());
        all.sort(Comparator.comparingInt(c -> c.row() <= 0 ? Integer.MAX_VALUE : c.row()));
        return new ImportSummary(
                ImportSummary.Status.ERROR, query.dryRun(), 0, 0, set.rows().size(), 0, all);
    }

    private static String describe(Dhis2Query q) {
        return "Lấy từ DHIS2 " + q.host() + ": " + q.selector() + "=" + q.selection() + ", kỳ "
                + String.join(",", q.periods()) + ", đơn vị " + q.orgUnit() + (q.children() ? " (cả đơn vị con)" : "")
                + ", idScheme=" + q.idScheme() + ", xác thực bằng "
                + q.credentials().describe();
    }

    private static String counts(ImportSummary s) {
        return "status=%s, imported=%d, updated=%d, ignored=%d, deleted=%d, conflicts=%d"
                .formatted(
                        s.status(),
                        s.imported(),
                        s.updated(),
                        s.ignored(),
                        s.deleted(),
                        s.conflicts().size());
    }
}
