package vn.toancanh.shared;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The request contradicts the current state (duplicate code, stale version, closed unit). 409. */
public class ConflictException extends ErrorResponseException {

    public ConflictException(String field, String reason) {
        super(HttpStatus.CONFLICT, problem(field, reason), null);
    }

    private static ProblemDetail problem(String field, String reason) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason);
        p.setType(ProblemTypes.CONFLICT);
        p.setTitle("Xung đột dữ liệu");
        p.setProperty("errors", List.of(new FieldProblem(field, reason)));
        return p;
    }

    /** The reason in Vietnamese, for forms that show it beside the field. */
    public String reason() {
        return getBody().getDetail();
    }

    @SuppressWarnings("unchecked")
    public List<FieldProblem> problems() {
        return (List<FieldProblem>) getBody().getProperties().get("errors");
    }
}
