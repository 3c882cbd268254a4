package vn.toancanh.portal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.portal.internal.DatasetVersionView;
import vn.toancanh.portal.internal.DcatCatalog;

/**
 * A frozen dataset version in the portal's JSON API: its number, when it was published, its size, the SHA-256 of its
 * CSV file and its stable download links. Who published it is not shown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DatasetVersionResponse(
        String dataset,
        int version,
        String title,
        String publishedAt,
        int rows,
        String sha256,
        @Nullable String note,
        Map<String, String> links) {

    static DatasetVersionResponse from(DatasetVersionView v, String base) {
        String data = base + "/portal/data/" + v.datasetCode();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", base + "/portal/api/datasets/" + v.datasetCode() + "/versions/" + v.version());
        links.put("page", data + "/versions#v" + v.version());
        for (String[] f : DcatCatalog.FORMATS) {
            links.put(f[0], data + "/v" + v.version() + "." + f[0]);
        }
        return new DatasetVersionResponse(
                v.datasetCode(),
                v.version(),
                v.title(),
                v.publishedAt().toString(),
                v.rowCount(),
                v.sha256(),
                v.note(),
                links);
    }
}
