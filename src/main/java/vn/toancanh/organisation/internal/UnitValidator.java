package vn.toancanh.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.shared.FieldProblem;

/**
 * Checks a unit's own fields, whatever the channel (API, form, import, other modules). What needs the database
 * (unique code, existing parent) is checked by the writer.
 */
@Component
public class UnitValidator {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
    static final Pattern PHONE = Pattern.compile("[0-9+() .-]{3,50}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Path segments of the pages and the API that a unit code would otherwise shadow. */
    static final Set<String> RESERVED = Set.of("new", "list", "tree", "import", "export", "merge", "split", "groups");

    private static final Set<String> GEOMETRY_TYPES = Set.of(
            "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    private final JsonMapper json;

    UnitValidator(JsonMapper json) {
        this.json = json;
    }

    public List<FieldProblem> validate(UnitInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        code(input.code(), problems);
        if (input.name().isEmpty()) {
            problems.add(new FieldProblem("name", "Vui lòng nhập tên đơn vị"));
        }
        length("name", input.name(), 255, problems);
        length("shortName", input.shortName(), 100, problems);
        length("nameEn", input.nameEn(), 255, problems);
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "Vui lòng chọn loại đơn vị"));
        }
        if (input.validFrom() != null
                && input.validTo() != null
                && input.validTo().isBefore(input.validFrom())) {
            problems.add(new FieldProblem("validTo", "Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở đi"));
        }
        point(input, problems);
        geometry(input.geometry(), problems);
        contact(input, problems);
        return problems;
    }

    private static void code(String code, List<FieldProblem> problems) {
        if (code.isEmpty()) {
            problems.add(new FieldProblem("code", "Vui lòng nhập mã đơn vị"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    "code",
                    "Mã chỉ gồm chữ không dấu, số và các dấu . _ - (tối đa 50 ký tự), bắt đầu bằng chữ hoặc số"));
        } else if (RESERVED.contains(code.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(
                    new FieldProblem("code", "Mã '" + code + "' trùng với từ khoá của hệ thống, hãy chọn mã khác"));
        }
    }

    private static void point(UnitInput input, List<FieldProblem> problems) {
        if ((input.latitude() == null) != (input.longitude() == null)) {
            String missing = input.latitude() == null ? "latitude" : "longitude";
            problems.add(new FieldProblem(missing, "Cần nhập cả vĩ độ và kinh độ"));
        }
        if (input.latitude() != null && Math.abs(input.latitude()) > 90) {
            problems.add(new FieldProblem("latitude", "Vĩ độ phải nằm trong khoảng -90 đến 90"));
        }
        if (input.longitude() != null && Math.abs(input.longitude()) > 180) {
            problems.add(new FieldProblem("longitude", "Kinh độ phải nằm trong khoảng -180 đến 180"));
        }
    }

    private void geometry(@Nullable String geometry, List<FieldProblem> problems) {
        if (geometry == null) {
            return;
        }
        try {
            JsonNode node = json.readTree(geometry);
            String type = node.path("type").asString("");
            boolean hasParts = node.has("coordinates") || node.has("geometries");
            if (!node.isObject() || !GEOMETRY_TYPES.contains(type) || !hasParts) {
                problems.add(new FieldProblem(
                        "geometry",
                        "Ranh giới phải là một đối tượng hình học GeoJSON (Polygon, MultiPolygon, Point…)"));
            }
        } catch (JacksonException e) {
            problems.add(new FieldProblem("geometry", "Ranh giới không phải JSON hợp lệ"));
        }
    }

    private static void contact(UnitInput input, List<FieldProblem> problems) {
        var contact = input.contact();
        length("address", contact.address(), 500, problems);
        length("website", contact.website(), 300, problems);
        if (contact.phone() != null && !PHONE.matcher(contact.phone()).matches()) {
            problems.add(new FieldProblem("phone", "Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -"));
        }
        if (contact.email() != null
                && (!EMAIL.matcher(contact.email()).matches() || contact.email().length() > 200)) {
            problems.add(new FieldProblem("email", "Địa chỉ thư điện tử không hợp lệ"));
        }
    }

    private static void length(String field, @Nullable String value, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "Tối đa " + max + " ký tự"));
        }
    }
}
