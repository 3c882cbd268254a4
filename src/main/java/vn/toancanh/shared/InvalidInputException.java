package vn.toancanh.shared;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Input that fails validation: 400 with every {@link FieldProblem}, so a client can fix them all at once. */
public class InvalidInputException extends ErrorResponseException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problem(problems), null);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String reason) {
        return new InvalidInputException(List.of(new FieldProblem(field, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static ProblemDetail problem(List<FieldProblem> problems) {
        String detail = problems.size() == 1 ? problems.get(0).reason() : "Dữ liệu có " + problems.size() + " lỗi";
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setType(ProblemTypes.INVALID_INPUT);
        p.setTitle("Dữ liệu không hợp lệ");
        p.setProperty("errors", problems);
        return p;
    }
}
