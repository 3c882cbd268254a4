package vn.toancanh.operations;

import java.util.Set;

/**
 * Dossiers of these units changed in these months (ids like {@code 202611}): their figures are to be counted again.
 *
 * @param months unit id → month period ids
 */
public record DossiersChanged(java.util.Map<Long, Set<String>> months) {}
