package vn.toancanh.operations;

import java.util.Map;
import java.util.Set;

/** Documents were imported or changed: the months ({@code 202611}) of each handling unit whose figures changed. */
public record DocumentsChanged(Map<Long, Set<String>> months) {}
