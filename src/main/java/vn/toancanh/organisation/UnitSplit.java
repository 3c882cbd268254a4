package vn.toancanh.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One unit split into several on {@code effectiveDate}; the parts' shares sum to 1. */
public record UnitSplit(
        String predecessorCode,
        List<Part> parts,
        @Nullable LocalDate effectiveDate,
        @Nullable String legalBasis) {

    public UnitSplit {
        predecessorCode = predecessorCode == null ? "" : predecessorCode.trim();
        parts = parts == null ? List.of() : List.copyOf(parts);
        legalBasis = UnitInput.blankToNull(legalBasis);
    }

    /** A successor (existing by code, or new) and the share of the predecessor it takes. */
    public record Part(
            @Nullable String successorCode,
            @Nullable UnitInput newSuccessor,
            @Nullable BigDecimal share) {

        public Part {
            successorCode = UnitInput.blankToNull(successorCode);
        }

        public String code() {
            return newSuccessor != null ? newSuccessor.code() : successorCode == null ? "" : successorCode;
        }
    }
}
