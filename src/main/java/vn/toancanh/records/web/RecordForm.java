package vn.toancanh.records.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.records.RecordInput;
import vn.toancanh.shared.FieldProblem;

/** The new-record form (and the API's multipart fields): text fields as typed, dates as {@code yyyy-MM-dd}. */
public class RecordForm {

    private String code = "";
    private String title = "";
    private String type = "";
    private String unit = "";
    private String subjectName = "";
    private String dateFrom = "";
    private String dateTo = "";
    private String retention = "";
    private String sharing = "";
    private String pageCount = "";

    /** The input, or problems beside the fields that could not be read. */
    RecordInput toInput(List<FieldProblem> problems) {
        SharingLevel level = null;
        if (!sharing.isBlank()) {
            try {
                level = SharingLevel.valueOf(sharing.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("sharing", "Mức chia sẻ là PUBLIC, INTERNAL hoặc RESTRICTED"));
            }
        }
        Integer pages = null;
        if (!pageCount.isBlank()) {
            try {
                pages = Integer.valueOf(pageCount.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("pageCount", "Số trang phải là số nguyên"));
            }
        }
        return new RecordInput(
                code,
                title,
                type,
                unit,
                subjectName.isBlank() ? null : subjectName,
                date(dateFrom, "dateFrom", problems),
                date(dateTo, "dateTo", problems),
                retention,
                level,
                pages);
    }

    private static java.time.@Nullable LocalDate date(String s, String field, List<FieldProblem> problems) {
        return vn.toancanh.records.internal.RecordTable.date(s == null ? "" : s, field, problems);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "" : type;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit == null ? "" : unit;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName == null ? "" : subjectName;
    }

    public String getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(String dateFrom) {
        this.dateFrom = dateFrom == null ? "" : dateFrom;
    }

    public String getDateTo() {
        return dateTo;
    }

    public void setDateTo(String dateTo) {
        this.dateTo = dateTo == null ? "" : dateTo;
    }

    public String getRetention() {
        return retention;
    }

    public void setRetention(String retention) {
        this.retention = retention == null ? "" : retention;
    }

    public String getSharing() {
        return sharing;
    }

    public void setSharing(String sharing) {
        this.sharing = sharing == null ? "" : sharing;
    }

    public String getPageCount() {
        return pageCount;
    }

    public void setPageCount(String pageCount) {
        this.pageCount = pageCount == null ? "" : pageCount;
    }
}
