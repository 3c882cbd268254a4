package vn.toancanh.dashboard.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.dashboard.ChartType;
import vn.toancanh.dashboard.DashboardInput;
import vn.toancanh.dashboard.WidgetInput;
import vn.toancanh.dashboard.WidgetView;
import vn.toancanh.identity.Role;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;

/**
 * Checks a {@link DashboardInput} and turns it into what is stored, or throws {@link InvalidInputException} with every
 * problem at once. Item codes are checked against the catalog (one query for all widgets), unit codes against the
 * organisation (one query), periods against the ids analytics understands.
 */
@Component
public class DashboardValidator {

    static final int MAX_WIDGETS = 40;
    static final int MAX_ITEMS = 12;
    static final Set<String> RELATIVE_PERIODS = Set.of(
            "THIS_MONTH",
            "LAST_MONTH",
            "LAST_3_MONTHS",
            "LAST_6_MONTHS",
            "LAST_12_MONTHS",
            "THIS_QUARTER",
            "LAST_QUARTER",
            "LAST_4_QUARTERS",
            "THIS_YEAR",
            "LAST_YEAR",
            "LAST_5_YEARS",
            "MONTHS_THIS_YEAR",
            "QUARTERS_THIS_YEAR");
    static final Set<String> OUTLIER_METHODS = Set.of("MEDIAN", "ZSCORE");
    private static final Pattern OU_SELECTOR = Pattern.compile("CHILDREN|LEVEL-\\d{1,2}|OU_GROUP-[A-Z0-9_-]{1,40}");

    private final CatalogService catalog;
    private final OrganisationService organisation;
    private final JsonMapper json;

    DashboardValidator(CatalogService catalog, OrganisationService organisation, JsonMapper json) {
        this.catalog = catalog;
        this.organisation = organisation;
        this.json = json;
    }

    /** What a valid input stands for; the dashboard's own fields are taken over by the caller. */
    public record Checked(
            String title,
            @Nullable String titleEn,
            Set<Role> sharedRoles,
            Set<Long> sharedUnitIds,
            int rotationSeconds,
            boolean onWall,
            List<WidgetView> widgets) {}

