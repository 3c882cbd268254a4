package vn.toancanh.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.catalog.internal.DemoCatalogPlan.BaseItem;
import vn.toancanh.catalog.internal.DemoCatalogPlan.Group;
import vn.toancanh.shared.PeriodType;

/**
 * A group's demo items: its base items (the reference indicators first), then the breakdowns a real district
 * catalog is full of: year to date, plan, same period last year, … for the whole district, urban and rural
 * areas, district and commune level and each commune. Item n depends only on the group and n, so the first
 * items are the same in every size (MINIMAL ⊂ DEMO ⊂ SEED).
 */
final class DemoItemGenerator {

    /** Groups whose data is not for every member of staff. */
    private static final Set<String> RESTRICTED_SECTORS = Set.of("NC-ANTT", "NC-QSQP", "NC-TPTHA");

    private record Measure(
            String vi,
            String en,
            @Nullable DemoKind kind,
            @Nullable AggregationType timeAggregation) {}

    private static final List<Measure> FLOW_MEASURES = List.of(
            new Measure("", "", null, null),
            new Measure("lũy kế từ đầu năm", "year to date", null, AggregationType.LAST),
            new Measure("kế hoạch năm", "annual plan", null, AggregationType.LAST),
            new Measure("cùng kỳ năm trước", "same period last year", null, null),
            new Measure("so với cùng kỳ năm trước", "compared with the same period last year", DemoKind.AVG, null),
            new Measure("so với kế hoạch năm", "against the annual plan", DemoKind.AVG, null),
            new Measure("ước thực hiện cả năm", "full-year estimate", null, AggregationType.LAST),
            new Measure("kỳ trước", "previous period", null, null));
    private static final List<Measure> LEVEL_MEASURES = List.of(
            new Measure("", "", null, null),
            new Measure("đầu kỳ", "at the start of the period", null, null),
            new Measure("mục tiêu năm", "annual target", null, AggregationType.LAST),
            new Measure("cùng kỳ năm trước", "same period last year", null, null),
            new Measure("tăng giảm so với cùng kỳ", "change from the same period last year", DemoKind.AVG, null),
            new Measure("ước thực hiện cả năm", "full-year estimate", null, AggregationType.LAST),
            new Measure("kỳ trước", "previous period", null, null),
            new Measure("bình quân giai đoạn 5 năm", "five-year average", DemoKind.AVG, null));

    private final List<String[]> scopes;

    DemoItemGenerator(Map<String, String> communes) {
        scopes = new ArrayList<>();
        scopes.add(new String[] {"", ""});
        scopes.add(new String[] {"khu vực thành thị", "urban area"});
        scopes.add(new String[] {"khu vực nông thôn", "rural area"});
        scopes.add(new String[] {"cấp huyện", "district level"});
        scopes.add(new String[] {"cấp xã", "commune level"});
        communes.values().forEach(name -> scopes.add(new String[] {name, name}));
    }

    /** A demo item, references by code. */
    record Item(
            String code,
            String nameVi,
            String nameEn,
            @Nullable String unit,
            ValueType valueType,
            AggregationType aggregation,
            AggregationType timeAggregation,
            PeriodType period,
            @Nullable String combo,
            SharingLevel sharing,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            boolean active,
            @Nullable String source,
            @Nullable String legalBasis) {}

    List<Item> items(Group group, int groupIndex, int count, long seed) {
        Random random = new Random(seed * 1_000 + groupIndex);
        List<Item> items = new ArrayList<>();
        for (BaseItem base : group.bases()) {
            if (items.size() < count) {
                items.add(item(group, items.size() + 1, base, base.nameVi(), base.nameEn(), base.kind(), null, random));
            }
        }
        List<BaseItem> numeric = group.bases().stream()
                .filter(b -> b.kind().valueType.isNumeric())
                .toList();
        for (String[] scope : scopes) {
            for (int m = 0; m < FLOW_MEASURES.size(); m++) {
                for (BaseItem base : numeric) {
                    if (items.size() >= count) {
                        return items;
                    }
                    if (scope[0].isEmpty() && m == 0) {
                        continue;
                    }
                    Measure measure = (base.kind().isFlow() ? FLOW_MEASURES : LEVEL_MEASURES).get(m);
                    items.add(variant(group, items.size() + 1, base, scope, measure, random));
                }
            }
        }
        return items;
    }

    private Item variant(Group group, int n, BaseItem base, String[] scope, Measure measure, Random random) {
        String vi = base.nameVi() + suffix(scope[0]) + suffix(measure.vi());
        String en = base.nameEn() + suffix(scope[1]) + suffix(measure.en());
        DemoKind kind = measure.kind() == null ? base.kind() : measure.kind();
        return item(group, n, base, vi, en, kind, measure, random);
    }

    private Item item(
            Group group,
            int n,
            BaseItem base,
            String vi,
            String en,
            DemoKind kind,
            @Nullable Measure measure,
            Random random) {
        boolean ratio = measure != null && measure.kind() != null;
        String unit = ratio && base.kind() != DemoKind.PCT ? "%" : base.unit();
        AggregationType time =
                measure == null || measure.timeAggregation() == null ? kind.timeAggregation : measure.timeAggregation();
        boolean variant = measure != null;
        return new Item(
                String.format("%s-%03d", group.code(), n),
                vi,
                en,
                unit,
                kind.valueType,
                kind.aggregation,
                time,
                base.period(),
                variant ? null : base.combo(),
                sharing(group, kind, variant, random),
                ratio ? null : kind.min,
                ratio ? null : kind.max,
                !variant || random.nextInt(50) != 0,
                base.source(),
                base.legalBasis());
    }

    private static SharingLevel sharing(Group group, DemoKind kind, boolean variant, Random random) {
        int draw = random.nextInt(100);
        if (RESTRICTED_SECTORS.contains(group.sectorCode())) {
            return SharingLevel.RESTRICTED;
        }
        boolean publishable = kind.valueType.isNumeric() && !group.sectorCode().startsWith("NC-");
        // The open-data groups publish their reference items, so the public portal has the figures people look for.
        if (publishable && !variant && CatalogDemoData.isOpenData(group)) {
            return SharingLevel.PUBLIC;
        }
        return publishable && draw < 12 ? SharingLevel.PUBLIC : SharingLevel.INTERNAL;
    }

    private static String suffix(String part) {
        return part.isEmpty() ? "" : " - " + part;
    }
}
