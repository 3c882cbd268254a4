package vn.toancanh.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminUsername the first admin account, created at start-up when set and missing
 * @param adminPassword its password (from TOANCANH_ADMIN_PASSWORD; never logged)
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockMinutes how long a lock lasts
 * @param tokenDays default lifetime of a personal API token
 */
@ConfigurationProperties("toancanh.identity")
record IdentityProperties(
        @DefaultValue("") String adminUsername,
        @DefaultValue("") String adminPassword,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15") int lockMinutes,
        @DefaultValue("90") int tokenDays) {}
