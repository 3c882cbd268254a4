package vn.toancanh.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.shared.PeriodType;

/**
 * The open-data catalog as DCAT (W3C Data Catalog Vocabulary) in JSON-LD, so national and international portals can
 * harvest it: a {@code dcat:Catalog} of {@code dcat:Dataset}s, each with CSV, JSON and Excel
 * {@code dcat:Distribution}s of its live values and, once published, its frozen versions ({@link DcatVersions}).
 */
@Component
public class DcatCatalog {

    /** The three download formats: file suffix, media type and a short title. */
    public static final List<String[]> FORMATS = List.of(
            new String[] {"csv", "text/csv", "CSV"},
            new String[] {"json", "application/json", "JSON"},
            new String[] {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"});

    private final OpenDataCatalog catalog;
    private final DatasetVersions versions;
    private final PortalSite site;

    DcatCatalog(OpenDataCatalog catalog, DatasetVersions versions, PortalSite site) {
        this.catalog = catalog;
        this.versions = versions;
        this.site = site;
    }

    /** The whole catalog, with links under {@code baseUrl} (the portal's public address, no trailing slash). */
    public Map<String, Object> catalog(String baseUrl) {
        String district = site.districtName();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", context());
        root.put("@id", baseUrl + "/portal/data/catalog.jsonld");
        root.put("@type", "dcat:Catalog");
        root.put("dct:title", "Dữ liệu mở – " + district);
        root.put("dct:description", "Danh mục dữ liệu được công khai của " + district + ".");
        root.put("dct:publisher", organisation(district));
        root.put("dct:language", Map.of("@id", "http://id.loc.gov/vocabulary/iso639-1/vi"));
        root.put("foaf:homepage", Map.of("@id", baseUrl + "/portal/data"));
        List<DatasetView> all = catalog.allDatasets();
        Map<String, List<DatasetVersionView>> released =
                versions.byDataset(all.stream().map(DatasetView::code).toList());
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (DatasetView d : all) {
            Map<String, Object> dataset = dataset(d, baseUrl, district);
            DcatVersions.add(dataset, d, released.getOrDefault(d.code(), List.of()), baseUrl);
            datasets.add(dataset);
        }
        root.put("dcat:dataset", datasets);
        return root;
    }

    private Map<String, Object> dataset(DatasetView d, String baseUrl, String district) {
        String page = baseUrl + "/portal/data/" + d.code();
        DatasetStats stats = catalog.stats(d);
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", page);
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", d.code());
        dataset.put("dct:title", d.name());
        dataset.put("dct:description", d.description() == null ? d.name() + " – " + d.sectorName() : d.description());
        dataset.put("dct:publisher", organisation(d.sourceUnit() == null ? district : d.sourceUnit()));
        dataset.put("dct:accrualPeriodicity", Map.of("@id", frequency(d.frequency())));
        if (stats.modified() != null) {
            dataset.put("dct:modified", typed(stats.modified().toString(), "xsd:dateTime"));
        }
        dataset.put("dcat:keyword", List.of(d.sectorName(), d.domainName()));
        dataset.put("dcat:landingPage", Map.of("@id", page));
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (String[] f : FORMATS) {
            Map<String, Object> dist = new LinkedHashMap<>();
            String url = baseUrl + "/portal/data/" + d.code() + "." + f[0];
            dist.put("@id", url);
            dist.put("@type", "dcat:Distribution");
            dist.put("dct:title", d.name() + " (" + f[2] + ")");
            dist.put("dcat:downloadURL", Map.of("@id", url));
            dist.put("dcat:mediaType", f[1]);
            dist.put("dct:format", f[2]);
            distributions.add(dist);
        }
        dataset.put("dcat:distribution", distributions);
        return dataset;
    }

    /** The Dublin Core frequency vocabulary. */
    static String frequency(PeriodType type) {
        String freq = switch (type) {
            case DAILY -> "daily";
            case WEEKLY -> "weekly";
            case MONTHLY -> "monthly";
            case QUARTERLY -> "quarterly";
            case SIX_MONTHLY -> "semiannual";
            case NINE_MONTHLY, YEARLY -> "annual";
        };
        return "http://purl.org/cld/freq/" + freq;
    }

    private static Map<String, Object> organisation(@Nullable String name) {
        return Map.of("@type", "foaf:Organization", "foaf:name", name == null ? "" : name);
    }

    static Map<String, Object> typed(String value, String type) {
        return Map.of("@value", value, "@type", type);
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("owl", "http://www.w3.org/2002/07/owl#");
        context.put("adms", "http://www.w3.org/ns/adms#");
        context.put("spdx", "http://spdx.org/rdf/terms#");
        return context;
    }
}
