package vn.toancanh.portal.web;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.toancanh.shared.PublicRateLimiter;

/** 429 with {@code Retry-After}: a client called a public endpoint more often than its bucket allows a minute. */
class TooManyRequestsException extends ErrorResponseException {

    static final URI TYPE = URI.create("urn:toancanh:problem:too-many-requests");

    private final HttpHeaders headers = new HttpHeaders();

    TooManyRequestsException() {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(), null);
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(PublicRateLimiter.retryAfterSeconds()));
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    private static ProblemDetail problem() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "Bạn đã gửi quá nhiều yêu cầu trong một phút. Xin thử lại sau " + PublicRateLimiter.retryAfterSeconds()
                        + " giây.");
        p.setType(TYPE);
        p.setTitle("Quá nhiều yêu cầu");
        return p;
    }
}
