/**
 * Live analytics: aggregates over units, periods and data items (and indicators over them) from an in-memory index
 * that is rebuilt from PostgreSQL at start-up and kept current from every write, this instance's and other
 * instances'. Queries take DHIS2's {@code dimension=dx:…&dimension=pe:…&filter=ou:…} syntax.
 */
@NullMarked
package vn.toancanh.analytics;

import org.jspecify.annotations.NullMarked;
