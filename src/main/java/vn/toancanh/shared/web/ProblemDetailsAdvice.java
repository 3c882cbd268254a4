package vn.toancanh.shared.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.ProblemTypes;
import vn.toancanh.shared.UploadLimit;

/**
 * The one place JSON API errors become RFC 9457 problem details with a stable {@code type}, a Vietnamese
 * {@code title} and {@code errors: [{field, reason}]}. HTML controllers are left to the error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final UploadLimit uploadLimit;

    ProblemDetailsAdvice(UploadLimit uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> new FieldProblem(r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, uploadLimit.message(ex));
        p.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
        p.setTitle("Dữ liệu quá lớn");
        p.setProperty("errors", List.of(new FieldProblem("file", p.getDetail())));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(p);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> problems = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    /** A unique or check constraint the service did not catch first: still the client's conflict, never a 404/500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
        log.warn(
                "Constraint violation reached the API: {}",
                ex.getMostSpecificCause().getMessage());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "Dữ liệu xung đột với dữ liệu đã có (trùng mã hoặc vi phạm ràng buộc)");
        p.setType(ProblemTypes.CONFLICT);
        p.setTitle("Xung đột dữ liệu");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    /** A query or path parameter of the wrong kind ({@code ?state=MO}, {@code ?page=abc}): named, with what it takes. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String value = String.valueOf(ex.getValue());
        String reason;
        if (type != null && type.isEnum()) {
            reason = "Giá trị \"" + value + "\" không hợp lệ; chọn một trong: "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", "));
        } else if (type == java.time.LocalDate.class) {
            reason = "Ngày \"" + value + "\" không hợp lệ, viết theo dạng năm-tháng-ngày (2026-12-01)";
        } else if (type == boolean.class || type == Boolean.class) {
            reason = "\"" + value + "\" phải là true hoặc false";
        } else if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            reason = "\"" + value + "\" không phải là số";
        } else {
            reason = "Giá trị \"" + value + "\" không đúng định dạng";
        }
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field == null ? "" : field, reason))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalid(
                        List.of(new FieldProblem(ex.getParameterName(), "Thiếu tham số " + ex.getParameterName()))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail p
                && (p.getType() == null || "about:blank".equals(p.getType().toString()))) {
            p.setType(ProblemTypes.INVALID_INPUT);
            if (statusCode.value() == 415) {
                p.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
            } else if (statusCode.value() == 404) {
                p.setType(ProblemTypes.NOT_FOUND);
            } else if (statusCode.is5xxServerError()) {
                p.setType(ProblemTypes.SERVER_ERROR);
            }
        }
        return response;
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                problems.size() == 1 ? problems.get(0).reason() : "Dữ liệu có " + problems.size() + " lỗi");
        p.setType(ProblemTypes.INVALID_INPUT);
        p.setTitle("Dữ liệu không hợp lệ");
        p.setProperty("errors", problems);
        return p;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
