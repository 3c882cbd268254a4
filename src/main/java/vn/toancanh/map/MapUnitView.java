package vn.toancanh.map;

import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.UnitKind;

/**
 * A unit as the map draws it: its boundary (GeoJSON geometry text) and point.
 *
 * @param parentCode the unit whose children were asked for
 */
public record MapUnitView(
        String code,
        String name,
        UnitKind kind,
        int level,
        String parentCode,
        @Nullable String geometry,
        @Nullable Double latitude,
        @Nullable Double longitude) {}
