package vn.toancanh.map.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.toancanh.map.PoiInput;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.PoiView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * The create/edit form of a point (a bean, because Spring's form tags bind to properties). Coordinates are text so
 * both 20.8626 and 20,8626 are accepted; free attributes are one "name: value" per line.
 */
public class PoiForm {

    private @Nullable PoiLayer layer;
    private String name = "";
    private @Nullable String description;
    private String latitude = "";
    private String longitude = "";
    private @Nullable String unitCode;
    private @Nullable String address;
    private @Nullable String link;
    private String attributes = "";
    private boolean published;

    static PoiForm from(PoiView p) {
        PoiForm form = new PoiForm();
        form.layer = p.layer();
        form.name = p.name();
        form.description = p.description();
        form.latitude = String.valueOf(p.latitude());
        form.longitude = String.valueOf(p.longitude());
        form.unitCode = p.unitCode();
        form.address = p.address();
        form.link = p.link();
        form.attributes = p.properties().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        form.published = p.isPublic();
        return form;
    }

    /** 400 for coordinates that are not numbers, before the service checks the rest. */
    PoiInput toInput() {
        Double lat = number(latitude);
        Double lon = number(longitude);
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (lat == null && !latitude.isBlank()) {
            problems.add(new FieldProblem("latitude", "Vĩ độ phải là số, ví dụ 20.8626"));
        }
        if (lon == null && !longitude.isBlank()) {
            problems.add(new FieldProblem("longitude", "Kinh độ phải là số, ví dụ 106.6038"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PoiInput(layer, name, description, lat, lon, unitCode, address, properties(), link, published);
    }

    private Map<String, Object> properties() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String line : attributes.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.substring(colon + 1).isBlank()) {
                map.put(
                        line.substring(0, colon).trim(),
                        line.substring(colon + 1).trim());
            }
        }
        return map;
    }

    private static @Nullable Double number(String text) {
        try {
            return text == null || text.isBlank()
                    ? null
                    : Double.valueOf(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public @Nullable PoiLayer getLayer() {
        return layer;
    }

    public void setLayer(@Nullable PoiLayer layer) {
        this.layer = layer;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude == null ? "" : latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude == null ? "" : longitude;
    }

    public @Nullable String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(@Nullable String unitCode) {
        this.unitCode = unitCode;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable String getLink() {
        return link;
    }

    public void setLink(@Nullable String link) {
        this.link = link;
    }

    public String getAttributes() {
        return attributes;
    }

    public void setAttributes(String attributes) {
        this.attributes = attributes == null ? "" : attributes;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
