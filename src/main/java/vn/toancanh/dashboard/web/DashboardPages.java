package vn.toancanh.dashboard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.dashboard.ChartType;
import vn.toancanh.dashboard.DashboardKind;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.dashboard.WidgetView;
import vn.toancanh.dashboard.internal.DashboardProperties;
import vn.toancanh.identity.CurrentUser;

/**
 * What every dashboard page (home, domain, user, wall, mobile) hands the widget renderer: each widget's query as
 * JSON in a data attribute, and the page settings (district, drill-down group, texts in the user's language).
 */
@Component
public class DashboardPages {

    /** Texts the renderer shows, from dashboard*.properties, keyed without the {@code dashboard.js.} prefix. */
    private static final List<String> SCRIPT_TEXTS = List.of(
            "table",
            "chart",
            "png",
            "excel",
            "noData",
            "loading",
            "error",
            "source",
            "updated",
            "back",
            "communes",
            "history",
            "offline",
            "target",
            "status.ACHIEVED",
            "status.NEAR",
            "status.BEHIND",
            "status.NO_DATA",
            "openMap",
            "period",
            "unit",
            "value",
            "item",
            "drillHint",
            "warnings.high",
            "warnings.low",
            "warnings.usual",
            "warnings.usualBelow",
            "warnings.none",
            "warnings.more",
            "warnings.fewer",
            "records");

    private final JsonMapper json;
    private final MessageSource messages;
    private final DashboardProperties properties;

    private final DashboardGrids grids;

    DashboardPages(JsonMapper json, MessageSource messages, DashboardProperties properties, DashboardGrids grids) {
        this.grids = grids;
        this.json = json;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * A widget with its title in the page's language and its query for the renderer.
     *
     * @param module the module a placeholder waits for ({@code operations}, {@code feedback}, {@code alerts})
     */
    public record WidgetCard(WidgetView widget, String title, String spec, String module) {

        /** Bootstrap column classes: full width on a phone, the widget's width from large screens. */
        public String columns() {
            int half = Math.min(12, Math.max(6, widget.width() * 2));
            return "col-12 col-md-" + half + " col-xl-" + widget.width();
        }

        public boolean single() {
            return widget.type() == ChartType.SINGLE;
        }

        public boolean placeholder() {
            return widget.type() == ChartType.PLACEHOLDER;
        }

        public boolean map() {
            return widget.type() == ChartType.MAP;
        }

        public boolean warnings() {
            return widget.type() == ChartType.WARNINGS;
        }

        public boolean drills() {
            return widget.type() == ChartType.LINE
                    || widget.type() == ChartType.COLUMN
                    || widget.type() == ChartType.STACKED;
        }

        public String firstItem() {
            return widget.dx().isEmpty() ? "" : widget.dx().get(0);
        }
    }

    /**
     * A dashboard as a page shows it.
     *
     * @param grid its widgets as HTML ({@link DashboardGrids}); empty while that is being rendered
     */
    public record DashboardPage(
            DashboardView dashboard, String title, boolean editable, List<WidgetCard> widgets, String grid) {}

    /** The page of {@code d}, its widget grid rendered in the current request or kept from an earlier one. */
    DashboardPage page(DashboardView d, CurrentUser user, Locale locale) {
        List<WidgetCard> widgets = d.widgets().stream()
                .map(w -> new WidgetCard(w, w.title(locale), spec(w, locale), module(w)))
                .toList();
        DashboardPage page = new DashboardPage(d, d.title(locale), d.editableBy(user), widgets, "");
        return new DashboardPage(d, page.title(), page.editable(), widgets, grids.html(page, locale));
    }

    /** Adds {@code config}: the renderer's settings and texts. */
    void addConfig(Model model, Locale locale) {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String key : SCRIPT_TEXTS) {
            texts.put(key, messages.getMessage("dashboard.js." + key, null, key, locale));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("district", properties.district());
        config.put("communeGroup", properties.communeGroup());
        config.put("lang", locale.getLanguage());
        config.put("texts", texts);
        model.addAttribute("config", json.writeValueAsString(config));
    }

    static boolean isDomain(DashboardView d) {
        return d.kind() == DashboardKind.DOMAIN;
    }

    private String module(WidgetView w) {
        var module = json.readTree(w.options()).get("module");
        return module == null ? "" : module.asString();
    }

    private String spec(WidgetView w, Locale locale) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("id", w.id());
        spec.put("type", w.type().name());
        spec.put("title", w.title(locale));
        spec.put("dx", w.dx());
        spec.put("pe", w.pe());
        spec.put("peName", messages.getMessage("dashboard.pe." + w.pe(), null, w.pe(), locale));
        spec.put("ou", w.ou().isEmpty() ? properties.district() : w.ou());
        spec.put("options", json.readTree(w.options()));
        return json.writeValueAsString(spec);
    }
}
