/**
 * Reports for people: any analytics query, chart, table or whole dashboard as a formatted Excel workbook or a PDF
 * with the issuing unit's header block as on official documents, and large exports that stream to a file with
 * progress.
 */
@NullMarked
package vn.toancanh.reports;

import org.jspecify.annotations.NullMarked;
