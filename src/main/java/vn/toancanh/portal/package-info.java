/**
 * The public portal for citizens, without login: a home page of the district's public figures and published reports,
 * open data (catalog, downloads, frozen numbered versions at stable addresses, a read-only API and DCAT metadata),
 * thematic lookups, heritage sites and festivals with printable QR codes, and the accessibility toolbar every public
 * page carries. It shows only what the catalog and the map mark public; nothing depends on it.
 */
@NullMarked
package vn.toancanh.portal;

import org.jspecify.annotations.NullMarked;
