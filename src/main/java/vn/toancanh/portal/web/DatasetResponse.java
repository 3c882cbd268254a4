package vn.toancanh.portal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.portal.internal.DatasetStats;
import vn.toancanh.portal.internal.DatasetView;
import vn.toancanh.portal.internal.DcatCatalog;

/** An open dataset in the portal's JSON API: what it is, its public items, its figures' range and its files. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DatasetResponse(
        String code,
        String title,
        @Nullable String titleEn,
        @Nullable String description,
        String sector,
        String domain,
        @Nullable String source,
        String frequency,
        @Nullable List<Item> items,
        @Nullable Long values,
        @Nullable String firstPeriod,
        @Nullable String lastPeriod,
        @Nullable String modified,
        Map<String, String> links) {

    record Item(
            String code,
            String name,
            @Nullable String nameEn,
            @Nullable String unitOfMeasure,
            String periodType) {
        static Item from(DataItemView i) {
            return new Item(
                    i.code(),
                    i.name(),
                    i.nameEn(),
                    i.unitOfMeasure(),
                    i.periodType().name());
        }
    }

    /** The list entry: no items or figures, just what a harvester needs to follow the links. */
    static DatasetResponse summary(DatasetView d, String base) {
        return new DatasetResponse(
                d.code(),
                d.name(),
                d.nameEn(),
                d.description(),
                d.sectorName(),
                d.domainName(),
                d.sourceUnit(),
                d.frequency().name(),
                null,
                null,
                null,
                null,
                null,
                links(d, base));
    }

    static DatasetResponse detail(DatasetView d, List<DataItemView> items, DatasetStats stats, String base) {
        return new DatasetResponse(
                d.code(),
                d.name(),
                d.nameEn(),
                d.description(),
                d.sectorName(),
                d.domainName(),
                d.sourceUnit(),
                d.frequency().name(),
                items.stream().map(Item::from).toList(),
                stats.values(),
                stats.firstPeriod(),
                stats.lastPeriod(),
                stats.modified() == null ? null : stats.modified().toString(),
                links(d, base));
    }

    private static Map<String, String> links(DatasetView d, String base) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("page", base + "/portal/data/" + d.code());
        links.put("self", base + "/portal/api/datasets/" + d.code());
        links.put("values", base + "/portal/api/datasets/" + d.code() + "/values");
        links.put("versions", base + "/portal/api/datasets/" + d.code() + "/versions");
        for (String[] f : DcatCatalog.FORMATS) {
            links.put(f[0], base + "/portal/data/" + d.code() + "." + f[0]);
        }
        return links;
    }
}
