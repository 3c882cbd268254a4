package vn.toancanh.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.toancanh.reporting.ReportFormInput;
import vn.toancanh.reporting.ReportFormView;

/**
 * The form editor's fields. Sections are written as text — a line {@code # title} starts a section, the lines after it
 * are item codes — units one code per line or comma, approval steps one per line as {@code UNIT | title} (no unit:
 * within the reporting unit).
 */
public class ReportFormForm {

    private String code = "";
    private String name = "";
    private String nameEn = "";
    private String legalBasis = "";
    private String periodType = "MONTHLY";
    private String cutoffDay = "15";
    private String deadlineKind = "DAY_OF_MONTH";
    private String deadline = "18";
    private String reminderDays = "3, 1";
    private String units = "";
    private String steps = "";
    private String sections = "";

    static ReportFormForm from(ReportFormView f) {
        ReportFormForm form = new ReportFormForm();
        form.code = f.code();
        form.name = f.name();
        form.nameEn = f.nameEn() == null ? "" : f.nameEn();
        form.legalBasis = f.legalBasis() == null ? "" : f.legalBasis();
        form.periodType = f.periodType().name();
        form.cutoffDay = String.valueOf(f.cutoffDay());
        form.deadlineKind = f.deadlineDays() != null ? "DAYS" : "DAY_OF_MONTH";
        form.deadline = String.valueOf(f.deadlineDays() != null ? f.deadlineDays() : f.deadlineDayOfMonth());
        form.reminderDays = f.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(", "));
        form.units = f.units().stream().map(ReportFormView.FormUnit::code).collect(Collectors.joining("\n"));
        form.steps = f.steps().stream()
                .map(s -> (s.unitCode() == null ? "" : s.unitCode()) + " | " + s.title())
                .collect(Collectors.joining("\n"));
        StringBuilder text = new StringBuilder();
        for (ReportFormView.Section s : f.sections()) {
            text.append("# ").append(s.title()).append('\n');
            s.items().forEach(i -> text.append(i.code()).append('\n'));
        }
        form.sections = text.toString().trim();
        return form;
    }

    ReportFormInput toInput() {
        Integer days = "DAYS".equals(deadlineKind) ? number(deadline) : null;
        Integer dayOfMonth = "DAYS".equals(deadlineKind) ? null : number(deadline);
        return new ReportFormInput(
                code,
                name,
                blank(nameEn),
                blank(legalBasis),
                periodType,
                number(cutoffDay),
                days,
                dayOfMonth,
                Arrays.stream(reminderDays.split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .map(s -> number(s) == null ? Integer.valueOf(-1) : number(s))
                        .toList(),
                sections(),
                Arrays.stream(units.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
                steps());
    }

    private List<ReportFormInput.Section> sections() {
        List<ReportFormInput.Section> out = new ArrayList<>();
        String title = null;
        List<String> items = new ArrayList<>();
        for (String line : sections.split("\\R")) {
            String l = line.trim();
            if (l.startsWith("#")) {
                if (title != null || !items.isEmpty()) {
                    out.add(new ReportFormInput.Section(title, items));
                }
                title = l.substring(1).trim();
                items = new ArrayList<>();
            } else if (!l.isEmpty()) {
                items.add(l);
            }
        }
        if (title != null || !items.isEmpty()) {
            out.add(new ReportFormInput.Section(title, items));
        }
        return out;
    }

    private List<ReportFormInput.Step> steps() {
        List<ReportFormInput.Step> out = new ArrayList<>();
        for (String line : steps.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            String unit = bar < 0 ? "" : line.substring(0, bar).trim();
            String title = bar < 0 ? line.trim() : line.substring(bar + 1).trim();
            out.add(new ReportFormInput.Step(unit.isEmpty() ? null : unit, title));
        }
        return out;
    }

    private static @Nullable Integer number(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException notANumber) {
            return -1; // reported by the validator as out of range
        }
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null ? "" : nameEn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis == null ? "" : legalBasis;
    }

    public String getPeriodType() {
        return periodType;
    }

    public void setPeriodType(String periodType) {
        this.periodType = periodType == null ? "" : periodType;
    }

    public String getCutoffDay() {
        return cutoffDay;
    }

    public void setCutoffDay(String cutoffDay) {
        this.cutoffDay = cutoffDay == null ? "" : cutoffDay;
    }

    public String getDeadlineKind() {
        return deadlineKind;
    }

    public void setDeadlineKind(String deadlineKind) {
        this.deadlineKind = deadlineKind == null ? "" : deadlineKind;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline == null ? "" : deadline;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays == null ? "" : reminderDays;
    }

    public String getUnits() {
        return units;
    }

    public void setUnits(String units) {
        this.units = units == null ? "" : units;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps == null ? "" : steps;
    }

    public String getSections() {
        return sections;
    }

    public void setSections(String sections) {
        this.sections = sections == null ? "" : sections;
    }
}
