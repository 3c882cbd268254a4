package vn.toancanh.analytics.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.catalog.CatalogChanged;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;

/** Parses an {@link AnalyticsRequest} in DHIS2's syntax and resolves its codes into a {@link QueryPlan}. */
@Component
class QueryPlanner {

    static final int MAX_CELLS = 2_000_000;

    private final Lookups lookups;
    private final IndicatorResolver indicators;

    QueryPlanner(Lookups lookups, IndicatorResolver indicators) {
        this.lookups = lookups;
        this.indicators = indicators;
    }

    QueryPlan plan(AnalyticsRequest request, CurrentUser user, boolean skipRounding) {
        Map<String, Spec> specs = new LinkedHashMap<>();
        List<QueryPlan.Axis> axes = new ArrayList<>();
        for (String d : request.dimensions()) {
            Spec spec = Spec.parse(d, "dimension", true);
            putOnce(specs, spec);
            axes.add(spec.axis());
        }
        for (String f : request.filters()) {
            putOnce(specs, Spec.parse(f, "filter", false));
        }
        Spec dx = require(specs, "dx", "dữ liệu (dx)");
        Spec pe = require(specs, "pe", "kỳ (pe)");
        Spec ou = require(specs, "ou", "đơn vị (ou)");
        if (!dx.dimension() && dx.items().size() > 1) {
            throw InvalidInputException.of("filter", "Bộ lọc dx chỉ nhận một chỉ tiêu hoặc chỉ số");
        }
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ResolvedDx resolvedDx = resolved.get(
                new DxKey(dx.items(), user.readsAll() ? "*" : String.valueOf(user.unitId())), key -> resolve(dx, user));
        List<QueryPlan.Dx> dxs = resolvedDx.dx();
        ids.put("dx", resolvedDx.ids());
        LocalDate today =
                request.relativePeriodDate() != null ? request.relativePeriodDate() : OrganisationService.today();
        List<QueryPlan.PeSlot> pes =
                periodSlots.get(new PeKey(pe.items(), pe.dimension(), today), key -> prepared(periods(pe, today)));
        ids.put(
                "pe",
                pes.stream()
                        .flatMap(s -> s.periods.stream().map(Period::id))
                        .distinct()
                        .toList());
        List<QueryPlan.OuSlot> ous = units(ou, user);
        ids.put(
                "ou",
                ous.stream()
                        .flatMap(s -> s.units().stream().map(UnitView::code))
                        .distinct()
                        .toList());
        Spec co = specs.get("co");
        List<QueryPlan.CoSlot> cos = co == null ? List.of(QueryPlan.CoSlot.TOTAL) : combos(co, dxs);
        if (co != null) {
            ids.put("co", cos.stream().map(QueryPlan.CoSlot::id).toList());
            if (dxs.stream().anyMatch(d -> d.indicator() != null)) {
                throw InvalidInputException.of("dimension", "Không dùng được phân tổ (co) cùng với chỉ số");
            }
        }
        long cells = (long) dxs.size() * pes.size() * ous.size() * cos.size();
        if (cells > MAX_CELLS) {
            throw InvalidInputException.of(
                    "dimension", "Truy vấn quá lớn: " + cells + " ô (tối đa " + MAX_CELLS + "); hãy thu hẹp các chiều");
        }
        return new QueryPlan(
                axes, dxs, pes, ous, cos, co != null && co.dimension(), ids, request.english(), skipRounding);
    }

    /** The data items and indicators of a dx list, for a sharing scope: every unit's ({@code *}) or one unit's. */
    private record DxKey(List<String> items, String scope) {}

    private record ResolvedDx(List<QueryPlan.Dx> dx, List<String> ids) {}

    /**
     * Resolved dx lists, kept until the catalog changes: dashboards ask the same lists again and again, and resolving
     * a domain overview's hundred data groups (33,600 items) costs more than aggregating them. Errors are not kept.
     */
    private final Cache<DxKey, ResolvedDx> resolved =
            Caffeine.newBuilder().maximumSize(2_000).build();

    @EventListener
    void on(CatalogChanged changed) {
        resolved.invalidateAll();
    }

    private ResolvedDx resolve(Spec spec, CurrentUser user) {
        List<QueryPlan.Dx> dx = dataItems(spec, user);
        return new ResolvedDx(dx, dx.stream().map(QueryPlan.Dx::id).toList());
    }