    public Checked check(DashboardInput input, boolean allowPlaceholders) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = text(input.title(), "title", true, problems);
        String titleEn = text(input.titleEn(), "titleEn", false, problems);
        Set<Role> roles = roles(input.sharedRoles(), problems);
        Set<Long> units = units(input.sharedUnits(), problems);
        int rotation = input.rotationSeconds() == null ? 30 : input.rotationSeconds();
        if (rotation < 5 || rotation > 3600) {
            problems.add(new FieldProblem("rotationSeconds", "Thời gian xoay vòng từ 5 đến 3.600 giây"));
        }
        List<WidgetInput> widgets = input.widgets() == null ? List.of() : input.widgets();
        if (widgets.size() > MAX_WIDGETS) {
            problems.add(new FieldProblem("widgets", "Tối đa " + MAX_WIDGETS + " biểu đồ một bảng"));
        }
        Set<String> known = knownItems(widgets);
        List<WidgetView> checked = new ArrayList<>();
        for (int i = 0; i < widgets.size() && i < MAX_WIDGETS; i++) {
            checked.add(widget(widgets.get(i), "widgets[" + i + "].", known, allowPlaceholders, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(
                title, titleEn, roles, units, rotation, Boolean.TRUE.equals(input.onWall()), List.copyOf(checked));
    }

    private WidgetView widget(
            WidgetInput w, String field, Set<String> known, boolean allowPlaceholders, List<FieldProblem> problems) {
        ChartType type = w.type();
        if (type == null || (!type.composable() && !allowPlaceholders)) {
            problems.add(new FieldProblem(field + "type", "Chọn loại biểu đồ"));
            type = ChartType.TABLE;
        }
        int width = w.width() == null ? 6 : w.width();
        if (width < 1 || width > 12) {
            problems.add(new FieldProblem(field + "width", "Độ rộng từ 1 đến 12 cột"));
        }
        List<String> dx = codes(w.dx());
        if (type != ChartType.PLACEHOLDER) {
            if (dx.isEmpty() || dx.size() > MAX_ITEMS) {
                problems.add(new FieldProblem(field + "dx", "Chọn từ 1 đến " + MAX_ITEMS + " chỉ tiêu"));
            }
            dx.stream()
                    .filter(code -> !known.contains(code))
                    .findFirst()
                    .ifPresent(code -> problems.add(new FieldProblem(
                            field + "dx", "Không có chỉ tiêu hay chỉ số '" + code + "' trong danh mục")));
        }
        String pe = w.pe() == null || w.pe().isBlank() ? defaultPeriod(type) : w.pe().trim();
        if (!periodsValid(pe)) {
            problems.add(new FieldProblem(field + "pe", "Kỳ không hợp lệ: " + pe));
        }
        String ou = w.ou() == null ? "" : w.ou().trim();
        if (!ou.isEmpty() && !unitValid(ou)) {
            problems.add(new FieldProblem(field + "ou", "Đơn vị không hợp lệ: " + ou));
        }
        String title = text(w.title(), field + "title", true, problems);
        String options = options(w.options(), field + "options", problems);
        if (type == ChartType.WARNINGS && !methodValid(options)) {
            problems.add(new FieldProblem(field + "options", "Phương pháp phát hiện là MEDIAN hoặc ZSCORE"));
        }
        return new WidgetView(
                0, 0, width, type, title, text(w.titleEn(), field + "titleEn", false, problems), dx, pe, ou, options);
    }

    /** Warnings look at the last few months; charts show a year. */
    static String defaultPeriod(ChartType type) {
        return type == ChartType.WARNINGS ? "LAST_3_MONTHS" : "LAST_12_MONTHS";
    }

    /** A warnings widget may choose how outliers are found ({@code method}, as analytics' outlier query takes it). */
    private boolean methodValid(String options) {
        JsonNode method = json.readTree(options).get("method");
        return method == null || OUTLIER_METHODS.contains(method.asString(""));
    }

    private Set<String> knownItems(List<WidgetInput> widgets) {
        Set<String> codes = new HashSet<>();
        widgets.forEach(w -> codes.addAll(codes(w.dx())));
        // ITEM.COMBO stands for one disaggregation of ITEM
        Map<String, ?> items = catalog.findItemsByCodes(codes.stream()
                .map(c -> c.contains(".") ? c.substring(0, c.indexOf('.')) : c)
                .toList());
        Set<String> known = new HashSet<>();
        for (String code : codes) {
            String item = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
            // not a data item: it may be an indicator (a formula over items), a handful per dashboard at most
            if (items.containsKey(item) || catalog.findIndicatorByCode(code).isPresent()) {
                known.add(code);
            }
        }
        return known;
    }

    private static boolean periodsValid(String pe) {
        for (String p : pe.split(";")) {
            if (!RELATIVE_PERIODS.contains(p) && Period.parse(p).isEmpty()) {
                return false;
            }
        }
        return pe.length() <= 40;
    }

    private boolean unitValid(String ou) {
        String[] parts = ou.split(";");
        for (int i = 1; i < parts.length; i++) {
            if (!OU_SELECTOR.matcher(parts[i]).matches()) {
                return false;
            }
        }
        return ou.length() <= 80 && organisation.findByCode(parts[0]).isPresent();
    }

    private String options(@Nullable String options, String field, List<FieldProblem> problems) {
        if (options == null || options.isBlank()) {
            return "{}";
        }
        try {
            JsonNode node = json.readTree(options);
            if (node.isObject() && options.length() <= 2000) {
                return json.writeValueAsString(node);
            }
        } catch (RuntimeException invalid) {
            // reported below
        }
        problems.add(new FieldProblem(field, "Tùy chọn phải là một đối tượng JSON (tối đa 2.000 ký tự)"));
        return "{}";
    }

    private static Set<Role> roles(@Nullable List<String> names, List<FieldProblem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name.trim()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("sharedRoles", "Vai trò không hợp lệ: " + name));
            }
        }
        return roles;
    }

    private Set<Long> units(@Nullable List<String> codes, List<FieldProblem> problems) {
        List<String> wanted = codes(codes);
        Map<String, UnitView> found = organisation.findByCodes(wanted);
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : wanted) {
            UnitView unit = found.get(code);
            if (unit == null) {
                problems.add(new FieldProblem("sharedUnits", "Không tìm thấy đơn vị '" + code + "'"));
            } else {
                ids.add(unit.id());
            }
        }
        return ids;
    }

    private static List<String> codes(@Nullable List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return codes.stream()
                .flatMap(c -> java.util.Arrays.stream(c.split("[;,\\s]+")))
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
    }

    private static @Nullable String text(
            @Nullable String value, String field, boolean required, List<FieldProblem> problems) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "Không được để trống"));
            }
            return required ? "" : null;
        }
        if (v.length() > 200) {
            problems.add(new FieldProblem(field, "Tối đa 200 ký tự"));
        }
        return v;
    }
}
