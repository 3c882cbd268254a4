package vn.toancanh.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.BindingResult;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.DataItemDetailView;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.PeriodType;

/** The item create/edit form. Numbers and unit lists stay text here so a typo becomes a message, not a 400. */
public class DataItemForm {

    private String code = "";
    private String name = "";
    private String nameEn = "";
    private String shortName = "";
    private String description = "";
    private String groupCode = "";
    private String unitOfMeasure = "";
    private ValueType valueType = ValueType.INTEGER;
    private AggregationType aggregationType = AggregationType.SUM;
    private AggregationType timeAggregationType = AggregationType.SUM;
    private PeriodType periodType = PeriodType.MONTHLY;
    private String categoryComboCode = "default";
    private String ownerUnitCode = "";
    private String reportingUnitCodes = "";
    private SharingLevel sharing = SharingLevel.INTERNAL;
    private String source = "";
    private String legalBasis = "";
    private String officialCode = "";
    private String minValue = "";
    private String maxValue = "";
    private boolean active = true;
    private String sourceLink = "";

    static DataItemForm of(DataItemDetailView detail) {
        DataItemInput in = detail.toInput();
        DataItemForm form = new DataItemForm();
        form.code = in.code();
        form.name = in.name();
        form.nameEn = text(in.nameEn());
        form.shortName = text(in.shortName());
        form.description = text(in.description());
        form.groupCode = in.groupCode();
        form.unitOfMeasure = text(in.unitOfMeasure());
        form.valueType = in.valueType();
        form.aggregationType = in.aggregationType();
        form.timeAggregationType = in.timeAggregationType();
        form.periodType = in.periodType();
        form.categoryComboCode = text(in.categoryComboCode());
        form.ownerUnitCode = text(in.ownerUnitCode());
        form.reportingUnitCodes = String.join(", ", in.reportingUnits());
        form.sharing = in.sharing();
        form.source = text(in.source());
        form.legalBasis = text(in.legalBasis());
        form.officialCode = text(in.officialCode());
        form.minValue =
                in.minValue() == null ? "" : in.minValue().stripTrailingZeros().toPlainString();
        form.maxValue =
                in.maxValue() == null ? "" : in.maxValue().stripTrailingZeros().toPlainString();
        form.active = in.active();
        form.sourceLink = text(in.sourceLink());
        return form;
    }

    /** The input for the service; numbers that do not parse are reported on {@code errors} and sent as empty. */
    DataItemInput toInput(BindingResult errors) {
        List<String> units = new ArrayList<>(Arrays.stream(reportingUnitCodes.split("[;,\\s]+"))
                .filter(s -> !s.isBlank())
                .toList());
        return new DataItemInput(
                code,
                name,
                nameEn,
                shortName,
                description,
                groupCode,
                unitOfMeasure,
                valueType,
                aggregationType,
                timeAggregationType,
                periodType,
                "default".equals(categoryComboCode) ? null : categoryComboCode,
                ownerUnitCode,
                units,
                sharing,
                source,
                legalBasis,
                officialCode,
                number("minValue", minValue, errors),
                number("maxValue", maxValue, errors),
                active,
                sourceLink);
    }

    private static BigDecimal number(String field, String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace(" ", "");
        // People type Vietnamese numbers: 1.234,5
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "number", "Phải là một số, ví dụ 100 hoặc 12,5");
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
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

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public ValueType getValueType() {
        return valueType;
    }

    public void setValueType(ValueType valueType) {
        this.valueType = valueType;
    }

    public AggregationType getAggregationType() {
        return aggregationType;
    }

    public void setAggregationType(AggregationType aggregationType) {
        this.aggregationType = aggregationType;
    }

    public AggregationType getTimeAggregationType() {
        return timeAggregationType;
    }

    public void setTimeAggregationType(AggregationType type) {
        this.timeAggregationType = type;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public void setPeriodType(PeriodType periodType) {
        this.periodType = periodType;
    }

    public String getCategoryComboCode() {
        return categoryComboCode;
    }

    public void setCategoryComboCode(String categoryComboCode) {
        this.categoryComboCode = categoryComboCode;
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

    public SharingLevel getSharing() {
        return sharing;
    }

    public void setSharing(SharingLevel sharing) {
        this.sharing = sharing;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getOfficialCode() {
        return officialCode;
    }

    public void setOfficialCode(String officialCode) {
        this.officialCode = officialCode;
    }

    public String getMinValue() {
        return minValue;
    }

    public void setMinValue(String minValue) {
        this.minValue = minValue;
    }

    public String getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(String maxValue) {
        this.maxValue = maxValue;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getSourceLink() {
        return sourceLink;
    }

    public void setSourceLink(String sourceLink) {
        this.sourceLink = sourceLink;
    }
}
