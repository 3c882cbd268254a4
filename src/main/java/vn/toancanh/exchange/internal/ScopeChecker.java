package vn.toancanh.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * Whether a read of values or analytics stays within a key's data groups and unit subtree. The request is refused
 * rather than silently cut: the values and analytics APIs answer for exactly the items and units asked for, so a
 * smaller answer would be mistaken for missing data. Items are named by code or {@code DE_GROUP-}; anything else in
 * {@code dx} (an indicator) is refused for a key limited to groups, since its formula may read other groups.
 */
@Component
class ScopeChecker {

    private static final List<String> UNIT_QUALIFIERS = List.of("LEVEL-", "OU_GROUP-", "CHILDREN");

    private final CatalogService catalog;
    private final OrganisationService organisation;

    ScopeChecker(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    /** The Vietnamese reason the read is outside the key's scope, or empty when it is within. */
    Optional<String> outside(EndpointFamily family, KeyView key, HttpServletRequest request) {
        if (family != EndpointFamily.DATA_VALUES && family != EndpointFamily.ANALYTICS) {
            return Optional.empty();
        }
        List<String> groups = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> units = new ArrayList<>();
        if (family == EndpointFamily.DATA_VALUES) {
            values(request, "dataGroup").forEach(groups::add);
            values(request, "dataSet").forEach(groups::add);
            values(request, "dataElement").forEach(items::add);
            values(request, "orgUnit").forEach(units::add);
        } else {
            Stream.concat(values(request, "dimension"), values(request, "filter"))
                    .forEach(d -> {
                        int colon = d.indexOf(':');
                        if (colon > 0) {
                            List<String> ids =
                                    Arrays.asList(d.substring(colon + 1).split(";"));
                            String dim = d.substring(0, colon);
                            (dim.equals("dx") ? items : dim.equals("ou") ? units : new ArrayList<String>()).addAll(ids);
                        }
                    });
            values(request, "dx").flatMap(s -> Arrays.stream(s.split(";"))).forEach(items::add);
            values(request, "ou").flatMap(s -> Arrays.stream(s.split(";"))).forEach(units::add);
        }
        for (String item : List.copyOf(items)) {
            if (item.startsWith("DE_GROUP-")) {
                items.remove(item);
                groups.add(item.substring("DE_GROUP-".length()));
            }
        }
        Optional<String> groupProblem = groups(key, groups, items);
        return groupProblem.isPresent() ? groupProblem : units(key, units);
    }

    private Optional<String> groups(KeyView key, List<String> groups, List<String> items) {
        if (key.dataGroups().isEmpty()) {
            return Optional.empty();
        }
        String allowed = " (khóa chỉ đọc các nhóm " + String.join(", ", key.dataGroups()) + ")";
        for (String g : groups) {
            if (!key.dataGroups().contains(g)) {
                return Optional.of("Nhóm dữ liệu " + g + " ngoài phạm vi của khóa" + allowed);
            }
        }
        List<String> codes = items.stream().map(i -> i.split("\\.")[0]).toList();
        Map<String, DataItemView> found = catalog.findItemsByCodes(codes);
        for (String code : codes) {
            DataItemView item = found.get(code);
            if (item == null || !key.dataGroups().contains(item.groupCode())) {
                return Optional.of("Chỉ tiêu " + code + " ngoài phạm vi của khóa" + allowed);
            }
        }
        return Optional.empty();
    }

    private Optional<String> units(KeyView key, List<String> codes) {
        if (key.unitCode() == null) {
            return Optional.empty();
        }
        String allowed = " (khóa chỉ đọc đơn vị " + key.unitCode() + " và các đơn vị trực thuộc)";
        Optional<UnitView> root = organisation.findByCode(key.unitCode());
        List<String> explicit = codes.stream()
                .map(String::strip)
                .filter(c -> !c.isEmpty() && UNIT_QUALIFIERS.stream().noneMatch(c::startsWith))
                .filter(c -> !c.startsWith("USER_ORGUNIT"))
                .toList();
        boolean userUnit = codes.stream().anyMatch(c -> c.strip().startsWith("USER_ORGUNIT"));
        if (root.isEmpty() || (explicit.isEmpty() && !userUnit)) {
            return Optional.of("Cần chọn đơn vị trong phạm vi của khóa" + allowed);
        }
        Map<String, UnitView> found = organisation.findByCodes(explicit);
        for (String code : explicit) {
            UnitView unit = found.get(code);
            if (unit == null || !unit.isWithin(root.get())) {
                return Optional.of("Đơn vị " + code + " ngoài phạm vi của khóa" + allowed);
            }
        }
        return Optional.empty();
    }

    private static Stream<String> values(HttpServletRequest request, String name) {
        String[] sent = request.getParameterValues(name);
        return sent == null
                ? Stream.empty()
                : Arrays.stream(sent)
                        .flatMap(s -> name.equals("dimension") || name.equals("filter")
                                ? Stream.of(s)
                                : Arrays.stream(s.split(",")))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty());
    }
}
