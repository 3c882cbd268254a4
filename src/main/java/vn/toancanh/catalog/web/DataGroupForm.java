package vn.toancanh.catalog.web;

import java.util.Arrays;
import vn.toancanh.catalog.DataGroupDetailView;
import vn.toancanh.catalog.DataGroupInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.shared.PeriodType;

/** The group create/edit form. */
public class DataGroupForm {

    private String code = "";
    private String name = "";
    private String nameEn = "";
    private String description = "";
    private String sectorCode = "";
    private String ownerUnitCode = "";
    private String reportingUnitCodes = "";
    private PeriodType periodType = PeriodType.MONTHLY;
    private SharingLevel sharing = SharingLevel.INTERNAL;

    static DataGroupForm of(DataGroupDetailView detail) {
        DataGroupForm form = new DataGroupForm();
        form.code = detail.group().code();
        form.name = detail.group().name();
        form.nameEn = detail.group().nameEn() == null ? "" : detail.group().nameEn();
        form.description = detail.description() == null ? "" : detail.description();
        form.sectorCode = detail.group().sectorCode();
        form.ownerUnitCode = detail.ownerUnitCode() == null ? "" : detail.ownerUnitCode();
        form.reportingUnitCodes = String.join(", ", detail.reportingUnitCodes());
        form.periodType = detail.group().periodType();
        form.sharing = detail.group().sharing();
        return form;
    }

    DataGroupInput toInput() {
        return new DataGroupInput(
                code,
                name,
                nameEn,
                description,
                sectorCode,
                ownerUnitCode,
                Arrays.stream(reportingUnitCodes.split("[;,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                periodType,
                sharing);
    }

    // Getters and setters for Spring's form binding.
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public String getOwnerUnitCode() {
        return ownerUnitCode;
    }

    public void setOwnerUnitCode(String ownerUnitCode) {
        this.ownerUnitCode = ownerUnitCode;
    }

    public String getReportingUnitCodes() {
        return reportingUnitCodes;
    }

    public void setReportingUnitCodes(String reportingUnitCodes) {
        this.reportingUnitCodes = reportingUnitCodes;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public void setPeriodType(PeriodType periodType) {
        this.periodType = periodType;
    }

    public SharingLevel getSharing() {
        return sharing;
    }

    public void setSharing(SharingLevel sharing) {
        this.sharing = sharing;
    }
}
