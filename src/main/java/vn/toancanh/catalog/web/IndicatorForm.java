package vn.toancanh.catalog.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.toancanh.catalog.IndicatorInput;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.catalog.SharingLevel;

/** The indicator create/edit form; decimals stay text so "abc" gets a Vietnamese message, not a binding error. */
public class IndicatorForm {

    private String code = "";
    private String name = "";
    private String nameEn = "";
    private String description = "";
    private String expression = "";
    private String unitOfMeasure = "";
    private String decimals = "1";
    private String sectorCode = "";
    private SharingLevel sharing = SharingLevel.INTERNAL;
    private boolean active = true;

    static IndicatorForm of(IndicatorView view) {
        IndicatorForm form = new IndicatorForm();
        form.code = view.code();
        form.name = view.name();
        form.nameEn = orEmpty(view.nameEn());
        form.description = orEmpty(view.description());
        form.expression = view.expression();
        form.unitOfMeasure = orEmpty(view.unitOfMeasure());
        form.decimals = String.valueOf(view.decimals());
        form.sectorCode = orEmpty(view.sectorCode());
        form.sharing = view.sharing();
        form.active = view.active();
        return form;
    }

    IndicatorInput toInput(BindingResult errors) {
        Integer places = null;
        try {
            places = decimals.isBlank() ? null : Integer.valueOf(decimals.trim());
        } catch (NumberFormatException e) {
            errors.rejectValue("decimals", "invalid", "Số chữ số thập phân là số nguyên từ 0 đến 6");
        }
        return new IndicatorInput(
                code, name, nameEn, description, expression, unitOfMeasure, places, sectorCode, sharing, active);
    }

    private static String orEmpty(@Nullable String value) {
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public String getDecimals() {
        return decimals;
    }

    public void setDecimals(String decimals) {
        this.decimals = decimals;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public SharingLevel getSharing() {
        return sharing;
    }

    public void setSharing(SharingLevel sharing) {
        this.sharing = sharing;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
