/**
 * The administration's daily work as other systems report it: one-stop-shop dossiers (received, resolved early, on
 * time or late, online) imported idempotently with their status history, and their figures by unit and month as
 * catalog items for analytics, dashboards and warnings.
 */
@NullMarked
package vn.toancanh.operations;

import org.jspecify.annotations.NullMarked;
