package vn.toancanh.organisation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Units merged into one on {@code effectiveDate}. The successor is an existing unit ({@code successorCode}, which
 * then absorbs the others) or a new one ({@code newSuccessor}); exactly one of them is given. A new successor
 * without a parent takes the first predecessor's parent, and starts on the effective date unless told otherwise.
 */
public record UnitMerge(
        List<String> predecessorCodes,
        @Nullable String successorCode,
        @Nullable UnitInput newSuccessor,
        @Nullable LocalDate effectiveDate,
        @Nullable String legalBasis) {

    public UnitMerge {
        predecessorCodes = predecessorCodes == null
                ? List.of()
                : predecessorCodes.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::trim)
                        .toList();
        successorCode = UnitInput.blankToNull(successorCode);
        legalBasis = UnitInput.blankToNull(legalBasis);
    }
}
