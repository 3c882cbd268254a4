package vn.toancanh.datavalues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.toancanh.datavalues.ImportOptions.AtomicMode;
import vn.toancanh.datavalues.ImportOptions.IdScheme;
import vn.toancanh.datavalues.ImportOptions.ImportStrategy;
import vn.toancanh.datavalues.ImportSummary.Status;
import vn.toancanh.identity.internal.UserAccountRepository;

/** The façade's write path against PostgreSQL: counts, idempotence, audit rows, conflicts, dry run, delete. */
@SpringBootTest
@RecordApplicationEvents
class DataValueServiceIntegrationTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    DataValueService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    DataValueTestFixture f;

    @BeforeEach
    void setUp() {
        f = new DataValueTestFixture(jdbc, encoder);
        f.loginAs(users, "admin");
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void importsThenIgnoresTheSamePayloadThenUpdatesWithAudit() {
        List<DataValueInput> rows = List.of(
                row("NUM", "202401", "C1", "12.5"),
                row("NUM", "202402", "C1", "13"),
                new DataValueInput(f.code("SEX"), "202401", f.code("C1"), f.code("M"), "7", "ghi chú"));

        ImportSummary first = service.importValues(rows, ImportOptions.defaults(ChangeSource.IMPORT));
        assertThat(first.status()).isEqualTo(Status.SUCCESS);
        assertThat(first.imported()).isEqualTo(3);
        assertThat(audits()).isEqualTo(3);
        assertThat(stored("NUM", "202401")).isEqualTo("12.5");

        ImportSummary again = service.importValues(rows, ImportOptions.defaults(ChangeSource.IMPORT));
        assertThat(again.ignored()).isEqualTo(3);
        assertThat(again.imported() + again.updated()).isZero();
        assertThat(audits()).isEqualTo(3);

        ImportSummary changed = service.importValues(
                List.of(row("NUM", "202401", "C1", "99"), row("NUM", "202402", "C1", "13")),
                ImportOptions.defaults(ChangeSource.API));
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.ignored()).isEqualTo(1);
        assertThat(audits()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT old_value || '>' || new_value || ':' || source FROM data_value_audit"
                                + " WHERE item_id = :i AND change_type = 'UPDATE'")
                        .param("i", f.itemId("NUM"))
                        .query(String.class)
                        .single())
                .isEqualTo("12.5>99:API");
    }

    @Test
    void badRowsAreReportedAndNothingIsWrittenWithAtomicModeAll() {
        List<DataValueInput> rows = List.of(
                row("NUM", "202401", "C1", "1"),
                row("NOPE", "202401", "C1", "1"),
                row("NUM", "2024-01", "C1", "1"),
                row("NUM", "2024", "C1", "1"),
                row("NUM", "202401", "C1", "1,5"),
                row("NUM", "202401", "C1", "2000000"),
                row("NUM", "202401", "CX", "1"),
                row("PCT", "202401", "C1", "101"));

        ImportSummary all = service.importValues(rows, ImportOptions.defaults(ChangeSource.IMPORT));
        assertThat(all.status()).isEqualTo(Status.ERROR);
        assertThat(all.conflicts()).extracting(ImportConflict::row).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(all.conflicts())
                .extracting(ImportConflict::property)
                .containsExactly("dataElement", "period", "period", "value", "value", "orgUnit", "value");
        assertThat(all.ignored()).isEqualTo(8);
        assertThat(stored("NUM", "202401")).isNull();

        ImportSummary none = service.importValues(
                rows,
                new ImportOptions(
                        IdScheme.CODE, false, ImportStrategy.CREATE_AND_UPDATE, AtomicMode.NONE, ChangeSource.IMPORT));
        assertThat(none.status()).isEqualTo(Status.WARNING);
        assertThat(none.imported()).isEqualTo(1);
        assertThat(none.ignored()).isEqualTo(7);
        assertThat(stored("NUM", "202401")).isEqualTo("1");
    }

    @Test
    void dryRunCountsWithoutWritingAndDeleteRemovesWithAudit() {
        List<DataValueInput> rows = List.of(row("NUM", "202403", "C2", "5"), row("INT", "202403", "C2", "6"));
        ImportSummary dry = service.importValues(
                rows,
                new ImportOptions(
                        IdScheme.CODE, true, ImportStrategy.CREATE_AND_UPDATE, AtomicMode.ALL, ChangeSource.IMPORT));
        assertThat(dry.imported()).isEqualTo(2);
        assertThat(stored("NUM", "202403")).isNull();

        service.importValues(rows, ImportOptions.defaults(ChangeSource.IMPORT));
        ImportSummary deleted = service.importValues(
                List.of(row("NUM", "202403", "C2", ""), row("NUM", "202404", "C2", "")),
                new ImportOptions(IdScheme.CODE, false, ImportStrategy.DELETE, AtomicMode.ALL, ChangeSource.IMPORT));
        assertThat(deleted.deleted()).isEqualTo(1);
        assertThat(deleted.ignored()).isEqualTo(1);
        assertThat(stored("NUM", "202403")).isNull();
        assertThat(audits()).isEqualTo(3);
    }

    @Test
    void officersWriteOnlyWithinTheirScope() {
        f.loginAs(users, "c1");
        ImportSummary commune = service.importValues(
                List.of(row("NUM", "202405", "C1", "1"), row("NUM", "202405", "C2", "1")),
                ImportOptions.defaults(ChangeSource.FORM));
        assertThat(commune.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.row()).isEqualTo(2);
            assertThat(c.reason()).startsWith("Không có quyền ghi");
        });

        f.loginAs(users, "dept");
        ImportSummary department = service.importValues(
                List.of(row("NUM", "202405", "C2", "3"), row("PROV", "202405", "C2", "3")),
                ImportOptions.defaults(ChangeSource.FORM));
        assertThat(department.conflicts()).extracting(ImportConflict::row).containsExactly(2);

        f.loginAs(users, "leader");
        assertThat(service.importValues(
                                List.of(row("NUM", "202405", "C2", "3")), ImportOptions.defaults(ChangeSource.FORM))
                        .conflicts())
                .hasSize(1);
    }

    @Test
    void lastRowWinsForRepeatedKeysBlankValueDeletesAndOnlyChangedKeysArePublished() {
        ImportSummary first = service.importValues(
                List.of(
                        row("NUM", "202406", "C1", "1"),
                        row("NUM", "202406", "C1", "2"),
                        row("INT", "202406", "C1", "3")),
                ImportOptions.defaults(ChangeSource.FORM));
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.ignored()).isEqualTo(1);
        assertThat(stored("NUM", "202406")).isEqualTo("2");
        assertThat(events.stream(DataValuesWritten.class)).singleElement().satisfies(e -> {
            assertThat(e.keys()).hasSize(2);
            assertThat(e.source()).isEqualTo(ChangeSource.FORM);
        });

        ImportSummary second = service.importValues(
                List.of(row("NUM", "202406", "C1", ""), row("INT", "202406", "C1", "3"), row("INT", "1899", "C1", "3")),
                new ImportOptions(
                        IdScheme.CODE, false, ImportStrategy.CREATE_AND_UPDATE, AtomicMode.NONE, ChangeSource.FORM));
        assertThat(second.deleted()).isEqualTo(1);
        assertThat(second.ignored()).isEqualTo(2);
        assertThat(second.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("1900"));
        assertThat(stored("NUM", "202406")).isNull();
        assertThat(events.stream(DataValuesWritten.class).toList().get(1).keys())
                .containsExactly(new DataValuesWritten.Key(f.itemId("NUM"), f.commune1, periodId("202406"), 0));

        service.importValues(List.of(row("INT", "202406", "C1", "3")), ImportOptions.defaults(ChangeSource.FORM));
        assertThat(events.stream(DataValuesWritten.class)).hasSize(2);
    }

    @Test
    void idSchemeIdResolvesNumericIds() {
        ImportSummary summary = service.importValues(
                List.of(
                        new DataValueInput(
                                String.valueOf(f.itemId("NUM")), "202407", String.valueOf(f.commune2), "0", "8", null),
                        new DataValueInput("x", "202407", "y", null, "8", null)),
                new ImportOptions(
                        IdScheme.ID, false, ImportStrategy.CREATE_AND_UPDATE, AtomicMode.NONE, ChangeSource.API));
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.conflicts()).extracting(ImportConflict::property).containsExactly("dataElement", "orgUnit");
    }

    private int periodId(String iso) {
        return jdbc.sql("SELECT id FROM period WHERE iso = :iso")
                .param("iso", iso)
                .query(Integer.class)
                .single();
    }

    @Test
    void historyDerivesTheCreateEntryAndADeleteKeepsItForTheEarlierLife() {
        String unit = f.code("C1");
        service.importValues(
                List.of(new DataValueInput(f.code("NUM"), "202511", unit, null, "10", "đầu tiên")),
                ImportOptions.defaults(ChangeSource.API));
        assertThat(jdbc.sql("SELECT count(*) FROM data_value_audit WHERE item_id = :i AND period_id ="
                                + " (SELECT id FROM period WHERE iso = '202511')")
                        .param("i", f.itemId("NUM"))
                        .query(Long.class)
                        .single())
                .as("creating writes no audit row")
                .isZero();
        service.importValues(List.of(row("NUM", "202511", "C1", "11")), ImportOptions.defaults(ChangeSource.IMPORT));
        service.importValues(List.of(row("NUM", "202511", "C1", "")), ImportOptions.defaults(ChangeSource.FORM));
        service.importValues(List.of(row("NUM", "202511", "C1", "20")), ImportOptions.defaults(ChangeSource.EXCEL));

        List<ValueChangeView> history = service.history(f.code("NUM"), unit, "202511", null);
        assertThat(history)
                .extracting(h -> h.changeType() + ":" + h.oldValue() + ">" + h.newValue() + ":" + h.source())
                .containsExactly(
                        "CREATE:null>20:EXCEL", "DELETE:11>null:FORM", "UPDATE:10>11:IMPORT", "CREATE:null>10:API");
        assertThat(history.get(3).newComment()).isEqualTo("đầu tiên");
        assertThat(history.get(3).changedBy()).isEqualTo(f.user("admin"));
    }

    @Test
    void aStoredKeyTheDirectCopySampleMissesFallsBackToTheStagedPath() {
        List<DataValueInput> rows = new java.util.ArrayList<>();
        for (int m = 0; m < 100; m++) {
            rows.add(row("NUM", "%d%02d".formatted(2040 + m / 12, m % 12 + 1), "C1", String.valueOf(m)));
        }
        ImportOptions dryRun = new ImportOptions(
                IdScheme.CODE, true, ImportStrategy.CREATE_AND_UPDATE, AtomicMode.ALL, ChangeSource.IMPORT);
        service.importValues(rows, dryRun); // creates the periods in row order, so rows sort as sent
        service.importValues(List.of(rows.get(50)), ImportOptions.defaults(ChangeSource.IMPORT));

        ImportSummary all = service.importValues(rows, ImportOptions.defaults(ChangeSource.IMPORT));

        assertThat(all.imported()).isEqualTo(99);
        assertThat(all.ignored()).isEqualTo(1);
        assertThat(stored("NUM", "204401")).isEqualTo("48");
        assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE item_id = :i")
                        .param("i", f.itemId("NUM"))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(100);
    }

    private DataValueInput row(String item, String period, String unit, String value) {
        return new DataValueInput(f.code(item), period, f.code(unit), null, value, null);
    }

    private String stored(String item, String period) {
        return jdbc.sql("SELECT d.value FROM data_value d JOIN period p ON p.id = d.period_id"
                        + " WHERE d.item_id = :i AND p.iso = :pe")
                .param("i", f.itemId(item))
                .param("pe", period)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** History entries: audit rows plus the CREATE entry each stored value's current life derives. */
    private long audits() {
        return jdbc.sql("SELECT (SELECT count(*) FROM data_value_audit a JOIN data_item i ON i.id = a.item_id"
                        + " WHERE i.code LIKE :p) + (SELECT count(*) FROM data_value d"
                        + " JOIN data_item i ON i.id = d.item_id WHERE i.code LIKE :p)")
                .param("p", f.p + "%")
                .query(Long.class)
                .single();
    }
}
