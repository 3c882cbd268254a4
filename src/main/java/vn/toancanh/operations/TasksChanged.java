package vn.toancanh.operations;

import java.util.Map;
import java.util.Set;

/** Tasks led by these units changed in these months (ids like {@code 202611}): their figures are counted again. */
public record TasksChanged(Map<Long, Set<String>> months) {}
