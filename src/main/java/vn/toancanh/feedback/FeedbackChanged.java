package vn.toancanh.feedback;

import java.util.Map;
import java.util.Set;

/** Requests were received or changed: the units and months (yyyyMM) whose figures must be counted again. */
public record FeedbackChanged(Map<Long, Set<String>> months) {}
