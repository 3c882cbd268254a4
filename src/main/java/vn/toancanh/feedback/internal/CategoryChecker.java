package vn.toancanh.feedback.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.feedback.CategoryView;
import vn.toancanh.feedback.CategoryView.AttributeView;
import vn.toancanh.feedback.CategoryView.ListValue;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * Checks a category and its questions before anything is written, whoever sends it (the admin page, an API, demo
 * tools): every mistake named with its field ({@code code}, {@code slaHours}, {@code attributes[0].values}, …) and a
 * reason in Vietnamese, so a form can show each beside its field.
 */
@Component
public class CategoryChecker {

    /** Open311's attribute datatypes, in the order a form offers them. */
    public static final List<String> DATATYPES =
            List.of("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");

    public static final int MAX_SLA_HOURS = 8760;
    public static final int MAX_ATTRIBUTES = 30;
    public static final int MAX_VALUES = 50;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,40}");
    /** Question codes travel as {@code attribute[code]} in Open311 posts: plain letters, digits, _ and -. */
    private static final Pattern ATTRIBUTE_CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private static final Pattern VALUE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private final OrganisationService organisation;

    CategoryChecker(OrganisationService organisation) {
        this.organisation = organisation;
    }

    /** The category trimmed (blank texts as null, questions numbered in order), or every problem at once. */
    public CategoryView check(CategoryView c) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = trim(c.code());
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    "code", "Mã gồm 1 đến 40 ký tự: chữ in hoa không dấu (A–Z), chữ số (0–9) và dấu gạch ngang (-)"));
        }
        String name = trim(c.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "Hãy nhập tên lĩnh vực"));
        }
        tooLong(problems, "name", name, 255);
        String description = trim(c.description());
        tooLong(problems, "description", description, 1000);
        String group = trim(c.group());
        tooLong(problems, "group", group, 100);
        String keywords = trim(c.keywords());
        tooLong(problems, "keywords", keywords, 500);
        if (c.slaHours() < 1 || c.slaHours() > MAX_SLA_HOURS) {
            problems.add(
                    new FieldProblem("slaHours", "Thời hạn xử lý là số giờ từ 1 đến " + MAX_SLA_HOURS + " (365 ngày)"));
        }
        if (c.defaultUnitId() != null
                && organisation.findById(c.defaultUnitId()).isEmpty()) {
            problems.add(new FieldProblem("defaultUnitId", "Không có đơn vị này, hãy chọn lại"));
        }
        List<AttributeView> attributes = attributes(c.attributes(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CategoryView(
                c.id(),
                code,
                name,
                description,
                group,
                keywords,
                c.slaHours(),
                c.defaultUnitId(),
                c.defaultUnitName(),
                c.active(),
                attributes);
    }

    private static List<AttributeView> attributes(List<AttributeView> given, List<FieldProblem> problems) {
        if (given.size() > MAX_ATTRIBUTES) {
            problems.add(new FieldProblem("attributes", "Mỗi lĩnh vực có tối đa " + MAX_ATTRIBUTES + " câu hỏi"));
            return List.of();
        }
        List<AttributeView> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            AttributeView a = given.get(i);
            String field = "attributes[" + i + "].";
            String code = trim(a.code());
            if (code == null || !ATTRIBUTE_CODE.matcher(code).matches()) {
                problems.add(new FieldProblem(
                        field + "code",
                        "Mã câu hỏi gồm 1 đến 40 ký tự: chữ không dấu, chữ số, dấu gạch dưới (_) hoặc gạch ngang (-)"));
            } else if (!codes.add(code)) {
                problems.add(new FieldProblem(field + "code", "Trùng mã câu hỏi " + code));
            }
            String datatype = trim(a.datatype());
            if (datatype == null || !DATATYPES.contains(datatype)) {
                problems.add(new FieldProblem(field + "datatype", "Hãy chọn kiểu trả lời"));
            }
            String description = trim(a.description());
            if (description == null) {
                problems.add(new FieldProblem(field + "description", "Hãy ghi câu hỏi người dân sẽ thấy"));
            }
            tooLong(problems, field + "description", description, 500);
            List<ListValue> values = values(datatype, a.values(), field + "values", problems);
            out.add(new AttributeView(
                    code == null ? "" : code,
                    datatype == null ? "" : datatype,
                    a.required(),
                    description == null ? "" : description,
                    i + 1,
                    values));
        }
        return out;
    }

    private static List<ListValue> values(
            @Nullable String datatype, List<ListValue> given, String field, List<FieldProblem> problems) {
        boolean list = datatype != null && datatype.endsWith("valuelist");
        if (!list) {
            if (!given.isEmpty()) {
                problems.add(new FieldProblem(field, "Chỉ câu hỏi kiểu danh sách mới có các lựa chọn"));
            }
            return List.of();
        }
        if (given.isEmpty()) {
            problems.add(new FieldProblem(
                    field, "Câu hỏi kiểu danh sách cần ít nhất một lựa chọn, viết dạng 1=Nhỏ; 2=Vừa; 3=Lớn"));
            return List.of();
        }
        if (given.size() > MAX_VALUES) {
            problems.add(new FieldProblem(field, "Tối đa " + MAX_VALUES + " lựa chọn"));
            return List.of();
        }
        List<ListValue> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ListValue v : given) {
            String key = trim(v.key());
            String name = trim(v.name());
            if (key == null || name == null) {
                problems.add(new FieldProblem(
                        field, "Lựa chọn “" + (key == null ? "" : key) + "” cần viết dạng mã=tên, ví dụ 1=Nhỏ"));
            } else if (!VALUE_KEY.matcher(key).matches()) {
                problems.add(new FieldProblem(
                        field,
                        "Mã lựa chọn “" + key
                                + "” chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang"));
            } else if (!keys.add(key)) {
                problems.add(new FieldProblem(field, "Trùng mã lựa chọn " + key));
            } else if (name.length() > 200) {
                problems.add(new FieldProblem(field, "Tên lựa chọn dài quá 200 ký tự"));
            } else {
                out.add(new ListValue(key, name));
            }
        }
        return out;
    }

    private static void tooLong(List<FieldProblem> problems, String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "Dài quá " + max + " ký tự"));
        }
    }

    private static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
