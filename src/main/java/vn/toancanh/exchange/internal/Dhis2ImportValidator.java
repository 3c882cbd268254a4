package vn.toancanh.exchange.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;

/** Checks a DHIS2 pull request field by field, in Vietnamese, before any connection is made. */
final class Dhis2ImportValidator {

    static final int MAX_PERIODS = 36;
    private static final String IDENTIFIER = "[^\\p{Cntrl}]{1,100}";

    private final List<FieldProblem> problems = new ArrayList<>();

    static Dhis2Query check(Dhis2ImportInput in) {
        return new Dhis2ImportValidator().query(in);
    }

    private Dhis2Query query(Dhis2ImportInput in) {
        URI base = base(trim(in.baseUrl()));
        Dhis2Credentials credentials = credentials(in);
        String dataSet = trim(in.dataSet());
        String group = trim(in.dataElementGroup());
        if ((dataSet == null) == (group == null)) {
            problems.add(new FieldProblem(
                    "dataSet", "Nhập mã bộ dữ liệu (data set) hoặc nhóm phần tử dữ liệu, một trong hai"));
        }
        String selection =
                identifier(dataSet != null ? dataSet : group, dataSet != null ? "dataSet" : "dataElementGroup");
        List<String> periods = periods(in.periods());
        String orgUnit = identifier(trim(in.orgUnit()), "orgUnit");
        if (trim(in.orgUnit()) == null) {
            problems.add(new FieldProblem("orgUnit", "Nhập mã đơn vị DHIS2 cần lấy số liệu"));
        }
        String scheme = idScheme(trim(in.idScheme()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Dhis2Query(
                base,
                credentials,
                dataSet != null ? "dataSet" : "dataElementGroup",
                selection,
                periods,
                orgUnit,
                in.withChildren(),
                scheme,
                in.isDryRun());
    }

    private URI base(@Nullable String url) {
        String reason = "Địa chỉ DHIS2 phải có dạng http(s)://máy-chủ[/đường-dẫn], không kèm tài khoản hay tham số";
        if (url == null) {
            problems.add(
                    new FieldProblem("baseUrl", "Nhập địa chỉ của hệ thống DHIS2, ví dụ https://dhis2.soyte.gov.vn"));
            return URI.create("http://invalid");
        }
        try {
            URI uri = new URI(url.length() > 500 ? "" : url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                problems.add(new FieldProblem("baseUrl", reason));
                return URI.create("http://invalid");
            }
            // DHIS2's own setting is the address without /api; accept it pasted with it.
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            path = path.endsWith("/api") ? path.substring(0, path.length() - 4) : path;
            return new URI(scheme, null, uri.getHost(), uri.getPort(), null, null, null).resolve(path + "/");
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.add(new FieldProblem("baseUrl", reason));
            return URI.create("http://invalid");
        }
    }

    private Dhis2Credentials credentials(Dhis2ImportInput in) {
        String token = trim(in.token());
        if (token != null) {
            if (!token.matches("d2pat_[A-Za-z0-9]{10,200}")) {
                problems.add(new FieldProblem("token", "Mã truy cập cá nhân của DHIS2 bắt đầu bằng d2pat_"));
            }
            return Dhis2Credentials.accessToken(token);
        }
        String username = trim(in.username());
        String password = in.password() == null || in.password().isEmpty() ? null : in.password();
        if (username == null) {
            problems.add(
                    new FieldProblem("username", "Nhập tên đăng nhập DHIS2 và mật khẩu, hoặc mã truy cập cá nhân"));
        } else if (username.contains(":") || username.length() > 100) {
            problems.add(new FieldProblem("username", "Tên đăng nhập không hợp lệ"));
        }
        if (password == null) {
            problems.add(new FieldProblem("password", "Nhập mật khẩu DHIS2"));
        }
        return Dhis2Credentials.basic(username == null ? "" : username, password == null ? "" : password);
    }

    private List<String> periods(@Nullable List<String> sent) {
        Set<String> periods = new LinkedHashSet<>();
        for (String raw : sent == null ? List.<String>of() : sent) {
            for (String p : raw.split("[,;\\s]+")) {
                if (p.isBlank()) {
                    continue;
                }
                if (Period.parse(p).isEmpty()) {
                    problems.add(new FieldProblem(
                            "periods", "Kỳ \"" + abbreviate(p) + "\" không đúng (ví dụ 202611, 2026Q3, 2026S1, 2026)"));
                }
                periods.add(p);
            }
        }
        if (periods.isEmpty()) {
            problems.add(new FieldProblem("periods", "Nhập ít nhất một kỳ, ví dụ 202611 hoặc 2026Q3"));
        } else if (periods.size() > MAX_PERIODS) {
            problems.add(new FieldProblem("periods", "Tối đa " + MAX_PERIODS + " kỳ mỗi lần lấy"));
        }
        return List.copyOf(periods);
    }

    private String idScheme(@Nullable String sent) {
        if (sent == null || sent.equalsIgnoreCase("CODE")) {
            return "CODE";
        }
        if (sent.regionMatches(true, 0, "ATTRIBUTE:", 0, 10)
                && sent.substring(10).matches("[A-Za-z][A-Za-z0-9]{10}")) {
            return "ATTRIBUTE:" + sent.substring(10);
        }
        problems.add(new FieldProblem(
                "idScheme",
                "Chỉ dùng CODE hoặc ATTRIBUTE:<uid thuộc tính>: số liệu được đối chiếu theo mã chỉ tiêu và mã đơn vị,"
                        + " còn UID của DHIS2 không có bên này"));
        return "CODE";
    }

    private String identifier(@Nullable String value, String field) {
        if (value != null && !value.matches(IDENTIFIER)) {
            problems.add(new FieldProblem(field, "Mã không hợp lệ (tối đa 100 ký tự)"));
        }
        return value == null ? "" : value;
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
