package vn.toancanh.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Fetches {@code /api/dataValueSets.json} from a DHIS2 instance. Redirects are followed only on the same host and
 * never from https to http, so the credentials go nowhere else; the answer is read up to a size cap; every failure
 * becomes a {@link Dhis2RemoteException} that says what to check, without the credentials.
 */
@Component
class Dhis2Client {

    private static final int MAX_REDIRECTS = 3;

    private final HttpClient http;
    private final Dhis2Properties properties;

    Dhis2Client(Dhis2Properties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The raw JSON answer, checked to be JSON and within the size cap. */
    byte[] fetch(Dhis2Query query) {
        URI uri = query.dataValueSetsUri();
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = send(uri, query);
            int status = response.statusCode();
            if (status / 100 == 3 && hop < MAX_REDIRECTS) {
                close(response);
                uri = redirect(uri, response);
                continue;
            }
            try (InputStream body = response.body()) {
                checkStatus(status, query, uri);
                return read(body, response, query);
            } catch (IOException e) {
                throw failed(e, query);
            }
        }
    }

    private HttpResponse<InputStream> send(URI uri, Dhis2Query query) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(properties.timeout())
                .header("Accept", "application/json")
                .header("User-Agent", "ToanCanh-Exchange/1")
                .header("Authorization", query.credentials().authorization())
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw failed(e, query);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Dhis2RemoteException.gateway("baseUrl", "Bị ngắt khi đang lấy số liệu từ " + query.host());
        }
    }

    private static URI redirect(URI from, HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        URI to;
        try {
            to = from.resolve(location);
        } catch (IllegalArgumentException e) {
            throw Dhis2RemoteException.gateway("baseUrl", "DHIS2 chuyển hướng tới một địa chỉ không hợp lệ");
        }
        boolean sameHost = to.getHost() != null && to.getHost().equalsIgnoreCase(from.getHost());
        boolean downgrade = "https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(to.getScheme());
        if (!sameHost || downgrade || location.isEmpty()) {
            throw Dhis2RemoteException.gateway(
                    "baseUrl",
                    "DHIS2 chuyển hướng sang " + (to.getHost() == null ? "nơi khác" : to.getHost())
                            + "; không gửi tài khoản theo. Hãy nhập đúng địa chỉ cuối cùng của DHIS2");
        }
        return to;
    }

    private static void checkStatus(int status, Dhis2Query query, URI uri) {
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
            throw Dhis2RemoteException.gateway(
                    "dataSet",
                    "DHIS2 không chấp nhận yêu cầu (HTTP " + status + "): kiểm tra mã bộ dữ liệu, kỳ và đơn vị");
        }
        if (status / 100 != 2) {
            throw Dhis2RemoteException.gateway("baseUrl", "DHIS2 trả lỗi HTTP " + status);
        }
    }

    private byte[] read(InputStream body, HttpResponse<?> response, Dhis2Query query) throws IOException {
        long max = properties.maxResponseSize().toBytes();
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

    private Dhis2RemoteException failed(IOException e, Dhis2Query query) {
        if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
            return new Dhis2RemoteException(
                    HttpStatus.GATEWAY_TIMEOUT,
                    "baseUrl",
                    "Hết thời gian chờ " + query.host() + " trả lời: thử lại sau hoặc lấy ít kỳ hơn");
        }
        if (e instanceof ConnectException) {
            return Dhis2RemoteException.gateway(
                    "baseUrl", "Không kết nối được tới " + query.host() + ": kiểm tra địa chỉ và mạng");
        }
        if (e instanceof SSLException) {
            return Dhis2RemoteException.gateway(
                    "baseUrl", "Kết nối HTTPS tới " + query.host() + " không an toàn hoặc lỗi chứng chỉ");
        }
        return Dhis2RemoteException.gateway(
                "baseUrl",
                "Lỗi kết nối tới " + query.host() + " (" + e.getClass().getSimpleName() + ")");
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // The next request opens its own stream; nothing to recover here.
        }
    }
}
