package vn.toancanh.map.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.toancanh.map.PoiInput;
import vn.toancanh.shared.FieldProblem;

/** Field checks of a point, each with a Vietnamese reason; the unit is checked where it is resolved. */
final class PoiValidator {

    private PoiValidator() {}

    static List<FieldProblem> validate(PoiInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.layer() == null) {
            problems.add(new FieldProblem("layer", "Vui lòng chọn lớp bản đồ"));
        }
        if (input.name().isEmpty()) {
            problems.add(new FieldProblem("name", "Vui lòng nhập tên điểm"));
        } else if (input.name().length() > 255) {
            problems.add(new FieldProblem("name", "Tên dài tối đa 255 ký tự"));
        }
        if (input.latitude() == null || !(input.latitude() >= -90 && input.latitude() <= 90)) {
            problems.add(new FieldProblem("latitude", "Vĩ độ phải là số từ -90 đến 90, ví dụ 20.8626"));
        }
        if (input.longitude() == null || !(input.longitude() >= -180 && input.longitude() <= 180)) {
            problems.add(new FieldProblem("longitude", "Kinh độ phải là số từ -180 đến 180, ví dụ 106.6038"));
        }
        if (input.description() != null && input.description().length() > 2000) {
            problems.add(new FieldProblem("description", "Mô tả dài tối đa 2000 ký tự"));
        }
        if (input.address() != null && input.address().length() > 500) {
            problems.add(new FieldProblem("address", "Địa chỉ dài tối đa 500 ký tự"));
        }
        if (input.link() != null && !validLink(input.link())) {
            problems.add(new FieldProblem(
                    "link", "Liên kết phải bắt đầu bằng http://, https:// hoặc / (trang trong hệ thống)"));
        }
        for (Map.Entry<String, Object> e : input.properties().entrySet()) {
            if (!(e.getValue() instanceof String
                    || e.getValue() instanceof Number
                    || e.getValue() instanceof Boolean)) {
                problems.add(new FieldProblem(
                        "properties", "Thuộc tính '" + e.getKey() + "' phải là chữ, số hoặc đúng/sai"));
            }
        }
        return problems;
    }

    private static boolean validLink(String link) {
        return link.length() <= 500
                && (link.startsWith("https://")
                        || link.startsWith("http://")
                        || (link.startsWith("/") && !link.startsWith("//")));
    }
}
