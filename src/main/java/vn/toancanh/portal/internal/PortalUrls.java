package vn.toancanh.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The portal's public address: {@code toancanh.portal.public-url} when set, else the address the request came to. */
@Component
public class PortalUrls {

    private final PortalProperties properties;

    PortalUrls(PortalProperties properties) {
        this.properties = properties;
    }

    /** The base address without a trailing slash, such as {@code https://congdan.example.gov.vn}. */
    public String base(HttpServletRequest request) {
        String configured = properties.publicUrl();
        String base = configured == null || configured.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
