package vn.toancanh.datavalues.internal.io;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.ProblemTypes;

/** An import beyond the configured size or row limit: 413, before anything is written. */
public class PayloadTooLargeException extends ErrorResponseException {

    public PayloadTooLargeException(String detail) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        p.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
        p.setTitle("Dữ liệu quá lớn");
        p.setProperty("errors", List.of(new FieldProblem("body", detail)));
        return p;
    }
}
