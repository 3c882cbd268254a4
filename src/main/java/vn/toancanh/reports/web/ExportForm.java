package vn.toancanh.reports.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.toancanh.reports.ExportRequest;
import vn.toancanh.shared.FileFormat;

/** The export page's form, with sensible defaults: the whole district, last year, Excel. */
public class ExportForm {

    private @Nullable String title;
    private @Nullable String dataGroup;
    private String orgUnit = "";
    private boolean children = true;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endDate;

    private FileFormat format = FileFormat.XLSX;

    ExportRequest toRequest() {
        return new ExportRequest(
                title,
                dataGroup,
                List.of(),
                orgUnit.isBlank() ? List.of() : List.of(orgUnit.strip()),
                children,
                List.of(),
                startDate,
                endDate,
                format);
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getDataGroup() {
        return dataGroup;
    }

    public void setDataGroup(@Nullable String dataGroup) {
        this.dataGroup = dataGroup;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(@Nullable String orgUnit) {
        this.orgUnit = orgUnit == null ? "" : orgUnit;
    }

    public boolean isChildren() {
        return children;
    }

    public void setChildren(boolean children) {
        this.children = children;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public FileFormat getFormat() {
        return format;
    }

    public void setFormat(@Nullable FileFormat format) {
        this.format = format == null ? FileFormat.XLSX : format;
    }
}
