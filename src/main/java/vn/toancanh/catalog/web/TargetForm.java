package vn.toancanh.catalog.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.toancanh.catalog.TargetDirection;
import vn.toancanh.catalog.TargetInput;
import vn.toancanh.catalog.TargetView;

/**
 * One cell of the targets table being edited. The value is typed as people write numbers in Vietnamese (97,5 or
 * 1.234,5); {@code root} and {@code from} bring the person back to the table they came from.
 */
public class TargetForm {

    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    private String unitCode = "";
    private int year;
    private String value = "";
    private TargetDirection direction = TargetDirection.AT_LEAST;
    private String note = "";
    private String root = "";
    private @Nullable Integer from;

    static TargetForm of(String unitCode, int year, @Nullable TargetView existing, TargetDirection direction) {
        TargetForm form = new TargetForm();
        form.unitCode = unitCode;
        form.year = year;
        form.direction = existing == null ? direction : existing.direction();
        if (existing != null) {
            form.value = ViewFormat.INSTANCE.number(existing.value());
            form.note = existing.note() == null ? "" : existing.note();
        }
        return form;
    }

    TargetInput toInput(String dxCode, BindingResult errors) {
        Double number = null;
        if (!value.isBlank()) {
            number = parse(value);
            if (number == null) {
                errors.rejectValue("value", "invalid", "Phải là một số, ví dụ 95 hoặc 97,5");
            }
        }
        return new TargetInput(dxCode, unitCode, year, number, direction, note);
    }

    static @Nullable Double parse(String text) {
        String s = text.trim().replace(" ", "");
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // Getters and setters for Spring's form binding.
    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public TargetDirection getDirection() {
        return direction;
    }

    public void setDirection(TargetDirection direction) {
        this.direction = direction;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRoot() {
        return root;
    }

    public void setRoot(String root) {
        this.root = root;
    }

    public @Nullable Integer getFrom() {
        return from;
    }

    public void setFrom(@Nullable Integer from) {
        this.from = from;
    }
}
