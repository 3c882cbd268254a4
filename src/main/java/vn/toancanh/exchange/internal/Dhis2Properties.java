package vn.toancanh.exchange.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code toancanh.exchange.dhis2.*}: how long a pull from a DHIS2 instance may take (a large data set over a slow link
 * takes a while) and how large its answer may be, so a wrong URL cannot fill the memory.
 */
@ConfigurationProperties("toancanh.exchange.dhis2")
public record Dhis2Properties(
        @DefaultValue("PT10S") Duration connectTimeout,
        @DefaultValue("PT120S") Duration timeout,
        @DefaultValue("50MB") DataSize maxResponseSize) {}
