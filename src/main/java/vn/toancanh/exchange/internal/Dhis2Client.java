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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dhis2-read-deadline");
        t.setDaemon(true);
        return t;
    });

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
                Dhis2Answers.checkStatus(status, query, uri, body);
                return withDeadline(
                        body,
                        () -> Dhis2Answers.read(
                                body,
                                response,
                                query,
                                properties.maxResponseSize().toBytes()),
                        query);
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

    /**
     * The request timeout ends when the headers arrive; this bounds reading the body too, so a server that sends a
     * byte a minute cannot hold the admin's request forever.
     */
    private byte[] withDeadline(InputStream body, BodyRead read, Dhis2Query query) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> guard = DEADLINES.schedule(
                () -> {
                    expired.set(true);
                    closeQuietly(body);
                },
                properties.timeout().toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return read.read();
        } catch (IOException e) {
            throw expired.get() ? new HttpTimeoutException("body not read in time") : e;
        } finally {
            guard.cancel(false);
        }
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
        closeQuietly(response.body());
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // Closing only ends our interest in the answer; nothing to recover here.
        }
    }

    @FunctionalInterface
    private interface BodyRead {
        byte[] read() throws IOException;
    }
}
