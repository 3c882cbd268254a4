package vn.toancanh.portal.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public portal.
 *
 * @param publicUrl the address citizens reach the portal at, such as {@code https://congdan.example.gov.vn}, used in QR
 *     codes and open-data metadata; empty means the address of the request
 * @param unit the unit whose figures the home page shows; empty means the map's home unit
 */
@ConfigurationProperties("toancanh.portal")
public record PortalProperties(
        @Nullable String publicUrl, @Nullable String unit) {}
