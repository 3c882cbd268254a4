package vn.toancanh.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.toancanh.identity.ApiClientGateway;
import vn.toancanh.identity.ApiScope;
import vn.toancanh.identity.internal.ApiTokenRepository.TokenOwner;

/**
 * Authenticates {@code Authorization: Bearer tc_…} on {@code /api/**}; {@code ApiToken} is taken as another name for
 * {@code Bearer}, because that is how DHIS2 (its aggregate data exchange) sends a token, so a DHIS2 can push with one
 * of our keys unchanged. A token that is unknown, expired or revoked,
 * or whose owner is disabled or locked, ends the request with a 401 problem: a script should learn its token is
 * bad rather than be treated as anonymous. Nothing is stored in a session.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String API_TOKEN = "ApiToken ";
    /** last_used_at is for people ("used today?"), so a write per minute per token is precise enough. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final ClientKeyAuthentication clientKeys;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenAuthenticationFilter(
            ApiTokenRepository tokens, AuthenticationEntryPoint entryPoint, ClientKeyAuthentication clientKeys) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
        this.clientKeys = clientKeys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return token(request.getHeader("Authorization")) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The token of a {@code Bearer} or {@code ApiToken} header (scheme names are case-insensitive), else null. */
    static @Nullable String token(@Nullable String header) {
        if (header == null) {
            return null;
        }
        for (String scheme : new String[] {BEARER, API_TOKEN}) {
            if (header.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return header.substring(scheme.length()).trim();
            }
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = java.util.Objects.requireNonNull(token(request.getHeader("Authorization")));
        if (token.startsWith(ApiClientGateway.KEY_PREFIX)) {
            clientKeys.handle(token, request, response, chain, contexts);
            return;
        }
        Optional<TokenOwner> owner = token.startsWith(ApiTokenService.PREFIX)
                ? tokens.findUsable(ApiTokenService.hash(token))
                : Optional.empty();
        if (owner.isEmpty()
                || !owner.get().user().isEnabled()
                || !owner.get().user().isAccountNonLocked()) {
            contexts.clearContext();
            entryPoint.commence(
                    request, response, new BadCredentialsException("Unknown, expired or revoked API token"));
            return;
        }
        ApiScope scope = owner.get().scope();
        if (scope != null && !request.getRequestURI().startsWith(request.getContextPath() + scope.pathPrefix)) {
            contexts.clearContext();
            outOfScope(response, scope);
            return;
        }
        UserPrincipal user = owner.get().user().withoutPassword();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        Instant lastUsed = owner.get().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(Instant.now().minus(TOUCH_EVERY))) {
            tokens.touch(owner.get().tokenId());
        }
        chain.doFilter(request, response);
    }

    /** 403 as a problem: the token is good, but not for this endpoint. */
    private static void outOfScope(HttpServletResponse response, ApiScope scope) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json;charset=UTF-8");
        String detail = "Mã truy cập này chỉ mở " + scope.pathPrefix + "** (" + scope.labelVi + ")";
        response.getWriter()
                .write("{\"type\":\"urn:toancanh:problem:forbidden\",\"title\":\"Không có quyền\",\"status\":403,"
                        + "\"detail\":\"" + detail + "\"}");
    }
}
