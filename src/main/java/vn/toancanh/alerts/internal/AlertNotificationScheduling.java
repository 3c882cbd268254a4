package vn.toancanh.alerts.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The periodic run of {@link AlertNotificationSender}: retries and deliveries queued on another instance. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertNotificationScheduling {}
