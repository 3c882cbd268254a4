package vn.toancanh.meetings;

import java.time.Instant;

public record VersionView(int version, String fileName, int sizeBytes, Instant uploadedAt, String uploadedBy) {}
