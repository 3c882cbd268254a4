package vn.toancanh.records;

import java.util.Map;
import java.util.Set;

/** Records were added: the owning units' months (ids like {@code 202503}) whose counts may have changed. */
public record RecordsChanged(Map<Long, Set<String>> months) {}
