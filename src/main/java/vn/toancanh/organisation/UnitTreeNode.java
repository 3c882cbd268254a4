package vn.toancanh.organisation;

import java.util.List;

/** A unit with the units directly below it, recursively. */
public record UnitTreeNode(UnitView unit, List<UnitTreeNode> children) {

    /** This node and all below it. */
    public int size() {
        return 1 + children.stream().mapToInt(UnitTreeNode::size).sum();
    }
}
