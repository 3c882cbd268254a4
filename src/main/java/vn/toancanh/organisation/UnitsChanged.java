package vn.toancanh.organisation;

import java.util.List;

/**
 * Published inside the writing transaction whenever the hierarchy, validity or successions change, so modules that
 * cache the hierarchy (analytics) can refresh.
 *
 * @param action CREATE, UPDATE, MOVE, CLOSE, MERGE, SPLIT or IMPORT
 * @param codes the units written
 */
public record UnitsChanged(String action, List<String> codes) {}
