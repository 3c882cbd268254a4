package vn.toancanh.portal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;

/**
 * Figures for the public pages, from live analytics over public items of public groups only: each dataset's first
 * public item that adds up over units (a count or an area, not a rate), its latest year and the year before; and bar
 * charts of one item over the years or across the communes.
 */
@Component
public class PublicFigures {

    static final int YEARS = 4;
    private static final Set<UnitKind> ADMINISTRATIVE = EnumSet.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP);

    private final OpenDataCatalog openData;
    private final AnalyticsService analytics;
    private final OrganisationService organisation;
    private final PortalSite site;

    PublicFigures(
            OpenDataCatalog openData, AnalyticsService analytics, OrganisationService organisation, PortalSite site) {
        this.openData = openData;
        this.analytics = analytics;
        this.organisation = organisation;
        this.site = site;
    }

    /**
     * Up to {@code limit} headline figures of these datasets (every public one when empty), one per dataset, taking
     * the sectors in turn so that one sector's many groups do not fill the page.
     */
    public List<Figure> headlines(List<DatasetView> datasets, int limit) {
        List<DataItemView> items = new ArrayList<>();
        for (DatasetView d : bySectorInTurn(datasets.isEmpty() ? openData.allDatasets() : datasets)) {
            if (items.size() >= limit * 2) {
                break;
            }
            openData.items(d.code()).stream()
                    .filter(i -> i.valueType().isNumeric() && i.aggregationType() == AggregationType.SUM)
                    .findFirst()
                    .ifPresent(items::add);
        }
        if (items.isEmpty()) {
            return List.of();
        }
        List<String> years = years();
        AnalyticsGrid grid = analytics.query(AnalyticsRequest.of(
                "dx:" + items.stream().map(DataItemView::code).collect(Collectors.joining(";")),
                "pe:" + String.join(";", years),
                "ou:" + site.unitCode()));
        List<Figure> figures = new ArrayList<>();
        for (DataItemView item : items) {
            latest(grid, item, years, site.unitCode()).ifPresent(figures::add);
            if (figures.size() == limit) {
                break;
            }
        }
        return figures;
    }

    /** The item's yearly values at the portal's unit, oldest first, the years without a value left out. */
    public Optional<BarChart> trend(Figure figure) {
        List<String> years = years();
        AnalyticsGrid grid = analytics.query(AnalyticsRequest.of(
                "dx:" + figure.itemCode(), "pe:" + String.join(";", years), "ou:" + site.unitCode()));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String year : years) {
            OptionalDouble v = grid.value(figure.itemCode(), year, site.unitCode());
            if (v.isPresent()) {
                labels.add(year);
                values.add(v.getAsDouble());
            }
        }
        return labels.size() < 2
                ? Optional.empty()
                : Optional.of(BarChart.of(figure.name(), figure.unitOfMeasure(), figure.datasetCode(), labels, values));
    }

    /** The item's value in each commune in the figure's year, largest first. */
    public Optional<BarChart> byCommune(Figure figure) {
        String year = String.valueOf(figure.year());
        AnalyticsGrid grid =
                analytics.query(AnalyticsRequest.of("dx:" + figure.itemCode(), "ou:" + site.unitCode() + ";CHILDREN")
                        .withFilters("pe:" + year));
        var root = organisation.findByCode(site.unitCode());
        if (root.isEmpty()) {
            return Optional.empty();
        }
        record Row(String name, double value) {}
        List<Row> rows = new ArrayList<>();
        for (var unit : organisation.children(root.get().id())) {
            if (!ADMINISTRATIVE.contains(unit.kind())) {
                continue;
            }
            grid.value(figure.itemCode(), unit.code()).ifPresent(v -> rows.add(new Row(shortName(unit.name()), v)));
        }
        rows.sort((a, b) -> Double.compare(b.value(), a.value()));
        return rows.size() < 2
                ? Optional.empty()
                : Optional.of(BarChart.of(
                        figure.name() + " – " + year,
                        figure.unitOfMeasure(),
                        figure.datasetCode(),
                        rows.stream().map(Row::name).toList(),
                        rows.stream().map(Row::value).toList()));
    }

    /** The items' values for the portal's unit in one period (the district's total or average), in item order. */
    public List<ItemValue> totals(List<DataItemView> items, String period) {
        if (items.isEmpty()) {
            return List.of();
        }
        AnalyticsGrid grid = analytics.query(AnalyticsRequest.of(
                        "dx:" + items.stream().map(DataItemView::code).collect(Collectors.joining(";")),
                        "ou:" + site.unitCode())
                .withFilters("pe:" + period));
        List<ItemValue> values = new ArrayList<>();
        for (DataItemView item : items) {
            grid.value(item.code(), site.unitCode()).ifPresent(v -> values.add(new ItemValue(item, v)));
        }
        return values;
    }

    /** An item's aggregate value. */
    public record ItemValue(DataItemView item, double value) {}

    static List<DatasetView> bySectorInTurn(List<DatasetView> datasets) {
        Map<String, List<DatasetView>> bySector = new LinkedHashMap<>();
        datasets.forEach(d ->
                bySector.computeIfAbsent(d.sectorCode(), k -> new ArrayList<>()).add(d));
        List<DatasetView> ordered = new ArrayList<>();
        for (int round = 0; ordered.size() < datasets.size(); round++) {
            for (List<DatasetView> sector : bySector.values()) {
                if (round < sector.size()) {
                    ordered.add(sector.get(round));
                }
            }
        }
        return ordered;
    }

    private static Optional<Figure> latest(AnalyticsGrid grid, DataItemView item, List<String> years, String unit) {
        for (int y = years.size() - 1; y >= 0; y--) {
            OptionalDouble v = grid.value(item.code(), years.get(y), unit);
            if (v.isPresent()) {
                Double previous = null;
                if (y > 0) {
                    OptionalDouble p = grid.value(item.code(), years.get(y - 1), unit);
                    previous = p.isPresent() ? p.getAsDouble() : null;
                }
                return Optional.of(new Figure(
                        item.code(),
                        item.name(),
                        item.unitOfMeasure(),
                        item.groupCode(),
                        Integer.parseInt(years.get(y)),
                        v.getAsDouble(),
                        previous));
            }
        }
        return Optional.empty();
    }

    private static List<String> years() {
        int now = LocalDate.now(OrganisationService.ZONE).getYear();
        return IntStream.rangeClosed(now - YEARS + 1, now)
                .mapToObj(String::valueOf)
                .toList();
    }

    /** "Xã Lê Thiện" → "Lê Thiện", so the chart's labels fit a phone. */
    static String shortName(String name) {
        return name.replaceFirst("^(Xã|Phường|Thị trấn) ", "");
    }
}
