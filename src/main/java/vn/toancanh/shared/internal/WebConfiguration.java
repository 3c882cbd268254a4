package vn.toancanh.shared.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Vietnamese first, English as the second locale, switched with {@code ?lang=en} and remembered in a cookie; static
 * files under their own paths.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("toancanh-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The language links are GETs; on a POST, reading ?lang would make the container parse the body first, so
        // an upload over the limit would fail here rather than where the controller answers it (413).
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                return !"GET".equals(request.getMethod()) || super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /**
     * Static files only under these paths (Boot's default mappings are off): with a catch-all {@code /**} handler every
     * link a page renders ({@code /dashboards/KT}, {@code /map}, …) was looked up on the class path to find a content
     * hash, and not found — most of a page's server time. Scripts, styles and images get content-hashed URLs (web jars
     * their version), so a browser keeps them a year without asking again; a new release links new URLs.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year =
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7));
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(year)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/favicon.svg", "/robots.txt")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(week);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", "/favicon.svg");
    }
}
