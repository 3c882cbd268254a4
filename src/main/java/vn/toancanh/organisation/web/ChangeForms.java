package vn.toancanh.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitMerge;
import vn.toancanh.organisation.UnitSplit;

/** The forms of the hierarchy changes. A successor with a name is new; without one, the code names an existing unit. */
final class ChangeForms {

    private ChangeForms() {}

    public static class MoveForm {
        private String parentCode;

        public String getParentCode() {
            return parentCode;
        }

        public void setParentCode(String parentCode) {
            this.parentCode = parentCode;
        }
    }

    public static class CloseForm {
        @NotNull(message = "Vui lòng nhập ngày giải thể")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validTo;

        @Size(max = 500, message = "Lý do tối đa 500 ký tự")
        private String reason;

        public LocalDate getValidTo() {
            return validTo;
        }

        public void setValidTo(LocalDate validTo) {
            this.validTo = validTo;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** A successor: existing (code only) or new (code, name, kind). */
    public static class SuccessorFields {
        private String code;
        private String name;
        private UnitKind kind;
        private BigDecimal share;

        boolean isNew() {
            return name != null && !name.isBlank();
        }

        UnitInput toInput() {
            return UnitInput.of(code, name, kind, null);
        }

        boolean isBlank() {
            return (code == null || code.isBlank()) && !isNew() && share == null;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public UnitKind getKind() {
            return kind;
        }

        public void setKind(UnitKind kind) {
            this.kind = kind;
        }

        public BigDecimal getShare() {
            return share;
        }

        public void setShare(BigDecimal share) {
            this.share = share;
        }
    }

    public static class MergeForm {
        @NotBlank(message = "Nhập mã các đơn vị được sáp nhập, cách nhau bởi dấu phẩy")
        private String predecessors;

        private SuccessorFields successor = new SuccessorFields();

        @NotNull(message = "Vui lòng nhập ngày hiệu lực")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveDate;

        @Size(max = 300, message = "Căn cứ pháp lý tối đa 300 ký tự")
        private String legalBasis;

        UnitMerge toMerge() {
            List<String> codes = Arrays.stream(predecessors.split("[,;\\s]+")).toList();
            return successor.isNew()
                    ? new UnitMerge(codes, null, successor.toInput(), effectiveDate, legalBasis)
                    : new UnitMerge(codes, successor.getCode(), null, effectiveDate, legalBasis);
        }

        public String getPredecessors() {
            return predecessors;
        }

        public void setPredecessors(String predecessors) {
            this.predecessors = predecessors;
        }

        public SuccessorFields getSuccessor() {
            return successor;
        }

        public void setSuccessor(SuccessorFields successor) {
            this.successor = successor;
        }

        public LocalDate getEffectiveDate() {
            return effectiveDate;
        }

        public void setEffectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
        }

        public String getLegalBasis() {
            return legalBasis;
        }

        public void setLegalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
        }
    }

    public static class SplitForm {
        static final int PARTS = 4;

        @NotBlank(message = "Vui lòng nhập mã đơn vị bị chia tách")
        private String predecessor;

        @NotNull(message = "Vui lòng nhập ngày hiệu lực")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveDate;

        @Size(max = 300, message = "Căn cứ pháp lý tối đa 300 ký tự")
        private String legalBasis;

        private List<SuccessorFields> parts = new ArrayList<>();

        SplitForm() {
            for (int i = 0; i < PARTS; i++) {
                parts.add(new SuccessorFields());
            }
        }

        UnitSplit toSplit() {
            return new UnitSplit(
                    predecessor,
                    parts.stream()
                            .filter(p -> !p.isBlank())
                            .map(p -> p.isNew()
                                    ? new UnitSplit.Part(null, p.toInput(), p.getShare())
                                    : new UnitSplit.Part(p.getCode(), null, p.getShare()))
                            .toList(),
                    effectiveDate,
                    legalBasis);
        }

        public String getPredecessor() {
            return predecessor;
        }

        public void setPredecessor(String predecessor) {
            this.predecessor = predecessor;
        }

        public LocalDate getEffectiveDate() {
            return effectiveDate;
        }

        public void setEffectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
        }

        public String getLegalBasis() {
            return legalBasis;
        }

        public void setLegalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
        }

        public List<SuccessorFields> getParts() {
            return parts;
        }

        public void setParts(List<SuccessorFields> parts) {
            this.parts = parts;
        }
    }
}
