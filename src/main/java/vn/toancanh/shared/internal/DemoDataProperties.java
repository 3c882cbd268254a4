package vn.toancanh.shared.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.toancanh.shared.DemoDataSize;

/**
 * Demo data. {@code enabled} empty means "only with the embedded database" (set {@code TOANCANH_DEMO_DATA=true}
 * to load it into an external one); {@code seed} is the generator's seed, so the same seed gives the same data.
 */
@ConfigurationProperties("toancanh.demo")
record DemoDataProperties(
        @DefaultValue("") String enabled,
        @DefaultValue("DEMO") DemoDataSize size,
        @DefaultValue("20240101") long seed) {}
