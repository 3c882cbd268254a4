package vn.toancanh.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filter chain: pages use the session (form login, CSRF); scripts use HTTP Basic or a personal token on
 * {@code /api/**}. Which role may call what is declared on each controller with {@code @PreAuthorize}; here only
 * the public paths are opened and everything else needs a login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/login",
        "/error",
        "/error/**",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/favicon.ico",
        "/favicon.svg",
        "/robots.txt",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/portal/**",
        "/open311/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            JsonMapper json,
            ApiTokenRepository tokens,
            org.springframework.beans.factory.ObjectProvider<vn.toancanh.identity.ApiClientGateway> clientGateways)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(
                                tokens, problems, new ClientKeyAuthentication(clientGateways, json)),
                        BasicAuthenticationFilter.class)
                // Requests that carry their own credentials are not ambient-cookie requests: no CSRF token needed.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        SecurityConfiguration::carriesCredentials, SecurityConfiguration::isOpen311))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), r -> true)
                        .defaultAccessDeniedHandlerFor(problems, api)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), r -> true))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; frame-ancestors 'self'")));
        return http.build();
    }

    @Bean
    AuthenticationProvider accountAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder) {
        // Not a UserDetailsService bean: this provider is the only way passwords are checked.
        return new AccountAuthenticationProvider(new AccountUserDetailsService(users), encoder);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating: bcrypt today, and hashes stay verifiable if the default algorithm changes later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Open311 clients post with an api_key in the form and no session: no cookie a forged request could ride on. */
    static boolean isOpen311(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/open311/");
    }

    static boolean carriesCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && (header.startsWith("Basic ") || ApiTokenAuthenticationFilter.token(header) != null);
    }
}