    private List<QueryPlan.Dx> dataItems(Spec spec, CurrentUser user) {
        Set<String> codes = new LinkedHashSet<>();
        for (String item : spec.items()) {
            if (!item.startsWith("DE_GROUP-")) {
                int dot = item.indexOf('.');
                codes.add(dot < 0 ? item : item.substring(0, dot));
            }
        }
        Map<String, DataItemView> items = lookups.items(codes);
        Map<String, QueryPlan.Dx> resolved = new LinkedHashMap<>();
        for (String id : spec.items()) {
            if (id.startsWith("DE_GROUP-")) {
                String group = id.substring("DE_GROUP-".length());
                List<DataItemView> members =
                        lookups.groupItems(group).orElseThrow(() -> spec.invalid("Không có nhóm dữ liệu mã " + group));
                for (DataItemView item : members) {
                    if (item.readableBy(user) && aggregatable(item)) {
                        resolved.putIfAbsent(item.code(), new QueryPlan.Dx(item.code(), item, null, null));
                    }
                }
                continue;
            }
            int dot = id.indexOf('.');
            String code = dot < 0 ? id : id.substring(0, dot);
            DataItemView item = items.get(code);
            if (item == null) {
                if (dot < 0) {
                    Optional<IndicatorPlan> indicator = indicators.find(code, user);
                    if (indicator.isPresent()) {
                        resolved.putIfAbsent(id, new QueryPlan.Dx(id, null, null, indicator.get()));
                        continue;
                    }
                }
                throw spec.invalid("Không có chỉ tiêu hoặc chỉ số mã " + code);
            }
            if (!item.readableBy(user)) {
                throw new AccessDeniedException("Chỉ tiêu " + code + " chỉ được chia sẻ cho đơn vị sở hữu");
            }
            if (!aggregatable(item)) {
                throw spec.invalid("Chỉ tiêu " + code + " không phải dạng số nên không tổng hợp được");
            }
            OptionComboView combo = null;
            if (dot >= 0) {
                String comboCode = id.substring(dot + 1);
                combo = lookups.optionCombos(item.categoryComboId()).stream()
                        .filter(c -> c.code().equals(comboCode))
                        .findFirst()
                        .orElseThrow(() -> spec.invalid("Chỉ tiêu " + code + " không có phân tổ mã " + comboCode));
            }
            resolved.putIfAbsent(id, new QueryPlan.Dx(id, item, combo, null));
        }
        if (resolved.isEmpty()) {
            throw spec.invalid("Chiều dx không có chỉ tiêu dạng số nào được phép xem");
        }
        return List.copyOf(resolved.values());
    }

    /** A pe list, as a dimension or a filter, counted from a day (relative periods). */
    private record PeKey(List<String> items, boolean dimension, LocalDate today) {}

    /**
     * Period slots, kept: parsing and expanding them costs more than a narrow query's aggregation. Shared by queries,
     * so their ranges are worked out before they are kept and only read after.
     */
    private final Cache<PeKey, List<QueryPlan.PeSlot>> periodSlots =
            Caffeine.newBuilder().maximumSize(2_000).build();

    private static List<QueryPlan.PeSlot> prepared(List<QueryPlan.PeSlot> slots) {
        slots.forEach(QueryPlan.PeSlot::prepareRanges);
        return slots;
    }

    private List<QueryPlan.PeSlot> periods(Spec spec, LocalDate today) {
        List<Period> all = new ArrayList<>();
        for (String id : spec.items()) {
            Optional<List<Period>> relative = RelativePeriods.expand(id, today);
            if (relative.isPresent()) {
                all.addAll(relative.get());
            } else {
                Period p = Period.parse(id).orElseThrow(() -> spec.invalid("Kỳ không hợp lệ: " + id));
                if (p.startDate().getYear() < 1900 || p.startDate().getYear() > 2199) {
                    throw spec.invalid("Kỳ ngoài khoảng 1900–2199: " + id);
                }
                all.add(p);
            }
        }
        List<Period> distinct = all.stream().distinct().toList();
        if (!spec.dimension()) {
            String id = String.join(";", distinct.stream().map(Period::id).toList());
            return List.of(new QueryPlan.PeSlot(id, distinct));
        }
        return distinct.stream()
                .map(p -> new QueryPlan.PeSlot(p.id(), List.of(p)))
                .toList();
    }

    private List<QueryPlan.OuSlot> units(Spec spec, CurrentUser user) {
        for (String id : spec.items()) {
            if (!isKeyword(id)) {
                lookups.unitByCode(id); // a code the snapshot does not know refreshes it: the unit may be new
            }
        }
        UnitTree tree = lookups.units();
        List<UnitView> boundaries = new ArrayList<>();
        Integer level = null;
        boolean children = false;
        List<String> groups = new ArrayList<>();
        for (String id : spec.items()) {
            if (id.startsWith("LEVEL-")) {
                level = parseLevel(spec, id);
            } else if (id.equals("CHILDREN")) {
                children = true;
            } else if (id.startsWith("OU_GROUP-")) {
                groups.add(id.substring("OU_GROUP-".length()));
            } else if (id.equals("USER_ORGUNIT") || id.equals("USER_ORGUNIT_CHILDREN")) {
                List<UnitView> mine = user.unitId() == null
                        ? tree.roots()
                        : tree.byId(user.unitId()).map(List::of).orElse(List.of());
                if (id.equals("USER_ORGUNIT")) {
                    boundaries.addAll(mine);
                } else {
                    mine.forEach(u -> boundaries.addAll(tree.children(u)));
                }
            } else {
                boundaries.add(tree.byCode(id).orElseThrow(() -> spec.invalid("Không có đơn vị mã " + id)));
            }
        }
        boolean selects = level != null || children || !groups.isEmpty();
        if (boundaries.isEmpty()) {
            if (!selects) {
                throw spec.invalid("Chiều ou cần ít nhất một đơn vị");
            }
            boundaries.addAll(tree.roots());
        }
        LinkedHashMap<Long, UnitView> outputs = new LinkedHashMap<>();
        if (!selects) {
            boundaries.forEach(u -> outputs.putIfAbsent(u.id(), u));
        }
        for (UnitView b : boundaries) {
            if (level != null) {
                tree.atLevel(b, level).forEach(u -> outputs.putIfAbsent(u.id(), u));
            }
            if (children) {
                tree.children(b).forEach(u -> outputs.putIfAbsent(u.id(), u));
            }
        }
        for (String group : groups) {
            List<Long> members = lookups.groupMembers(group);
            if (members.isEmpty()) {
                throw spec.invalid("Nhóm đơn vị " + group + " không có đơn vị nào hoặc không tồn tại");
            }
            for (long id : members) {
                tree.byId(id)
                        .filter(u -> boundaries.stream().anyMatch(u::isWithin))
                        .ifPresent(u -> outputs.putIfAbsent(u.id(), u));
            }
        }
        List<UnitView> units = List.copyOf(outputs.values());
        if (!spec.dimension()) {
            String id = String.join(";", units.stream().map(UnitView::code).toList());
            return List.of(new QueryPlan.OuSlot(id, units, tree.coverage(units)));
        }
        return units.stream()
                .map(u -> new QueryPlan.OuSlot(u.code(), List.of(u), tree.coverage(List.of(u))))
                .toList();
    }

