package vn.toancanh.reporting.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.shared.PeriodType;

/** report_form with its versions (sections and items), units and approval steps, by ids. */
@Repository
public class ReportFormRepository {

    /** A form as stored, in one version: items and units by id. */
    public record StoredForm(
            long id,
            String code,
            String name,
            @Nullable String nameEn,
            @Nullable String legalBasis,
            PeriodType periodType,
            int cutoffDay,
            @Nullable Integer deadlineDays,
            @Nullable Integer deadlineDayOfMonth,
            List<Integer> reminderDays,
            int version,
            long versionId,
            boolean active,
            Instant updatedAt,
            List<ReportFormValidator.Section> sections,
            List<Long> unitIds,
            List<ReportFormValidator.Step> steps) {}

    private static final String COLUMNS = """
            SELECT f.id, f.code, f.name, f.name_en, f.legal_basis, f.period_type, f.cutoff_day, f.deadline_days,
                   f.deadline_day_of_month, f.reminder_days, v.version, v.id AS version_id, f.active, f.updated_at
              FROM report_form f JOIN report_form_version v ON v.form_id = f.id""";

    private final JdbcClient jdbc;

    ReportFormRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredForm> all() {
        return complete(jdbc.sql(COLUMNS + " WHERE v.version = f.current_version ORDER BY f.code")
                .query(ReportFormRepository::form)
                .list());
    }

    public Optional<StoredForm> findByCode(String code) {
        return complete(jdbc.sql(COLUMNS + " WHERE v.version = f.current_version AND f.code = :code")
                        .param("code", code)
                        .query(ReportFormRepository::form)
                        .list())
                .stream()
                .findFirst();
    }

