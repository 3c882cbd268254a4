package vn.toancanh.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.shared.ProblemTypes;

/**
 * Problem JSON for {@code /api/**} errors that happen before any controller is chosen (no such path, method not
 * allowed): they never reach the controller advice and would otherwise get Spring Boot's plain error JSON. Errors
 * inside API controllers are left to the advice.
 */
@Component
class ApiErrorResolver implements HandlerExceptionResolver, Ordered {

    private final JsonMapper json;

    ApiErrorResolver(JsonMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return -1; // before Spring MVC's own resolvers (order 0), which would send the request to /error
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (handler instanceof HandlerMethod
                || !(ex instanceof ErrorResponse error)
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        HttpStatusCode status = error.getStatusCode();
        error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        try {
            if (status.value() == 404) {
                ProblemSecurityHandlers.write(
                        json, response, status, ProblemTypes.NOT_FOUND, "Không tìm thấy", "Không có API ở địa chỉ này");
            } else {
                ProblemSecurityHandlers.write(
                        json,
                        response,
                        status,
                        ProblemTypes.INVALID_INPUT,
                        "Yêu cầu không hợp lệ",
                        status.value() == 405
                                ? "Địa chỉ này không nhận phương thức " + request.getMethod()
                                : String.valueOf(error.getBody().getDetail()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }
}
