package vn.toancanh.identity.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * @param adminUsername the first admin account, created at start-up when set and missing
 * @param adminPassword its password (from TOANCANH_ADMIN_PASSWORD; never logged)
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockMinutes how long a lock lasts: a plain number is minutes; a suffixed value ({@code 3s}) lets tests use
 *     a short lock
 * @param tokenDays default lifetime of a personal API token
 */
@ConfigurationProperties("toancanh.identity")
record IdentityProperties(
        @DefaultValue("") String adminUsername,
        @DefaultValue("") String adminPassword,
        @DefaultValue("5") int maxFailedLogins,

        @DefaultValue("15") @DurationUnit(ChronoUnit.MINUTES)
        Duration lockMinutes,

        @DefaultValue("90") int tokenDays) {}
