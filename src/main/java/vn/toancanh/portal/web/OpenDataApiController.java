package vn.toancanh.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.portal.internal.DatasetView;
import vn.toancanh.portal.internal.DcatCatalog;
import vn.toancanh.portal.internal.OpenDataCatalog;
import vn.toancanh.portal.internal.OpenDataFiles;
import vn.toancanh.portal.internal.PortalUrls;
import vn.toancanh.shared.PageResult;

/**
 * Open data for machines, without login, read-only, rate-limited per client address: the datasets' list and details,
 * their values as JSON, CSV and Excel downloads, and the DCAT catalog in JSON-LD. Errors are problem details.
 */
@RestController
class OpenDataApiController {

    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final OpenDataCatalog catalog;
    private final OpenDataFiles files;
    private final DcatCatalog dcat;
    private final PortalUrls urls;
    private final PublicRequests requests;

    OpenDataApiController(
            OpenDataCatalog catalog, OpenDataFiles files, DcatCatalog dcat, PortalUrls urls, PublicRequests requests) {
        this.catalog = catalog;
        this.files = files;
        this.dcat = dcat;
        this.urls = urls;
        this.requests = requests;
    }

    @GetMapping("/portal/api/datasets")
    @PreAuthorize("permitAll()")
    PageResult<DatasetResponse> datasets(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size,
            HttpServletRequest request) {
        requests.limit(PublicRequests.DATA_BUCKET, request);
        String base = urls.base(request);
        return catalog.datasets(PublicRequests.search(q), PublicRequests.page(page), PublicRequests.size(size, 20, 100))
                .map(d -> DatasetResponse.summary(d, base));
    }

    @GetMapping("/portal/api/datasets/{code}")
    @PreAuthorize("permitAll()")
    DatasetResponse dataset(@PathVariable String code, HttpServletRequest request) {
        requests.limit(PublicRequests.DATA_BUCKET, request);
        DatasetView d = catalog.dataset(PublicRequests.code(code));
        return DatasetResponse.detail(d, catalog.items(d.code()), catalog.stats(d), urls.base(request));
    }

    @GetMapping("/portal/api/datasets/{code}/values")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> values(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String year,
            HttpServletRequest request) {
        return download(code, "json", year, request, false);
    }

    @GetMapping("/portal/data/{code}.csv")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> csv(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String year,
            HttpServletRequest request) {
        return download(code, "csv", year, request, true);
    }

    @GetMapping("/portal/data/{code}.json")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> json(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String year,
            HttpServletRequest request) {
        return download(code, "json", year, request, true);
    }

    @GetMapping("/portal/data/{code}.xlsx")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String year,
            HttpServletRequest request) {
        return download(code, "xlsx", year, request, true);
    }

    @GetMapping("/portal/data/catalog.jsonld")
    @PreAuthorize("permitAll()")
    ResponseEntity<Map<String, Object>> catalogJsonLd(HttpServletRequest request) {
        requests.limit(PublicRequests.DATA_BUCKET, request);
        return ResponseEntity.ok()
                .contentType(JSON_LD)
                .cacheControl(CacheControl.noCache())
                .body(dcat.catalog(urls.base(request)));
    }

    private ResponseEntity<byte[]> download(
            String code, String format, @Nullable String yearText, HttpServletRequest request, boolean attachment) {
        requests.limit(PublicRequests.DATA_BUCKET, request);
        DatasetView d = catalog.dataset(PublicRequests.code(code));
        Integer year = PublicRequests.year(yearText);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type;
        try {
            switch (format) {
                case "csv" -> {
                    files.csv(d, year, out);
                    type = CSV;
                }
                case "xlsx" -> {
                    files.xlsx(d, year, out);
                    type = XLSX;
                }
                default -> {
                    files.json(d, year, urls.base(request) + "/portal/data/" + d.code(), out);
                    type = MediaType.APPLICATION_JSON;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var response = ResponseEntity.ok().contentType(type);
        if (attachment) {
            String name = d.code() + (year == null ? "" : "-" + year) + "." + format;
            response.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name).build().toString());
        }
        return response.body(out.toByteArray());
    }
}
