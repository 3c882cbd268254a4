/**
 * Periodic reporting (Decree 09/2019/NĐ-CP): report forms — what a unit must send, for which periods, by when, and
 * who approves it — and each unit's report for a period, from draft through submission and approval (or return) to
 * its lock.
 */
@NullMarked
package vn.toancanh.reporting;

import org.jspecify.annotations.NullMarked;
