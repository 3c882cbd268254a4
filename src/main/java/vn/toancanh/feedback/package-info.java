/**
 * Citizens' feedback (phản ánh, kiến nghị): received through the portal's form and an Open311 GeoReport v2 API,
 * routed to a unit, handled to a public reply within the category's deadline, with possible duplicates flagged, and
 * counted by unit and category for analytics, the map and warnings.
 */
@NullMarked
package vn.toancanh.feedback;

import org.jspecify.annotations.NullMarked;
