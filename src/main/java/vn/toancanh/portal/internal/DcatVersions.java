package vn.toancanh.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's frozen versions in its DCAT description (DCAT 3 versioning, with ADMS and SPDX): the latest version's
 * number as {@code dcat:version} and {@code owl:versionInfo}, and under {@code dcat:hasVersion} one
 * {@code dcat:Dataset} per version with its issue date, release note and stable distributions; the CSV distribution
 * carries its {@code spdx:checksum} (SHA-256), the JSON and Excel ones are built from the same rows.
 */
final class DcatVersions {

    private DcatVersions() {}

    /** Adds the versions, newest first, to {@code dataset}; nothing when there are none. */
    static void add(Map<String, Object> dataset, DatasetView d, List<DatasetVersionView> versions, String baseUrl) {
        if (versions.isEmpty()) {
            return;
        }
        DatasetVersionView latest = versions.get(0);
        dataset.put("dcat:version", String.valueOf(latest.version()));
        dataset.put("owl:versionInfo", String.valueOf(latest.version()));
        if (latest.note() != null) {
            dataset.put("adms:versionNotes", latest.note());
        }
        List<Map<String, Object>> released = new ArrayList<>();
        for (DatasetVersionView v : versions) {
            released.add(version(d, v, baseUrl));
        }
        dataset.put("dcat:hasVersion", released);
    }

    private static Map<String, Object> version(DatasetView d, DatasetVersionView v, String baseUrl) {
        String data = baseUrl + "/portal/data/" + d.code();
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("@id", data + "/versions#v" + v.version());
        version.put("@type", "dcat:Dataset");
        version.put("dct:identifier", d.code() + "-v" + v.version());
        version.put("dct:title", v.title() + " – phiên bản " + v.version());
        version.put("dcat:version", String.valueOf(v.version()));
        version.put("owl:versionInfo", String.valueOf(v.version()));
        version.put("dct:issued", DcatCatalog.typed(v.publishedAt().toString(), "xsd:dateTime"));
        if (v.note() != null) {
            version.put("adms:versionNotes", v.note());
        }
        version.put("dcat:isVersionOf", Map.of("@id", data));
        version.put("dcat:landingPage", Map.of("@id", data + "/versions"));
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (String[] f : DcatCatalog.FORMATS) {
            String url = data + "/v" + v.version() + "." + f[0];
            Map<String, Object> dist = new LinkedHashMap<>();
            dist.put("@id", url);
            dist.put("@type", "dcat:Distribution");
            dist.put("dct:title", v.title() + " – phiên bản " + v.version() + " (" + f[2] + ")");
            dist.put("dcat:downloadURL", Map.of("@id", url));
            dist.put("dcat:mediaType", f[1]);
            dist.put("dct:format", f[2]);
            dist.put("dct:issued", DcatCatalog.typed(v.publishedAt().toString(), "xsd:dateTime"));
            if (f[0].equals("csv")) {
                dist.put("spdx:checksum", checksum(v.sha256()));
            }
            distributions.add(dist);
        }
        version.put("dcat:distribution", distributions);
        return version;
    }

    private static Map<String, Object> checksum(String sha256) {
        Map<String, Object> checksum = new LinkedHashMap<>();
        checksum.put("@type", "spdx:Checksum");
        checksum.put("spdx:algorithm", Map.of("@id", "spdx:checksumAlgorithm_sha256"));
        checksum.put("spdx:checksumValue", DcatCatalog.typed(sha256, "xsd:hexBinary"));
        return checksum;
    }
}