    private List<QueryPlan.CoSlot> combos(Spec spec, List<QueryPlan.Dx> dxs) {
        LinkedHashMap<Long, QueryPlan.CoSlot> all = new LinkedHashMap<>();
        for (QueryPlan.Dx d : dxs) {
            if (d.item() != null) {
                for (OptionComboView c : lookups.optionCombos(d.item().categoryComboId())) {
                    all.putIfAbsent(c.id(), new QueryPlan.CoSlot(c.id(), c.code(), c.name(), c.nameEn()));
                }
            }
        }
        List<QueryPlan.CoSlot> chosen = new ArrayList<>();
        if (spec.items().isEmpty()) {
            chosen.addAll(all.values());
        } else {
            for (String code : spec.items()) {
                chosen.add(all.values().stream()
                        .filter(c -> c.id().equals(code))
                        .findFirst()
                        .orElseThrow(
                                () -> spec.invalid("Không có phân tổ mã " + code + " trong các chỉ tiêu đã chọn")));
            }
        }
        if (!spec.dimension() && chosen.size() != 1) {
            throw spec.invalid("Bộ lọc co nhận đúng một phân tổ");
        }
        return chosen;
    }

    /** Items with numbers to aggregate: not text or dates. */
    static boolean aggregatable(DataItemView item) {
        return item.valueType() != ValueType.TEXT && item.valueType() != ValueType.DATE;
    }

    private static boolean isKeyword(String id) {
        return id.startsWith("LEVEL-")
                || id.startsWith("OU_GROUP-")
                || id.equals("CHILDREN")
                || id.equals("USER_ORGUNIT")
                || id.equals("USER_ORGUNIT_CHILDREN");
    }

    private static Integer parseLevel(Spec spec, String id) {
        try {
            int level = Integer.parseInt(id.substring("LEVEL-".length()));
            if (level >= 1 && level <= 20) {
                return level;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw spec.invalid("Cấp đơn vị không hợp lệ: " + id);
    }

    private static void putOnce(Map<String, Spec> specs, Spec spec) {
        if (specs.putIfAbsent(spec.name(), spec) != null) {
            throw spec.invalid("Chiều " + spec.name() + " được nêu hai lần");
        }
    }

    private static Spec require(Map<String, Spec> specs, String name, String label) {
        Spec spec = specs.get(name);
        if (spec == null) {
            throw InvalidInputException.of("dimension", "Thiếu chiều " + label + " (dimension hoặc filter)");
        }
        return spec;
    }

    /** One {@code name:item;item} parameter. */
    record Spec(String name, List<String> items, String field, boolean dimension) {

        static Spec parse(String text, String field, boolean dimension) {
            String s = text == null ? "" : text.trim();
            int colon = s.indexOf(':');
            String name = colon < 0 ? s : s.substring(0, colon);
            List<String> items = new ArrayList<>();
            if (colon >= 0) {
                for (String item : s.substring(colon + 1).split(";")) {
                    if (!item.isBlank()) {
                        items.add(item.trim());
                    }
                }
            }
            if (!List.of("dx", "pe", "ou", "co").contains(name)) {
                throw InvalidInputException.of(field, "Chiều không hợp lệ: '" + name + "' (dùng dx, pe, ou hoặc co)");
            }
            if (items.isEmpty() && !name.equals("co")) {
                throw InvalidInputException.of(field, "Chiều " + name + " chưa có phần tử nào (ví dụ " + name + ":…)");
            }
            return new Spec(name, items, field, dimension);
        }

        QueryPlan.Axis axis() {
            return QueryPlan.Axis.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }

        InvalidInputException invalid(String reason) {
            return InvalidInputException.of(field, reason);
        }
    }
}
