package vn.toancanh.operations;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task as the e-office system records it.
 *
 * @param code the e-office system's id of the task
 * @param sourceNumber the number and symbol of the document that assigned it ("125/UBND-VP")
 * @param issuer who assigned it: the city People's Committee, the district's leaders, …
 * @param leadUnit the lead unit's code; {@code supportUnits} the codes of the units that help
 * @param priority NORMAL, HIGH or URGENT (default NORMAL)
 * @param completedOn set when the e-office system already knows it is done, with {@code result}
 */
public record TaskInput(
        @Nullable String code,
        @Nullable String title,
        @Nullable String sourceNumber,
        @Nullable LocalDate sourceDate,
        @Nullable String issuer,
        @Nullable String assignedBy,
        @Nullable String leadUnit,
        @Nullable List<String> supportUnits,
        @Nullable LocalDate deadline,
        @Nullable String priority,
        @Nullable LocalDate completedOn,
        @Nullable String result) {}
