package vn.toancanh.organisation.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitTreeNode;

/** A node of the nested hierarchy. */
public record UnitTreeResponse(
        String code,
        String name,
        @Nullable String shortName,
        UnitKind kind,
        int level,
        @Nullable LocalDate validTo,
        List<UnitTreeResponse> children) {

    static UnitTreeResponse from(UnitTreeNode node) {
        var u = node.unit();
        return new UnitTreeResponse(
                u.code(),
                u.name(),
                u.shortName(),
                u.kind(),
                u.level(),
                u.validTo(),
                node.children().stream().map(UnitTreeResponse::from).toList());
    }
}
