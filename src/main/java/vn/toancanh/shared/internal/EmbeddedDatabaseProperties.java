package vn.toancanh.shared.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where its files live; kept across restarts so the second start is fast
 * @param clean wipe the data directory before starting (tests)
 * @param port 0 picks a free port, so it runs beside an installed PostgreSQL
 */
@ConfigurationProperties("toancanh.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data") String dataDir,
        @DefaultValue("false") boolean clean,
        @DefaultValue("0") int port) {}
