package vn.toancanh.dashboard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.toancanh.dashboard.DashboardView;

/**
 * A dashboard's widget grid as HTML, rendered once per dashboard content and language and kept: it is the same for
 * everyone who may see that dashboard (no user data, no form token in it), and rendering its widgets was most of a
 * dashboard page's server time. The key is the whole dashboard with its widget cards, so any change to the dashboard or
 * its widgets renders it again. Pages show it as {@code th:utext="${page.grid}"}.
 */
@Component
class DashboardGrids {

    /** What the grid shows: the dashboard and its widgets as the page has them (the page's title and rights aside). */
    private record Key(DashboardView dashboard, List<DashboardPages.WidgetCard> widgets, Locale locale) {}

    private final Cache<Key, String> rendered =
            Caffeine.newBuilder().maximumSize(500).build();

    private final ITemplateEngine templates;
    private final JakartaServletWebApplication application;

    DashboardGrids(ITemplateEngine templates, ServletContext servletContext) {
        this.templates = templates;
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    /** The grid of {@code page} in {@code locale}; rendered in the current request the first time. */
    String html(DashboardPages.DashboardPage page, Locale locale) {
        return rendered.get(new Key(page.dashboard(), page.widgets(), locale), k -> render(page, locale));
    }

    private String render(DashboardPages.DashboardPage page, Locale locale) {
        // A web context, so the grid's links are built as the page's are (context path included).
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        WebContext context = new WebContext(
                application.buildExchange(current.getRequest(), current.getResponse()), locale, Map.of("page", page));
        return templates.process("dashboard/fragments", Set.of("grid"), context);
    }
}
