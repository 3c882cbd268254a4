package vn.toancanh.reporting.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The hourly refresh of the reporting rates ({@link ReportingRateUpdates}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportingScheduling {}
