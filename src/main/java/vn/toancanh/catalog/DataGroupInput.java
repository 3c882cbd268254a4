package vn.toancanh.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.PeriodType;

/** What a client sends to create or update a data group; sector and units by code. */
public record DataGroupInput(
        @NotBlank(message = "Mã nhóm không được để trống")
        @Size(max = 50, message = "Mã nhóm tối đa 50 ký tự")
        @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "Mã chỉ gồm chữ không dấu, số, dấu gạch ngang, chấm, gạch dưới")
        String code,

        @NotBlank(message = "Tên nhóm không được để trống") @Size(max = 300, message = "Tên tối đa 300 ký tự")
        String name,

        @Nullable @Size(max = 300, message = "Tên tiếng Anh tối đa 300 ký tự")
        String nameEn,

        @Nullable String description,
        @NotBlank(message = "Phải chọn lĩnh vực") String sectorCode,
        @Nullable String ownerUnitCode,
        @Nullable List<String> reportingUnitCodes,
        @NotNull(message = "Phải chọn kỳ báo cáo") PeriodType periodType,
        @NotNull(message = "Phải chọn mức chia sẻ") SharingLevel sharing) {

    public List<String> reportingUnits() {
        return reportingUnitCodes == null ? List.of() : reportingUnitCodes;
    }
}
