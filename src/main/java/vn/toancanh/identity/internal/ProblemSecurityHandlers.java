package vn.toancanh.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.ProblemTypes;

/**
 * Errors raised in the security filters never reach the MVC advice, so the API's 401 and 403 are written here as
 * problem details too. No Basic challenge is sent, so browsers never cache Basic credentials (which would make
 * CSRF possible on requests that carry an Authorization header).
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"toancanh\"");
        write(
                json,
                response,
                HttpStatus.UNAUTHORIZED,
                ProblemTypes.UNAUTHORIZED,
                "Chưa đăng nhập",
                "Cần xác thực: HTTP Basic hoặc mã truy cập cá nhân (Authorization: Bearer …)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                json,
                response,
                HttpStatus.FORBIDDEN,
                ProblemTypes.FORBIDDEN,
                "Không có quyền",
                "Tài khoản không có quyền thực hiện thao tác này");
    }

    static void write(
            JsonMapper json,
            HttpServletResponse response,
            HttpStatusCode status,
            java.net.URI type,
            String title,
            String detail)
            throws IOException {
        // Written as a plain map so the shape matches the MVC problem details whatever mixins the mapper has.
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type.toString());
        p.put("title", title);
        p.put("status", status.value());
        p.put("detail", detail);
        p.put("errors", List.<FieldProblem>of());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(p));
    }
}
