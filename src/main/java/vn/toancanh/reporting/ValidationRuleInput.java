package vn.toancanh.reporting;

import org.jspecify.annotations.Nullable;

/** A validation rule as an admin writes it; operator and importance by their names. */
public record ValidationRuleInput(
        @Nullable String code,
        @Nullable String name,
        @Nullable String leftExpression,
        @Nullable String operator,
        @Nullable String rightExpression,
        @Nullable String importance,
        @Nullable String message,
        @Nullable Boolean active) {}
