package vn.toancanh.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.ApiClientGateway;
import vn.toancanh.identity.ClientAccess;
import vn.toancanh.identity.ClientAdmission;
import vn.toancanh.identity.Role;
import vn.toancanh.shared.ProblemTypes;

/**
 * Calls by external systems' keys ({@code tcx_…}): the {@link ApiClientGateway} decides, the call runs as a user
 * principal that stands for the client (a viewer, or an officer of its unit subtree when the key may write), and the
 * gateway hears how it ended. The principal is not in the session: each call carries its key.
 */
final class ClientKeyAuthentication {

    private final ObjectProvider<ApiClientGateway> gateways;
    private final JsonMapper json;

    ClientKeyAuthentication(ObjectProvider<ApiClientGateway> gateways, JsonMapper json) {
        this.gateways = gateways;
        this.json = json;
    }

    void handle(
            String key,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            SecurityContextHolderStrategy contexts)
            throws IOException, ServletException {
        ApiClientGateway gateway = gateways.getIfAvailable();
        long started = System.nanoTime();
        if (gateway == null) {
            deny(new ClientAdmission.Denied(401, "Chưa đăng nhập", "Khóa hệ thống không hợp lệ", null, null), response);
            return;
        }
        ClientAdmission admission = gateway.admit(key, request);
        if (admission instanceof ClientAdmission.Denied denied) {
            contexts.clearContext();
            deny(denied, response);
            if (denied.access() != null) {
                gateway.completed(denied.access(), request, denied.status(), 0, millisSince(started));
            }
            return;
        }
        ClientAccess access = ((ClientAdmission.Admitted) admission).access();
        UserPrincipal principal = principal(access);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        contexts.setContext(context);
        CountingResponse counting = new CountingResponse(response);
        int status = 500;
        try {
            chain.doFilter(request, counting);
            status = counting.getStatus();
        } finally {
            gateway.completed(access, request, status, counting.bytes(), millisSince(started));
        }
    }

    /**
     * Write keys act as an officer of their unit subtree, so the writers' own scope rules apply unchanged; the key's
     * data groups travel along, since a write's groups are only known once its rows are read.
     */
    static UserPrincipal principal(ClientAccess access) {
        Role role = access.write() && access.unitId() != null ? Role.DEPARTMENT_OFFICER : Role.VIEWER;
        return new UserPrincipal(
                -access.clientId(),
                access.username(),
                null,
                access.clientName(),
                role,
                access.unitId(),
                true,
                null,
                access.dataGroups());
    }

    private void deny(ClientAdmission.Denied denied, HttpServletResponse response) throws IOException {
        if (denied.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", String.valueOf(denied.retryAfterSeconds()));
        }
        if (denied.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"toancanh\"");
        }
        var type = switch (denied.status()) {
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            default -> java.net.URI.create("urn:toancanh:problem:too-many-requests");
        };
        ProblemSecurityHandlers.write(
                json, response, HttpStatus.valueOf(denied.status()), type, denied.title(), denied.detail());
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Counts the bytes the controller writes, for the access log; streams through unchanged. */
    private static final class CountingResponse extends HttpServletResponseWrapper {

        private long bytes;
        private @Nullable ServletOutputStream stream;
        private @Nullable PrintWriter writer;

        CountingResponse(HttpServletResponse response) {
            super(response);
        }

        long bytes() {
            if (writer != null) {
                writer.flush();
            }
            return bytes;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream delegate = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        delegate.write(b);
                        bytes++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        delegate.write(b, off, len);
                        bytes += len;
                    }

                    @Override
                    public void flush() throws IOException {
                        delegate.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return delegate.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        delegate.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String charset =
                        getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }
}
