package vn.toancanh.meetings;

import org.jspecify.annotations.Nullable;

public record AttendeeView(
        long userId,
        String fullName,
        Attendance attendance,
        @Nullable String absenceReason) {}
