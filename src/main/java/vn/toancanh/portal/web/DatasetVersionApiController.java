package vn.toancanh.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.portal.internal.DatasetVersionView;
import vn.toancanh.portal.internal.DatasetVersions;
import vn.toancanh.portal.internal.PortalUrls;
import vn.toancanh.portal.internal.VersionFiles;
import vn.toancanh.shared.PageResult;

/**
 * Frozen dataset versions for machines, without login, rate-limited like the other open data: the list and each
 * version's record, and its files at stable addresses ({@code /portal/data/{code}/v3.csv}) that never change, so they
 * are cached for a year. The CSV's ETag is the version's SHA-256; JSON and Excel, built from the same rows, carry it
 * as a weak ETag.
 */
@RestController
@Tag(name = "Cổng công dân: phiên bản dữ liệu mở", description = "Frozen, numbered versions of the open datasets")
class DatasetVersionApiController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final DatasetVersions versions;
    private final VersionFiles files;
    private final PortalUrls urls;
    private final PublicRequests requests;

    DatasetVersionApiController(
            DatasetVersions versions, VersionFiles files, PortalUrls urls, PublicRequests requests) {
        this.versions = versions;
        this.files = files;
        this.urls = urls;
        this.requests = requests;
    }

    @GetMapping("/portal/api/datasets/{code}/versions")
    @PreAuthorize("permitAll()")
    @Operation(summary = "A public dataset's published versions, newest first; pages from 1, size up to 100")
    PageResult<DatasetVersionResponse> list(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size,
            HttpServletRequest request) {
        requests.limit(PublicRequests.DATA_BUCKET, request);
        String base = urls.base(request);
        return versions.versions(
                        PublicRequests.code(code), PublicRequests.page(page), PublicRequests.size(size, 20, 100))
                .map(v -> DatasetVersionResponse.from(v, base));
    }

    @GetMapping("/portal/api/datasets/{code}/versions/{version}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "One version: when it was published, its rows, the SHA-256 of its CSV and its stable links")
    DatasetVersionResponse version(
            @PathVariable String code, @PathVariable String version, HttpServletRequest request) {
        requests.limit(PublicRequests.DATA_BUCKET, request);
        return DatasetVersionResponse.from(
                versions.version(PublicRequests.code(code), PublicRequests.version(version)), urls.base(request));
    }

    @GetMapping("/portal/data/{code}/v{version}.csv")
    @PreAuthorize("permitAll()")
    @Operation(summary = "A version's CSV file, exactly as published; ETag is its SHA-256")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable String version, HttpServletRequest request) {
        return download(code, version, "csv", request);
    }

    @GetMapping("/portal/data/{code}/v{version}.json")
    @PreAuthorize("permitAll()")
    @Operation(summary = "A version's values as JSON, built from its frozen rows")
    ResponseEntity<byte[]> json(@PathVariable String code, @PathVariable String version, HttpServletRequest request) {
        return download(code, version, "json", request);
    }

    @GetMapping("/portal/data/{code}/v{version}.xlsx")
    @PreAuthorize("permitAll()")
    @Operation(summary = "A version's values as an Excel sheet, built from its frozen rows")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable String version, HttpServletRequest request) {
        return download(code, version, "xlsx", request);
    }

    private ResponseEntity<byte[]> download(String code, String n, String format, HttpServletRequest request) {
        requests.limit(PublicRequests.DATA_BUCKET, request);
        DatasetVersionView v = versions.version(PublicRequests.code(code), PublicRequests.version(n));
        String etag = (format.equals("csv") ? "" : "W/") + '"' + v.sha256() + '"';
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null
                && (asked.contains('"' + v.sha256() + '"') || asked.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(FOREVER)
                    .build();
        }
        byte[] csv = versions.csv(v);
        byte[] body;
        MediaType type;
        switch (format) {
            case "csv" -> {
                body = csv;
                type = CSV;
            }
            case "xlsx" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    files.xlsx(v, csv, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                body = out.toByteArray();
                type = XLSX;
            }
            default -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                files.json(v, csv, out);
                body = out.toByteArray();
                type = MediaType.APPLICATION_JSON;
            }
        }
        String name = v.datasetCode() + "-v" + v.version() + "." + format;
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(etag)
                .cacheControl(FOREVER)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
