package vn.toancanh.organisation.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.toancanh.organisation.UnitContact;
import vn.toancanh.organisation.UnitDetailView;
import vn.toancanh.organisation.UnitGroupView;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.organisation.UnitKind;

/** The create/edit form of a unit (a bean, because Spring's form tags bind to properties). */
public class UnitForm {

    @NotBlank(message = "Vui lòng nhập mã đơn vị")
    @Size(max = 50, message = "Mã tối đa 50 ký tự")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*|", message = "Mã chỉ gồm chữ không dấu, số và các dấu . _ -")
    private String code = "";

    @NotBlank(message = "Vui lòng nhập tên đơn vị")
    @Size(max = 255, message = "Tên tối đa 255 ký tự")
    private String name = "";

    @Size(max = 100, message = "Tên ngắn tối đa 100 ký tự")
    private String shortName;

    @Size(max = 255, message = "Tên tiếng Anh tối đa 255 ký tự")
    private String nameEn;

    @NotNull(message = "Vui lòng chọn loại đơn vị")
    private UnitKind kind;

    private String parentCode;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    @DecimalMin(value = "-90", message = "Vĩ độ phải từ -90 đến 90")
    @DecimalMax(value = "90", message = "Vĩ độ phải từ -90 đến 90")
    private Double latitude;

    @DecimalMin(value = "-180", message = "Kinh độ phải từ -180 đến 180")
    @DecimalMax(value = "180", message = "Kinh độ phải từ -180 đến 180")
    private Double longitude;

    private String geometry;

    @Size(max = 500, message = "Địa chỉ tối đa 500 ký tự")
    private String address;

    @Size(max = 50, message = "Số điện thoại tối đa 50 ký tự")
    private String phone;

    @Email(message = "Địa chỉ thư điện tử không hợp lệ")
    private String email;

    @Size(max = 300, message = "Trang web tối đa 300 ký tự")
    private String website;

    private List<String> groups = new ArrayList<>();

    static UnitForm from(UnitDetailView u) {
        UnitForm f = new UnitForm();
        f.code = u.code();
        f.name = u.name();
        f.shortName = u.unit().shortName();
        f.nameEn = u.nameEn();
        f.kind = u.unit().kind();
        f.parentCode = u.parentCode();
        f.validFrom = u.unit().validFrom();
        f.validTo = u.unit().validTo();
        f.latitude = u.latitude();
        f.longitude = u.longitude();
        f.geometry = u.geometry();
        f.address = u.contact().address();
        f.phone = u.contact().phone();
        f.email = u.contact().email();
        f.website = u.contact().website();
        f.groups = new ArrayList<>(u.groups().stream().map(UnitGroupView::code).toList());
        return f;
    }

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
                geometry,
                new UnitContact(address, phone, email, website),
                groups);
    }

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

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getGeometry() {
        return geometry;
    }

    public void setGeometry(String geometry) {
        this.geometry = geometry;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }
}
