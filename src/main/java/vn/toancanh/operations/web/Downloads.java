package vn.toancanh.operations.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent back as a download under its own name, never rendered by the browser as something else. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> of(String name, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    static ResponseEntity<byte[]> pdf(Map.Entry<String, byte[]> file) {
        return of(file.getKey(), MediaType.APPLICATION_PDF, file.getValue());
    }
}
