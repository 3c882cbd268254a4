package vn.toancanh.operations;

import org.jspecify.annotations.Nullable;

/**
 * A lead unit's progress report: the percentage done and what was done; at 100 % the task is done today with its
 * {@code result}.
 */
public record TaskProgressInput(
        @Nullable Integer progress,
        @Nullable String note,
        @Nullable String result) {}
