package vn.toancanh.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.catalog.TargetDirection;
import vn.toancanh.catalog.TargetInput;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;
import vn.toancanh.shared.VietnameseText;

/**
 * Demo targets for last year and this year, set as a planning office would: last year's actual figure plus a few per
 * cent of growth (less for figures where lower is better), for the demo indicators, the key figures and — except in
 * the minimal size — the first item of each data group, at the district and — except in the minimal size — each
 * commune. Runs after the values (400), which are committed by then, so the analytics index has them.
 */
@Component
class DemoTargets implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(DemoTargets.class);
    private static final String DISTRICT = "312";
    /** The figures the home dashboard shows with their target's status (see DefaultDashboards). */
    static final List<String> KEY_FIGURES =
            List.of("KT-TCKH-01-001", "KT-TCKH-02-001", "KT-TCKH-05-003", "HC-TTHC-01-001", "HC-TTHC-02-001");
    /** Words in an item's name meaning a lower figure is better. */
    private static final List<String> LOWER_IS_BETTER = List.of(
            "vi pham",
            "qua han",
            "tai nan",
            "toi pham",
            "chay",
            "o nhiem",
            "ho ngheo",
            "tu choi",
            "tre han",
            "khieu nai",
            "to cao",
            "tham nhung",
            "ton dong",
            "bi tra",
            "bo hoc",
            "tu vong");

    private final CatalogService catalog;
    private final QueryEngine engine;
    private final ChangeApplier applier;
    private final OrganisationService organisation;
    private final TransactionTemplate tx;

    DemoTargets(
            CatalogService catalog,
            QueryEngine engine,
            ChangeApplier applier,
            OrganisationService organisation,
            TransactionTemplate tx) {
        this.catalog = catalog;
        this.engine = engine;
        this.applier = applier;
        this.organisation = organisation;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 470;
    }

    @Override
    public String name() {
        return "analytics-targets";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        if (organisation.findByCode(DISTRICT).isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        applier.drain();
        Map<String, Boolean> lowerBetterByCode = targeted(size);
        List<String> dx = new ArrayList<>(lowerBetterByCode.keySet());
        int lastYear = OrganisationService.today().getYear() - 1;
        AnalyticsGrid grid = engine.query(
                new AnalyticsRequest(
                        List.of("dx:" + String.join(";", dx), "ou:" + units(size)),
                        List.of("pe:" + lastYear),
                        null,
                        false,
                        true),
                CurrentUser.SYSTEM,
                true);
        Random random = new Random(seed ^ 0x7A26E7L);
        List<TargetInput> targets = new ArrayList<>();
        for (List<String> row : grid.rows()) {
            double actual = Double.parseDouble(row.get(2));
            boolean lower = lowerBetterByCode.get(row.get(0));
            TargetDirection direction = lower ? TargetDirection.AT_MOST : TargetDirection.AT_LEAST;
            for (int year = lastYear; year <= lastYear + 1; year++) {
                double growth = lower ? -0.03 - random.nextDouble() * 0.05 : 0.02 + random.nextDouble() * 0.08;
                double value = round(actual * (1 + (year == lastYear ? growth - 0.04 : growth)));
                targets.add(
                        new TargetInput(row.get(0), row.get(1), year, value, direction, "Chỉ tiêu kế hoạch (demo)"));
            }
        }
        tx.executeWithoutResult(status -> targets.forEach(catalog::saveTarget));
        log.info(
                "Demo targets: {} for {} items and indicators in {} ms",
                targets.size(),
                dx.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The items and indicators to set targets for, in order, each with whether a lower figure is better. */
    private Map<String, Boolean> targeted(DemoDataSize size) {
        Map<String, Boolean> dx = new LinkedHashMap<>();
        for (IndicatorView i : catalog.indicators()) {
            dx.put(i.code(), lowerIsBetter(i.name()));
        }
        Map<String, DataItemView> keyFigures = catalog.findItemsByCodes(KEY_FIGURES);
        for (String code : KEY_FIGURES) {
            DataItemView item = keyFigures.get(code);
            if (item != null && item.active() && QueryPlanner.aggregatable(item)) {
                dx.putIfAbsent(code, lowerIsBetter(item.name()));
            }
        }
        if (size != DemoDataSize.MINIMAL) {
            for (DataGroupView g : catalog.allGroups()) {
                catalog.itemsOfGroup(g.code()).stream()
                        .filter(i -> i.active() && QueryPlanner.aggregatable(i))
                        .findFirst()
                        .ifPresent(i -> dx.putIfAbsent(i.code(), lowerIsBetter(i.name())));
            }
        }
        return dx;
    }

    private String units(DemoDataSize size) {
        if (size == DemoDataSize.MINIMAL) {
            return DISTRICT;
        }
        StringBuilder codes = new StringBuilder(DISTRICT);
        organisation.groupMembers("COMMUNES").forEach(u -> codes.append(';').append(u.code()));
        return codes.toString();
    }

    private static boolean lowerIsBetter(String name) {
        String folded = VietnameseText.fold(name).toLowerCase(Locale.ROOT);
        return LOWER_IS_BETTER.stream().anyMatch(folded::contains);
    }

    private static double round(double v) {
        double magnitude = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 10 : 1000;
        return Math.round(v * magnitude) / magnitude;
    }
}