    /** The form as it was in the version {@code versionId} (a report keeps the version it was filled in). */
    public Optional<StoredForm> findVersion(long versionId) {
        return complete(jdbc.sql(COLUMNS + " WHERE v.id = :v")
                        .param("v", versionId)
                        .query(ReportFormRepository::form)
                        .list())
                .stream()
                .findFirst();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM report_form WHERE code = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts the form with its version 1; returns its id. */
    public long insert(ReportFormValidator.Checked c, String actor) {
        long id = jdbc.sql("""
                        INSERT INTO report_form (code, name, name_en, legal_basis, period_type, cutoff_day, deadline_days,
                                                 deadline_day_of_month, reminder_days)
                        VALUES (:code, :name, :nameEn, :legal, :type, :cutoff, :days, :dom, CAST(:reminders AS integer[]))
                        RETURNING id""")
                .param("code", c.code())
                .params(settings(c))
                .query(Long.class)
                .single();
        insertVersion(id, 1, c.sections(), actor);
        replaceUnitsAndSteps(id, c);
        return id;
    }

    /**
     * Updates the form's settings, units and steps; a new version when its sections or items changed (the reports of
     * earlier versions keep theirs).
     */
    public void update(StoredForm existing, ReportFormValidator.Checked c, String actor) {
        int version = existing.version();
        if (!existing.sections().equals(c.sections())) {
            version++;
            insertVersion(existing.id(), version, c.sections(), actor);
        }
        jdbc.sql("""
                        UPDATE report_form SET name = :name, name_en = :nameEn, legal_basis = :legal, period_type = :type,
                               cutoff_day = :cutoff, deadline_days = :days, deadline_day_of_month = :dom,
                               reminder_days = CAST(:reminders AS integer[]), current_version = :version, updated_at = now()
                         WHERE id = :id""")
                .params(settings(c))
                .param("version", version)
                .param("id", existing.id())
                .update();
        replaceUnitsAndSteps(existing.id(), c);
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("UPDATE report_form SET active = :a, updated_at = now() WHERE id = :id")
                .param("a", active)
                .param("id", id)
                .update();
    }

    private static Map<String, Object> settings(ReportFormValidator.Checked c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", c.name());
        p.put("nameEn", c.nameEn());
        p.put("legal", c.legalBasis());
        p.put("type", c.periodType().name());
        p.put("cutoff", c.cutoffDay());
        p.put("days", c.deadlineDays());
        p.put("dom", c.deadlineDayOfMonth());
        p.put("reminders", c.reminderDays().toArray(Integer[]::new));
        return p;
    }

    private void insertVersion(long formId, int version, List<ReportFormValidator.Section> sections, String actor) {
        long versionId = jdbc.sql("""
                        INSERT INTO report_form_version (form_id, version, created_by) VALUES (:f, :v, :by) RETURNING id""")
                .param("f", formId)
                .param("v", version)
                .param("by", actor)
                .query(Long.class)
                .single();
        for (int s = 0; s < sections.size(); s++) {
            long sectionId = jdbc.sql("""
                            INSERT INTO report_form_section (version_id, position, title) VALUES (:v, :p, :t)
                            RETURNING id""")
                    .param("v", versionId)
                    .param("p", s)
                    .param("t", sections.get(s).title())
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            INSERT INTO report_form_item (section_id, position, item_id)
                            SELECT :s, ord - 1, item FROM unnest(CAST(:items AS bigint[])) WITH ORDINALITY AS t (item, ord)""")
                    .param("s", sectionId)
                    .param("items", sections.get(s).itemIds().toArray(Long[]::new))
                    .update();
        }
    }

    private void replaceUnitsAndSteps(long formId, ReportFormValidator.Checked c) {
        jdbc.sql("DELETE FROM report_form_unit WHERE form_id = :f")
                .param("f", formId)
                .update();
        jdbc.sql("""
                        INSERT INTO report_form_unit (form_id, unit_id)
                        SELECT :f, u FROM unnest(CAST(:units AS bigint[])) AS u""")
                .param("f", formId)
                .param("units", c.unitIds().toArray(Long[]::new))
                .update();
        jdbc.sql("DELETE FROM report_form_step WHERE form_id = :f")
                .param("f", formId)
                .update();
        for (int i = 0; i < c.steps().size(); i++) {
            jdbc.sql("INSERT INTO report_form_step (form_id, position, unit_id, title) VALUES (:f, :p, :u, :t)")
                    .param("f", formId)
                    .param("p", i)
                    .param("u", c.steps().get(i).unitId())
                    .param("t", c.steps().get(i).title())
                    .update();
        }
    }

    /** Adds each form's sections (of its version), units and steps: three queries for the whole list. */
    private List<StoredForm> complete(List<StoredForm> forms) {
        if (forms.isEmpty()) {
            return forms;
        }
        Long[] formIds = forms.stream().map(StoredForm::id).toArray(Long[]::new);
        Long[] versionIds = forms.stream().map(StoredForm::versionId).toArray(Long[]::new);
        Map<Long, List<ReportFormValidator.Section>> sections = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT s.version_id, s.title, array_remove(array_agg(i.item_id ORDER BY i.position), NULL) AS items
                          FROM report_form_section s LEFT JOIN report_form_item i ON i.section_id = s.id
                         WHERE s.version_id = ANY (:v)
                         GROUP BY s.version_id, s.id, s.position, s.title ORDER BY s.version_id, s.position""").param("v", versionIds).query(rs -> {
            sections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new ReportFormValidator.Section(rs.getString(2), longs(rs.getArray(3))));
        });
        Map<Long, List<Long>> units = new LinkedHashMap<>();
        jdbc.sql("SELECT form_id, unit_id FROM report_form_unit WHERE form_id = ANY (:f) ORDER BY form_id, unit_id")
                .param("f", formIds)
                .query(rs -> {
                    units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<Long, List<ReportFormValidator.Step>> steps = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT form_id, unit_id, title FROM report_form_step WHERE form_id = ANY (:f) ORDER BY form_id, position")
                .param("f", formIds)
                .query(rs -> {
                    Long unit = rs.getObject(2, Long.class);
                    steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ReportFormValidator.Step(unit, rs.getString(3)));
                });
        return forms.stream()
                .map(f -> new StoredForm(
                        f.id(),
                        f.code(),
                        f.name(),
                        f.nameEn(),
                        f.legalBasis(),
                        f.periodType(),
                        f.cutoffDay(),
                        f.deadlineDays(),
                        f.deadlineDayOfMonth(),
                        f.reminderDays(),
                        f.version(),
                        f.versionId(),
                        f.active(),
                        f.updatedAt(),
                        sections.getOrDefault(f.versionId(), List.of()),
                        units.getOrDefault(f.id(), List.of()),
                        steps.getOrDefault(f.id(), List.of())))
                .toList();
    }

    private static StoredForm form(ResultSet rs, int row) throws SQLException {
        return new StoredForm(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("legal_basis"),
                PeriodType.valueOf(rs.getString("period_type")),
                rs.getInt("cutoff_day"),
                (Integer) rs.getObject("deadline_days"),
                (Integer) rs.getObject("deadline_day_of_month"),
                integers(rs.getArray("reminder_days")),
                rs.getInt("version"),
                rs.getLong("version_id"),
                rs.getBoolean("active"),
                rs.getTimestamp("updated_at").toInstant(),
                List.of(),
                List.of(),
                List.of());
    }

    private static List<Long> longs(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray())
                .map(o -> ((Number) o).longValue())
                .toList();
    }

    private static List<Integer> integers(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray())
                .map(o -> ((Number) o).intValue())
                .toList();
    }
}
