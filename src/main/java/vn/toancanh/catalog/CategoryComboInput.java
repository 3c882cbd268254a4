package vn.toancanh.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A disaggregation to create from existing categories, in order: {@code SEX_AREA} from {@code [SEX, AREA]}. */
public record CategoryComboInput(
        @NotBlank(message = "Mã phân tổ không được để trống")
        @Size(max = 50, message = "Mã phân tổ tối đa 50 ký tự")
        @Pattern(regexp = "[A-Za-z0-9_]*", message = "Mã chỉ gồm chữ không dấu, số và gạch dưới")
        String code,

        @NotBlank(message = "Tên phân tổ không được để trống") @Size(max = 200, message = "Tên tối đa 200 ký tự")
        String name,

        @Nullable String nameEn,

        @NotEmpty(message = "Phải chọn ít nhất một tiêu chí phân tổ")
        List<String> categoryCodes) {}
