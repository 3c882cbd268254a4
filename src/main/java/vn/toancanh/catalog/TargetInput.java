package vn.toancanh.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A target to save: replaces the one of the same item or indicator, unit and year. The unit is given by code, as
 * in every catalog input; an empty direction means {@code AT_LEAST}.
 */
public record TargetInput(
        @NotBlank(message = "Phải chọn chỉ tiêu hoặc chỉ số")
        String dxCode,

        @NotBlank(message = "Phải chọn đơn vị") String unitCode,

        @NotNull(message = "Phải nhập năm")
        @Min(value = 2000, message = "Năm phải từ 2000 đến 2100")
        @Max(value = 2100, message = "Năm phải từ 2000 đến 2100")
        Integer year,

        @NotNull(message = "Phải nhập giá trị mục tiêu") Double value,
        @Nullable TargetDirection direction,

        @Nullable @Size(max = 500, message = "Ghi chú tối đa 500 ký tự")
        String note) {

    public TargetInput {
        direction = direction == null ? TargetDirection.AT_LEAST : direction;
    }
}
