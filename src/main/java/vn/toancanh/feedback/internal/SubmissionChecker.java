package vn.toancanh.feedback.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.feedback.CategoryView;
import vn.toancanh.feedback.CategoryView.AttributeView;
import vn.toancanh.feedback.FeedbackSubmission;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * Checks a submission against its category before anything is written: every mistake named with its field (the
 * Open311 parameter names: {@code description}, {@code lat}, {@code attribute[code]}, …) and a reason in Vietnamese.
 */
@Component
public class SubmissionChecker {

    public static final int MIN_DESCRIPTION = 10;
    public static final int MAX_DESCRIPTION = 4000;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()-]{8,20}$");
    private static final Pattern URL = Pattern.compile("^https?://[^\\s]{3,990}$");

    /** A submission that passed: trimmed, with its answers checked. */
    public record Checked(
            String description,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String address,
            @Nullable String mediaUrl,
            @Nullable String contactName,
            @Nullable String contactPhone,
            @Nullable String contactEmail,
            @Nullable String deviceId,
            @Nullable String accountId,
            Map<String, List<String>> attributes) {}

    public Checked check(FeedbackSubmission s, @Nullable CategoryView category) {
        List<FieldProblem> problems = new ArrayList<>();
        if (category == null) {
            problems.add(new FieldProblem(
                    "service_code",
                    s.categoryCode() == null || s.categoryCode().isBlank()
                            ? "Hãy chọn lĩnh vực phản ánh"
                            : "Không có lĩnh vực phản ánh mã "
                                    + s.categoryCode().strip()));
        }
        String description = trim(s.description());
        if (description == null) {
            problems.add(new FieldProblem("description", "Hãy mô tả nội dung phản ánh"));
        } else if (description.length() < MIN_DESCRIPTION) {
            problems.add(new FieldProblem(
                    "description", "Nội dung quá ngắn, hãy viết ít nhất " + MIN_DESCRIPTION + " ký tự"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "Nội dung dài quá " + MAX_DESCRIPTION + " ký tự"));
        }
        Double lat = s.latitude();
        Double lon = s.longitude();
        String address = trim(s.address());
        if ((lat == null) != (lon == null)) {
            problems.add(new FieldProblem(lat == null ? "lat" : "long", "Cần cả vĩ độ và kinh độ"));
        } else if (lat != null && (lat.isNaN() || lat < -90 || lat > 90)) {
            problems.add(new FieldProblem("lat", "Vĩ độ phải trong khoảng -90 đến 90"));
        } else if (lon != null && (lon.isNaN() || lon < -180 || lon > 180)) {
            problems.add(new FieldProblem("long", "Kinh độ phải trong khoảng -180 đến 180"));
        }
        if (lat == null && address == null) {
            problems.add(new FieldProblem("lat", "Hãy chọn vị trí trên bản đồ hoặc ghi địa chỉ"));
        }
        if (address != null && address.length() > 500) {
            problems.add(new FieldProblem("address_string", "Địa chỉ dài quá 500 ký tự"));
        }
        String media = trim(s.mediaUrl());
        if (media != null && !URL.matcher(media).matches()) {
            problems.add(new FieldProblem("media_url", "Đường dẫn ảnh phải là địa chỉ http(s) hợp lệ"));
        }
        String email = trim(s.contactEmail());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("email", "Địa chỉ thư điện tử không hợp lệ"));
        }
        String phone = trim(s.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "Số điện thoại không hợp lệ"));
        }
        String name = trim(s.contactName());
        if (name != null && name.length() > 200) {
            problems.add(new FieldProblem("first_name", "Họ tên dài quá 200 ký tự"));
        }
        limit(problems, "device_id", s.deviceId(), 100);
        limit(problems, "account_id", s.accountId(), 100);
        Map<String, List<String>> answers = category == null ? Map.of() : answers(category, s.attributes(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(
                description,
                lat,
                lon,
                address,
                media,
                name,
                phone,
                email,
                trim(s.deviceId()),
                trim(s.accountId()),
                answers);
    }

    private static Map<String, List<String>> answers(
            CategoryView category, Map<String, List<String>> given, List<FieldProblem> problems) {
        Map<String, AttributeView> known = new LinkedHashMap<>();
        category.attributes().forEach(a -> known.put(a.code(), a));
        for (String code : given.keySet()) {
            if (!known.containsKey(code)) {
                problems.add(new FieldProblem("attribute[" + code + "]", "Lĩnh vực này không có câu hỏi mã " + code));
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (AttributeView a : known.values()) {
            List<String> values = given.getOrDefault(a.code(), List.of()).stream()
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .toList();
            String field = "attribute[" + a.code() + "]";
            if (values.isEmpty()) {
                if (a.required()) {
                    problems.add(new FieldProblem(field, "Hãy trả lời: " + a.description()));
                }
                continue;
            }
            if (values.size() > 1 && !a.datatype().equals("multivaluelist")) {
                problems.add(new FieldProblem(field, "Chỉ một giá trị cho: " + a.description()));
                continue;
            }
            String reason = invalid(a, values);
            if (reason != null) {
                problems.add(new FieldProblem(field, reason));
                continue;
            }
            out.put(a.code(), values);
        }
        return out;
    }

    private static @Nullable String invalid(AttributeView a, List<String> values) {
        String v = values.get(0);
        return switch (a.datatype()) {
            case "number" -> {
                try {
                    new BigDecimal(v.replace(',', '.'));
                    yield null;
                } catch (NumberFormatException e) {
                    yield "Phải là một số: " + a.description();
                }
            }
            case "datetime" -> {
                try {
                    OffsetDateTime.parse(v);
                    yield null;
                } catch (DateTimeParseException e) {
                    yield "Phải là ngày giờ dạng 2026-12-03T14:30:00+07:00: " + a.description();
                }
            }
            case "singlevaluelist", "multivaluelist" -> {
                Set<String> keys =
                        a.values().stream().map(CategoryView.ListValue::key).collect(Collectors.toSet());
                yield values.stream().allMatch(keys::contains)
                        ? null
                        : "Giá trị không có trong danh sách: " + a.description();
            }
            default -> v.length() > 2000 ? "Dài quá 2000 ký tự: " + a.description() : null;
        };
    }

    private static void limit(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "Dài quá " + max + " ký tự"));
        }
    }

    static @Nullable String trim(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
