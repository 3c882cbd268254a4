package vn.toancanh.meetings.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxFileMegabytes the largest PDF an organiser may upload */
@ConfigurationProperties("toancanh.meetings")
public record MeetingsProperties(@DefaultValue("30") int maxFileMegabytes) {}
