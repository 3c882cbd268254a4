package vn.toancanh.organisation.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.toancanh.organisation.UnitContact;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.organisation.UnitKind;

/** A unit as a client creates or replaces it. {@code geometry} is a GeoJSON geometry object. */
public record UnitRequest(
        @NotBlank(message = "Vui lòng nhập mã đơn vị")
        @Size(max = 50, message = "Mã tối đa 50 ký tự")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "Mã chỉ gồm chữ không dấu, số và các dấu . _ -")
        String code,

        @NotBlank(message = "Vui lòng nhập tên đơn vị") @Size(max = 255, message = "Tên tối đa 255 ký tự")
        String name,

        @Nullable @Size(max = 100, message = "Tên ngắn tối đa 100 ký tự")
        String shortName,

        @Nullable @Size(max = 255, message = "Tên tiếng Anh tối đa 255 ký tự")
        String nameEn,

        @NotNull(message = "Vui lòng chọn loại đơn vị") UnitKind kind,
        @Nullable String parentCode,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,

        @Nullable
        @DecimalMin(value = "-90", message = "Vĩ độ phải từ -90 đến 90")
        @DecimalMax(value = "90", message = "Vĩ độ phải từ -90 đến 90")
        Double latitude,

        @Nullable
        @DecimalMin(value = "-180", message = "Kinh độ phải từ -180 đến 180")
        @DecimalMax(value = "180", message = "Kinh độ phải từ -180 đến 180")
        Double longitude,

        @Nullable JsonNode geometry,

        @Nullable @Size(max = 500, message = "Địa chỉ tối đa 500 ký tự")
        String address,

        @Nullable @Size(max = 50, message = "Số điện thoại tối đa 50 ký tự")
        String phone,

        @Nullable @Email(message = "Địa chỉ thư điện tử không hợp lệ")
        String email,

        @Nullable @Size(max = 300, message = "Trang web tối đa 300 ký tự")
        String website,

        @Nullable List<String> groups) {

    UnitInput toInput() {
        return new UnitInput(
                code,
                name,
                shortName,
                nameEn,
                kind,
                parentCode,
                validFrom,
                validTo,
                latitude,
                longitude,
                geometry == null || geometry.isNull() ? null : geometry.toString(),
                new UnitContact(address, phone, email, website),
                groups);
    }
}
