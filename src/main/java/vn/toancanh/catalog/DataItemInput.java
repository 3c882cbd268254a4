package vn.toancanh.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.PeriodType;

/**
 * What a client sends to create or update a data item (JSON, form or import row). Units and the disaggregation
 * are given by code; an empty owner means the owner of the group, an empty combo the default (no disaggregation).
 */
public record DataItemInput(
        @NotBlank(message = "Mã chỉ tiêu không được để trống")
        @Size(max = 50, message = "Mã chỉ tiêu tối đa 50 ký tự")
        @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "Mã chỉ gồm chữ không dấu, số, dấu gạch ngang, chấm, gạch dưới")
        String code,

        @NotBlank(message = "Tên chỉ tiêu không được để trống") @Size(max = 400, message = "Tên tối đa 400 ký tự")
        String name,

        @Nullable @Size(max = 400, message = "Tên tiếng Anh tối đa 400 ký tự")
        String nameEn,

        @Nullable @Size(max = 100, message = "Tên viết tắt tối đa 100 ký tự")
        String shortName,

        @Nullable String description,
        @NotBlank(message = "Phải chọn nhóm dữ liệu") String groupCode,

        @Nullable @Size(max = 50, message = "Đơn vị tính tối đa 50 ký tự")
        String unitOfMeasure,

        @NotNull(message = "Phải chọn kiểu giá trị") ValueType valueType,

        @NotNull(message = "Phải chọn cách tổng hợp theo đơn vị")
        AggregationType aggregationType,

        @NotNull(message = "Phải chọn cách tổng hợp theo thời gian")
        AggregationType timeAggregationType,

        @NotNull(message = "Phải chọn kỳ báo cáo") PeriodType periodType,
        @Nullable String categoryComboCode,
        @Nullable String ownerUnitCode,
        @Nullable List<String> reportingUnitCodes,
        @NotNull(message = "Phải chọn mức chia sẻ") SharingLevel sharing,

        @Nullable @Size(max = 300, message = "Nguồn tối đa 300 ký tự")
        String source,

        @Nullable @Size(max = 300, message = "Căn cứ pháp lý tối đa 300 ký tự")
        String legalBasis,

        @Nullable @Size(max = 50, message = "Mã chỉ tiêu chính thức tối đa 50 ký tự")
        String officialCode,

        @Nullable BigDecimal minValue,
        @Nullable BigDecimal maxValue,
        @Nullable Boolean active,

        @Nullable
        @Size(max = 500, message = "Liên kết hồ sơ gốc tối đa 500 ký tự")
        @Pattern(
                regexp = "(/(?![/\\\\])\\S*)?",
                message = "Liên kết hồ sơ gốc phải là đường dẫn trong hệ thống, bắt đầu bằng /, "
                        + "ví dụ /records?type=BTXH&unit=\\{unit\\}&period=\\{period\\}")
        String sourceLink) {

    /** A client that leaves {@code active} out means a working item. */
    public DataItemInput {
        active = active == null ? Boolean.TRUE : active;
    }

    /** An input without a source records link (imports and the modules that compute items without records). */
    public DataItemInput(
            String code,
            String name,
            @Nullable String nameEn,
            @Nullable String shortName,
            @Nullable String description,
            String groupCode,
            @Nullable String unitOfMeasure,
            ValueType valueType,
            AggregationType aggregationType,
            AggregationType timeAggregationType,
            PeriodType periodType,
            @Nullable String categoryComboCode,
            @Nullable String ownerUnitCode,
            @Nullable List<String> reportingUnitCodes,
            SharingLevel sharing,
            @Nullable String source,
            @Nullable String legalBasis,
            @Nullable String officialCode,
            @Nullable BigDecimal minValue,
            @Nullable BigDecimal maxValue,
            @Nullable Boolean active) {
        this(
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
                categoryComboCode,
                ownerUnitCode,
                reportingUnitCodes,
                sharing,
                source,
                legalBasis,
                officialCode,
                minValue,
                maxValue,
                active,
                null);
    }

    public List<String> reportingUnits() {
        return reportingUnitCodes == null ? List.of() : reportingUnitCodes;
    }
}
