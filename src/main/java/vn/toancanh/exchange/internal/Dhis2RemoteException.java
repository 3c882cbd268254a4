package vn.toancanh.exchange.internal;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.toancanh.shared.FieldProblem;

/**
 * The DHIS2 instance could not give us its values: unreachable, too slow, refused our credentials, answered with
 * something other than a data value set, too much, or nothing. A problem (502, 504 or 422) naming the form field to
 * fix; the message never carries the credentials.
 */
public class Dhis2RemoteException extends ErrorResponseException {

    static final URI TYPE = URI.create("urn:toancanh:problem:remote-system");

    private final FieldProblem problem;

    Dhis2RemoteException(HttpStatus status, String field, String reason) {
        super(status, body(status, field, reason), null);
        this.problem = new FieldProblem(field, reason);
    }

    static Dhis2RemoteException gateway(String field, String reason) {
        return new Dhis2RemoteException(HttpStatus.BAD_GATEWAY, field, reason);
    }

    public FieldProblem problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return problem.reason();
    }

    private static ProblemDetail body(HttpStatus status, String field, String reason) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, reason);
        p.setType(TYPE);
        p.setTitle("Không lấy được số liệu từ DHIS2");
        p.setProperty("errors", List.of(new FieldProblem(field, reason)));
        return p;
    }
}
