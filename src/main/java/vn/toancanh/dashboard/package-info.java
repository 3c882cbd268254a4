/** IOC pages: home, domain dashboards, wall mode, leader mobile view. */
@NullMarked
package vn.toancanh.dashboard;

import org.jspecify.annotations.NullMarked;
