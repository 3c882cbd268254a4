/** The unit hierarchy: administrative units, departments, co-managing units, groups, merges and splits. */
@NullMarked
package vn.toancanh.organisation;

import org.jspecify.annotations.NullMarked;
