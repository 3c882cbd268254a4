package vn.toancanh.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller's {@code @PreAuthorize} before Spring MVC binds and validates the request body, so a caller
 * without the role gets 403 rather than a 400 that reveals what a valid request would look like. Method security
 * still runs on the call itself; expressions that use method arguments ({@code #name}) are left to it alone.
 */
@Component
class EarlyAuthorization implements HandlerInterceptor, WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (rule == null || rule.value().contains("#")) {
            return true;
        }
        Supplier<Authentication> authentication =
                () -> SecurityContextHolder.getContext().getAuthentication();
        MethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
        AuthorizationResult result = manager.authorize(authentication, invocation);
        if (result != null && !result.isGranted()) {
            throw new AuthorizationDeniedException("Access denied", result);
        }
        return true;
    }
}
