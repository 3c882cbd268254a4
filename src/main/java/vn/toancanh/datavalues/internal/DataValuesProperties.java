package vn.toancanh.datavalues.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxImportRows rows one import may carry; more is refused with 413 before anything is written
 * @param maxImportSize bytes one import body may carry (JSON or CSV); more is refused with 413
 * @param maxConflicts conflicts listed in one summary; the rest are counted in a last entry
 * @param importThreads threads running asynchronous imports
 */
@ConfigurationProperties("toancanh.datavalues")
public record DataValuesProperties(
        @DefaultValue("2000000") int maxImportRows,
        @DefaultValue("200MB") DataSize maxImportSize,
        @DefaultValue("10000") int maxConflicts,
        @DefaultValue("2") int importThreads) {}
