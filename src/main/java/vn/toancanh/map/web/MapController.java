package vn.toancanh.map.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.map.MapService;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.internal.MapProperties;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/** The digital map page: boundaries, point layers, search and the choropleth picker. */
@Controller
class MapController {

    /**
     * The application's policy (identity's SecurityConfiguration) with the tile server's origin added to img-src:
     * Spring Security keeps a policy the response already has.
     */
    static final String POLICY = "default-src 'self'; img-src 'self' data: blob:%s; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'self'";

    private static final Pattern ORIGIN = Pattern.compile("^(https?://)([^/]+)");

    /** Period choices: relative ones first, then recent years and quarters. */
    record PeriodOption(String id, @Nullable String messageKey, String label) {}

    private final MapService map;
    private final MapProperties properties;

    MapController(MapService map, MapProperties properties) {
        this.map = map;
        this.properties = properties;
    }

    @GetMapping("/map")
    @PreAuthorize("isAuthenticated()")
    String map(
            @RequestParam(required = false) @Nullable String dx,
            @RequestParam(required = false) @Nullable String pe,
            @RequestParam(required = false) @Nullable String parent,
            Model model,
            HttpServletResponse response) {
        String origin = tileOrigin(properties.tileUrl());
        if (origin != null) {
            response.setHeader("Content-Security-Policy", POLICY.formatted(" " + origin));
        }
        model.addAttribute("tileUrl", properties.tileUrl());
        model.addAttribute("tileAttribution", properties.tileAttribution());
        model.addAttribute("maxZoom", properties.maxZoom());
        model.addAttribute("parent", parent == null || parent.isBlank() ? map.homeUnit() : parent.trim());
        model.addAttribute("layers", PoiLayer.values());
        model.addAttribute("counts", map.counts());
        model.addAttribute("dx", dx == null ? "" : dx.trim());
        model.addAttribute("pe", pe == null || pe.isBlank() ? "LAST_12_MONTHS" : pe.trim());
        model.addAttribute("periods", periods(OrganisationService.today()));
        return "map/index";
    }

    /** The tile server's origin for img-src, {@code {s}} subdomains as a wildcard; null when same-origin or none. */
    static @Nullable String tileOrigin(String tileUrl) {
        Matcher m = ORIGIN.matcher(tileUrl.trim());
        if (!m.find()) {
            return null;
        }
        String host = m.group(2);
        if (host.startsWith("{") && host.indexOf('}') > 0) {
            host = "*" + host.substring(host.indexOf('}') + 1);
        }
        return host.contains("{") ? m.group(1).replace("//", "") : m.group(1) + host;
    }

    static List<PeriodOption> periods(LocalDate today) {
        List<PeriodOption> options = new ArrayList<>();
        for (String relative : List.of("LAST_12_MONTHS", "THIS_YEAR", "LAST_YEAR", "THIS_QUARTER")) {
            options.add(new PeriodOption(relative, "map.period." + relative, relative));
        }
        for (int y = today.getYear(); y > today.getYear() - 4; y--) {
            Period year = Period.year(y);
            options.add(new PeriodOption(year.id(), null, year.labelVi()));
        }
        Period quarter = Period.of(PeriodType.QUARTERLY, today);
        for (int i = 0; i < 6; i++) {
            options.add(new PeriodOption(quarter.id(), null, quarter.labelVi()));
            quarter = quarter.previous();
        }
        return options;
    }
}
