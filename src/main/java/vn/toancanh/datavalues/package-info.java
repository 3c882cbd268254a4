/** Values per item, unit, period and disaggregation: entry, bulk import and export, audit history. */
@NullMarked
package vn.toancanh.datavalues;

import org.jspecify.annotations.NullMarked;
