/**
 * Warnings: rules an admin edits (a figure over a threshold or off its target, overdue work above a count, flood alarm
 * levels from a station's water level, forest-fire danger from the weather), evaluated as data arrives and on a
 * schedule; the alert events they open, acknowledge and resolve; and their notifications.
 */
@NullMarked
package vn.toancanh.alerts;

import org.jspecify.annotations.NullMarked;
