package vn.toancanh.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * What a DHIS2 answer must be before we read values from it: a 2xx status (401/403 mean our credentials were refused,
 * 409 carries DHIS2's own reason), JSON rather than a web page such as a login form, and within the size cap.
 */
final class Dhis2Answers {

    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"([^\"\\\\]{1,300})\"");

    private Dhis2Answers() {}

    static void checkStatus(int status, Dhis2Query query, URI uri, InputStream body) throws IOException {
        if (status == 401 || status == 403) {
            String field = query.credentials().token() ? "token" : "password";
            throw new Dhis2RemoteException(
                    HttpStatus.BAD_GATEWAY,
                    field,
                    "DHIS2 từ chối tài khoản (HTTP " + status + "): kiểm tra tên đăng nhập, mật khẩu hoặc mã truy cập,"
                            + " và quyền đọc số liệu của tài khoản đó");
        }
        if (status == 404) {
            throw Dhis2RemoteException.gateway(
                    "baseUrl",
                    "Không thấy API dataValueSets ở " + uri.getHost() + " (HTTP 404): kiểm tra địa chỉ DHIS2");
        }
        if (status == 409 || status == 400) {
            // DHIS2 says why in {"message": "…"} (an unknown data set, a period it cannot parse): pass that on.
            String answer = new String(body.readNBytes(8192), StandardCharsets.UTF_8);
            Matcher message = MESSAGE.matcher(answer);
            throw Dhis2RemoteException.gateway(
                    "dataSet",
                    "DHIS2 không chấp nhận yêu cầu (HTTP " + status + "): kiểm tra mã bộ dữ liệu, kỳ và đơn vị"
                            + (message.find() ? " (DHIS2: " + message.group(1) + ")" : ""));
        }
        if (status / 100 != 2) {
            throw Dhis2RemoteException.gateway("baseUrl", "DHIS2 trả lỗi HTTP " + status);
        }
    }

    static byte[] read(InputStream body, HttpResponse<?> response, Dhis2Query query, long max) throws IOException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > max) {
            throw tooLarge(max);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.contains("json") || !startsLikeJson(bytes)) {
            throw Dhis2RemoteException.gateway(
                    "baseUrl",
                    type.contains("html") || startsWith(bytes, '<')
                            ? "Máy chủ " + query.host() + " trả về một trang web (có thể là trang đăng nhập),"
                                    + " không phải số liệu JSON: kiểm tra địa chỉ DHIS2 và tài khoản"
                            : "Máy chủ " + query.host() + " không trả về số liệu JSON");
        }
        return bytes;
    }

    private static boolean startsLikeJson(byte[] bytes) {
        return startsWith(bytes, '{');
    }

    private static boolean startsWith(byte[] bytes, char c) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == c;
            }
        }
        return false;
    }

    private static Dhis2RemoteException tooLarge(long max) {
        return new Dhis2RemoteException(
                HttpStatus.BAD_GATEWAY,
                "periods",
                "Số liệu DHIS2 trả về vượt quá " + max / (1024 * 1024) + " MB: lấy ít kỳ hơn hoặc một đơn vị nhỏ hơn");
    }
}
