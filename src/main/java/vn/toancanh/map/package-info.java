/**
 * The digital map: unit boundaries coloured by a data item or indicator, and point layers (offices, heritage sites,
 * cameras, loudspeakers, monitoring stations, schools, health stations, …) with search and GeoJSON import/export.
 */
@NullMarked
package vn.toancanh.map;

import org.jspecify.annotations.NullMarked;
