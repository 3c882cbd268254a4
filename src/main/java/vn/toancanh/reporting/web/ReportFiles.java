package vn.toancanh.reporting.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.toancanh.shared.FileFormat;

/** A file to download, named in Vietnamese where it needs to be (RFC 5987 {@code filename*}). */
final class ReportFiles {

    static final MediaType XLSX = MediaType.parseMediaType(FileFormat.XLSX.contentType());

    private ReportFiles() {}

    static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
