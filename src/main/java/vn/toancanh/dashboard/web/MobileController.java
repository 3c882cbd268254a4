package vn.toancanh.dashboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.dashboard.DashboardKind;
import vn.toancanh.dashboard.DashboardService;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.identity.IdentityService;

/**
 * The leader's phone view under {@code /m/}: the home figures one under another, the domain dashboards a tap away.
 * Installable (manifest) and readable offline: the service worker, served from {@code /m/} so its scope is the
 * mobile view alone, keeps the last page and figures it loaded.
 */
@Controller
class MobileController {

    private static final String WORKER = "static/js/dashboard-sw.js";

    private final DashboardService dashboards;
    private final DashboardPages pages;
    private final IdentityService identity;
    private final MessageSource messages;

    MobileController(
            DashboardService dashboards, DashboardPages pages, IdentityService identity, MessageSource messages) {
        this.dashboards = dashboards;
        this.pages = pages;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/m")
    @PreAuthorize("isAuthenticated()")
    String redirect() {
        return "redirect:/m/";
    }

    @GetMapping("/m/")
    @PreAuthorize("isAuthenticated()")
    String mobile(@RequestParam(defaultValue = DashboardService.HOME) String d, Model model, Locale locale) {
        DashboardView dashboard = dashboards.get(d);
        var user = identity.currentUserOrSystem();
        model.addAttribute("page", pages.page(dashboard, user, locale));
        model.addAttribute(
                "tabs",
                dashboards.visible().stream()
                        .filter(x -> x.kind() != DashboardKind.USER)
                        .toList());
        model.addAttribute("current", dashboard.code());
        pages.addConfig(model, locale);
        return "dashboard/mobile";
    }

    @GetMapping(path = "/m/sw.js", produces = "text/javascript")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<String> serviceWorker() throws IOException {
        try (InputStream in = new ClassPathResource(WORKER).getInputStream()) {
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.noCache())
                    .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The web app manifest; the page links it with credentials, as everything but static files needs a login. */
    @GetMapping(path = "/m/manifest.webmanifest")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Map<String, Object>> manifest(Locale locale) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", messages.getMessage("dashboard.mobile.appName", null, locale));
        manifest.put("short_name", messages.getMessage("app.name", null, locale));
        manifest.put("lang", locale.getLanguage());
        manifest.put("start_url", "/m/");
        manifest.put("scope", "/m/");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#0b3d6e");
        manifest.put("theme_color", "#0b3d6e");
        manifest.put(
                "icons",
                List.of(
                        Map.of("src", "/img/toancanh-192.png", "sizes", "192x192", "type", "image/png"),
                        Map.of("src", "/img/toancanh-512.png", "sizes", "512x512", "type", "image/png"),
                        Map.of("src", "/favicon.svg", "sizes", "any", "type", "image/svg+xml")));
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "manifest+json", StandardCharsets.UTF_8))
                .body(manifest);
    }
}
