package vn.toancanh.organisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;
import vn.toancanh.organisation.SuccessionKind;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.organisation.UnitMerge;
import vn.toancanh.organisation.UnitSplit;
import vn.toancanh.organisation.UnitSuccessionView;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.organisation.UnitsChanged;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * Merges and splits. Values are never moved: the predecessors keep what was stored on them, are closed the day
 * before the effective date, and a succession row tells aggregation to count them towards the successor(s).
 */
@Component
public class SuccessionEditor {

    /** Shares are stored with 6 decimals, so thirds add up to 0.999999. */
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.00001");

    private final UnitEditor editor;
    private final UnitRepository units;
    private final UnitChangeRepository changes;
    private final SuccessionRepository successions;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    SuccessionEditor(
            UnitEditor editor,
            UnitRepository units,
            UnitChangeRepository changes,
            SuccessionRepository successions,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.editor = editor;
        this.units = units;
        this.changes = changes;
        this.successions = successions;
        this.audit = audit;
        this.events = events;
    }

    public List<UnitSuccessionView> merge(UnitMerge merge) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = requireDate(merge.effectiveDate(), problems);
        if (merge.predecessorCodes().isEmpty()) {
            problems.add(new FieldProblem("predecessorCodes", "Chọn ít nhất một đơn vị được sáp nhập"));
        }
        if ((merge.successorCode() == null) == (merge.newSuccessor() == null)) {
            problems.add(new FieldProblem(
                    "successorCode", "Chọn đơn vị tiếp nhận có sẵn hoặc nhập đơn vị mới (một trong hai)"));
        }
        distinct(merge.predecessorCodes(), "predecessorCodes", problems);
        if (merge.successorCode() != null && merge.predecessorCodes().contains(merge.successorCode())) {
            problems.add(
                    new FieldProblem("successorCode", "Đơn vị tiếp nhận không được nằm trong các đơn vị bị sáp nhập"));
        }
        throwIfAny(problems);
        List<UnitView> predecessors = merge.predecessorCodes().stream()
                .map(c -> predecessor(c, "predecessorCodes", date))
                .toList();
        UnitView successor =
                successor(merge.successorCode(), merge.newSuccessor(), predecessors.get(0), date, "successor");
        for (UnitView predecessor : predecessors) {
            end(predecessor, date);
            successions.insert(
                    SuccessionKind.MERGE, predecessor.id(), successor.id(), date, BigDecimal.ONE, merge.legalBasis());
            audit.record(
                    "MERGE",
                    UnitEditor.ENTITY,
                    predecessor.code(),
                    "Sáp nhập vào " + successor.code() + " " + successor.name() + " từ ngày "
                            + UnitEditor.VI_DATE.format(date) + basis(merge.legalBasis()));
        }
        announce("MERGE", predecessors, List.of(successor));
        return successions.predecessorsOf(successor.id()).stream()
                .filter(s -> s.effectiveDate().equals(date))
                .toList();
    }

    public List<UnitSuccessionView> split(UnitSplit split) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = requireDate(split.effectiveDate(), problems);
        if (split.parts().size() < 2) {
            problems.add(new FieldProblem("parts", "Cần ít nhất hai đơn vị tiếp nhận"));
        }
        shares(split.parts(), problems);
        distinct(split.parts().stream().map(UnitSplit.Part::code).toList(), "parts", problems);
        if (split.parts().stream().anyMatch(p -> p.code().equals(split.predecessorCode()))) {
            problems.add(new FieldProblem("parts", "Đơn vị bị chia tách không thể là đơn vị tiếp nhận"));
        }
        throwIfAny(problems);
        UnitView predecessor = predecessor(split.predecessorCode(), "predecessorCode", date);
        List<UnitView> successors = new ArrayList<>();
        for (int i = 0; i < split.parts().size(); i++) {
            UnitSplit.Part part = split.parts().get(i);
            successors.add(successor(part.successorCode(), part.newSuccessor(), predecessor, date, "parts[" + i + "]"));
        }
        end(predecessor, date);
        for (int i = 0; i < successors.size(); i++) {
            BigDecimal share = split.parts().get(i).share().setScale(6, RoundingMode.HALF_UP);
            successions.insert(
                    SuccessionKind.SPLIT, predecessor.id(), successors.get(i).id(), date, share, split.legalBasis());
        }
        audit.record(
                "SPLIT",
                UnitEditor.ENTITY,
                predecessor.code(),
                "Chia tách thành "
                        + String.join(
                                ", ", successors.stream().map(UnitView::code).toList()) + " từ ngày "
                        + UnitEditor.VI_DATE.format(date) + basis(split.legalBasis()));
        announce("SPLIT", List.of(predecessor), successors);
        return successions.successorsOf(predecessor.id());
    }

    private UnitView predecessor(String code, String field, LocalDate date) {
        UnitView unit = units.findByCode(code)
                .orElseThrow(() -> InvalidInputException.of(field, "Không tìm thấy đơn vị '" + code + "'"));
        editor.requireOpen(unit, field);
        if (unit.validFrom() != null && !unit.validFrom().isBefore(date)) {
            throw InvalidInputException.of(
                    "effectiveDate",
                    "Ngày hiệu lực phải sau ngày bắt đầu hiệu lực của '" + unit.name() + "' ("
                            + UnitEditor.VI_DATE.format(unit.validFrom()) + ")");
        }
        editor.requireNoOpenChildren(unit, date.minusDays(1), field);
        return unit;
    }

    /** An existing open unit, or a new one created under the predecessor's parent from the effective date. */
    private UnitView successor(String code, UnitInput draft, UnitView predecessor, LocalDate date, String field) {
        if (draft == null) {
            UnitView unit = units.findByCode(code)
                    .orElseThrow(
                            () -> InvalidInputException.of(field + ".code", "Không tìm thấy đơn vị '" + code + "'"));
            editor.requireOpen(unit, field + ".code");
            if (unit.validFrom() != null && unit.validFrom().isAfter(date)) {
                throw InvalidInputException.of(
                        field + ".code",
                        "Đơn vị '" + unit.name() + "' chưa có hiệu lực vào ngày " + UnitEditor.VI_DATE.format(date));
            }
            return unit;
        }
        UnitInput input = draft.validFrom() == null ? draft.withValidFrom(date) : draft;
        if (input.parentCode() == null && predecessor.parentId() != null) {
            input = input.withParentCode(
                    units.findById(predecessor.parentId()).orElseThrow().code());
        }
        try {
            return editor.create(input);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(field + "." + p.field(), p.reason()))
                    .toList());
        }
    }

    private void end(UnitView predecessor, LocalDate date) {
        changes.close(predecessor.id(), date.minusDays(1));
    }

    private static void shares(List<UnitSplit.Part> parts, List<FieldProblem> problems) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal share = parts.get(i).share();
            if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                problems.add(new FieldProblem("parts[" + i + "].share", "Tỷ lệ phải lớn hơn 0 và không quá 1"));
            } else {
                sum = sum.add(share.setScale(6, RoundingMode.HALF_UP));
            }
        }
        if (problems.isEmpty() && sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
            problems.add(new FieldProblem(
                    "parts",
                    "Tổng tỷ lệ các phần phải bằng 1 (hiện là "
                            + sum.stripTrailingZeros().toPlainString().replace('.', ',') + ")"));
        }
    }

    private static void distinct(List<String> codes, String field, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        codes.stream()
                .filter(c -> !seen.add(c))
                .distinct()
                .forEach(c -> problems.add(new FieldProblem(field, "Mã '" + c + "' được chọn nhiều lần")));
    }

    private static LocalDate requireDate(LocalDate date, List<FieldProblem> problems) {
        if (date == null) {
            problems.add(new FieldProblem("effectiveDate", "Vui lòng nhập ngày hiệu lực"));
        }
        return date;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String basis(String legalBasis) {
        return legalBasis == null ? "" : " theo " + legalBasis;
    }

    private void announce(String action, List<UnitView> predecessors, List<UnitView> successors) {
        List<String> codes =
                new ArrayList<>(predecessors.stream().map(UnitView::code).toList());
        successors.forEach(s -> codes.add(s.code()));
        events.publishEvent(new UnitsChanged(action, codes));
    }
}
