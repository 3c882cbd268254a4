/** Domains, data groups, data items and their disaggregations. */
@NullMarked
package vn.toancanh.catalog;

import org.jspecify.annotations.NullMarked;
