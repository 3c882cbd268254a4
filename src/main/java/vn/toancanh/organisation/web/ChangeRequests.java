package vn.toancanh.organisation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.UnitMerge;
import vn.toancanh.organisation.UnitSplit;

/** The JSON bodies of the hierarchy changes: move, close, merge, split. */
final class ChangeRequests {

    private ChangeRequests() {}

    /** {@code parentCode} null or blank moves the unit to the top. */
    record MoveRequest(@Nullable String parentCode) {}

    /** {@code validTo} is the last day the unit exists. */
    record CloseRequest(
            @NotNull(message = "Vui lòng nhập ngày giải thể")
            LocalDate validTo,

            @Nullable @Size(max = 500, message = "Lý do tối đa 500 ký tự")
            String reason) {}

    /** Either {@code successorCode} (an existing unit absorbs the others) or {@code successor} (a new unit). */
    record MergeRequest(
            @NotEmpty(message = "Chọn ít nhất một đơn vị được sáp nhập")
            List<String> predecessors,

            @Nullable String successorCode,
            @Nullable @Valid UnitRequest successor,

            @NotNull(message = "Vui lòng nhập ngày hiệu lực")
            LocalDate effectiveDate,

            @Nullable @Size(max = 300, message = "Căn cứ pháp lý tối đa 300 ký tự")
            String legalBasis) {

        UnitMerge toMerge() {
            return new UnitMerge(
                    predecessors,
                    successorCode,
                    successor == null ? null : successor.toInput(),
                    effectiveDate,
                    legalBasis);
        }
    }

    record SplitRequest(
            @NotBlank(message = "Vui lòng chọn đơn vị bị chia tách")
            String predecessor,

            @NotNull(message = "Vui lòng nhập ngày hiệu lực")
            LocalDate effectiveDate,

            @Nullable @Size(max = 300, message = "Căn cứ pháp lý tối đa 300 ký tự")
            String legalBasis,

            @NotNull @Size(min = 2, message = "Cần ít nhất hai đơn vị tiếp nhận")
            List<@Valid Part> parts) {

        UnitSplit toSplit() {
            return new UnitSplit(
                    predecessor,
                    parts.stream()
                            .map(p -> new UnitSplit.Part(
                                    p.successorCode(),
                                    p.successor() == null ? null : p.successor().toInput(),
                                    p.share()))
                            .toList(),
                    effectiveDate,
                    legalBasis);
        }
    }

    record Part(
            @Nullable String successorCode,
            @Nullable @Valid UnitRequest successor,

            @NotNull(message = "Vui lòng nhập tỷ lệ")
            @DecimalMin(value = "0", inclusive = false, message = "Tỷ lệ phải lớn hơn 0")
            @DecimalMax(value = "1", message = "Tỷ lệ không quá 1")
            BigDecimal share) {}

    record ImportResponse(int rows, int applied) {}
}
