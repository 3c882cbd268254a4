package vn.toancanh.identity;

import java.util.Optional;

/**
 * What identity needs to know about units, implemented by the organisation module. A port rather than a
 * dependency, so identity stays at the bottom of the module graph.
 */
public interface UnitDirectory {

    Optional<UnitRef> findById(long id);

    Optional<UnitRef> findByCode(String code);

    /** A unit as identity shows it beside a user. */
    record UnitRef(long id, String code, String name) {}
}
