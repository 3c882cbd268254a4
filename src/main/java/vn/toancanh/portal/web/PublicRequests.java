package vn.toancanh.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PublicRateLimiter;

/**
 * What every public endpoint checks first: the caller's rate limit, then each parameter's size and shape, so an
 * oversized or malformed request gets a clear 400 and never reaches a query.
 */
@Component
class PublicRequests {

    static final String DATA_BUCKET = "portal-data";
    static final String QR_BUCKET = "portal-qr";
    static final int MAX_SEARCH = 100;
    static final int MAX_PAGE = 1_000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");

    private final PublicRateLimiter limiter;

    PublicRequests(PublicRateLimiter limiter) {
        this.limiter = limiter;
    }

    void limit(String bucket, HttpServletRequest request) {
        if (!limiter.allow(bucket, request.getRemoteAddr())) {
            throw new TooManyRequestsException();
        }
    }

    static String search(@Nullable String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_SEARCH) {
            throw InvalidInputException.of("q", "Từ khoá tìm kiếm dài quá " + MAX_SEARCH + " ký tự");
        }
        return text;
    }

    static int page(@Nullable String page) {
        return number("page", page, 1, 1, MAX_PAGE);
    }

    static int size(@Nullable String size, int fallback, int max) {
        return number("size", size, fallback, 1, max);
    }

    static @Nullable Integer year(@Nullable String year) {
        return year == null || year.isBlank() ? null : number("year", year, 0, 1990, 2100);
    }

    /** A version number as an address writes it: the 3 of {@code v3.csv}. */
    static int version(String version) {
        if (version.isEmpty() || version.length() > 9 || !version.chars().allMatch(Character::isDigit)) {
            throw InvalidInputException.of("version", "Số phiên bản phải là số nguyên dương, ví dụ v1");
        }
        int n = Integer.parseInt(version);
        if (n < 1) {
            throw InvalidInputException.of("version", "Số phiên bản phải là số nguyên dương, ví dụ v1");
        }
        return n;
    }

    static String code(String code) {
        if (!CODE.matcher(code).matches()) {
            throw InvalidInputException.of(
                    "code", "Mã không hợp lệ: chỉ gồm chữ không dấu, số, dấu gạch, dấu chấm; tối đa 60 ký tự");
        }
        return code;
    }

    private static int number(String field, @Nullable String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(field, field + " phải là số nguyên từ " + min + " đến " + max);
    }
}
