package vn.toancanh.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder and overdue e-mails. They go out only when an SMTP server is configured ({@code spring.mail.host}, with
 * {@code spring.mail.port}, {@code spring.mail.username}, {@code spring.mail.password} as Spring Boot reads them);
 * without one, reminders stay in the application's to-do lists.
 *
 * @param from the sender address
 * @param baseUrl the application's public address, for the links in the e-mails
 * @param cron when the daily run happens, in Vietnam's time zone
 */
@ConfigurationProperties("toancanh.reporting.mail")
public record ReportingMailProperties(
        @DefaultValue("Toàn Cảnh <toancanh@localhost>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("0 0 7 * * *") String cron) {}
