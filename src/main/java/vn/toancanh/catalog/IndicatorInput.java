package vn.toancanh.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends to create or update an indicator. The code takes no dot, so {@code CODE.COMBO} stays
 * unambiguous wherever codes are combined; an empty sector means none, empty sharing {@code INTERNAL}, empty
 * decimals 1 and empty active true.
 */
public record IndicatorInput(
        @NotBlank(message = "Mã chỉ số không được để trống")
        @Size(max = 50, message = "Mã chỉ số tối đa 50 ký tự")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "Mã chỉ gồm chữ không dấu, số, dấu gạch ngang và gạch dưới")
        String code,

        @NotBlank(message = "Tên chỉ số không được để trống") @Size(max = 400, message = "Tên tối đa 400 ký tự")
        String name,

        @Nullable @Size(max = 400, message = "Tên tiếng Anh tối đa 400 ký tự")
        String nameEn,

        @Nullable @Size(max = 4000, message = "Mô tả tối đa 4000 ký tự")
        String description,

        @Size(max = 4000, message = "Biểu thức tối đa 4000 ký tự")
        String expression,

        @Nullable @Size(max = 50, message = "Đơn vị tính tối đa 50 ký tự")
        String unitOfMeasure,

        @Nullable
        @Min(value = 0, message = "Số chữ số thập phân từ 0 đến 6")
        @Max(value = 6, message = "Số chữ số thập phân từ 0 đến 6")
        Integer decimals,

        @Nullable String sectorCode,
        @Nullable SharingLevel sharing,
        @Nullable Boolean active) {

    public IndicatorInput {
        decimals = decimals == null ? Integer.valueOf(1) : decimals;
        sharing = sharing == null ? SharingLevel.INTERNAL : sharing;
        active = active == null ? Boolean.TRUE : active;
    }
}
