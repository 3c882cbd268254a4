package vn.toancanh.map;

import org.jspecify.annotations.Nullable;

/**
 * One answer of the map search: a unit ({@code kind} UNIT, {@code key} its code) or a point ({@code kind} POI,
 * {@code key} its id, with its layer).
 *
 * @param detail a second line: the unit's kind or the point's commune
 */
public record MapSearchHit(
        String kind,
        String key,
        String name,
        @Nullable PoiLayer layer,
        @Nullable String detail,
        double latitude,
        double longitude) {}
