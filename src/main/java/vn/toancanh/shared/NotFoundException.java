package vn.toancanh.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Something addressed by the client does not exist. 404 for the API, the 404 page for HTML. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, problem(detail), null);
    }

    public static NotFoundException of(String what, String key) {
        return new NotFoundException("Không tìm thấy " + what + " '" + key + "'");
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        p.setType(ProblemTypes.NOT_FOUND);
        p.setTitle("Không tìm thấy");
        return p;
    }
}
