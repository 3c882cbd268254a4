/**
 * Data exchange with external systems: API clients and their scoped keys (through identity's
 * {@link vn.toancanh.identity.ApiClientGateway}), the tamper-evident access log, and push subscriptions that send
 * new and changed values (and alerts and issued reports) as signed webhooks, and admins' pulls of a data set's values
 * from a DHIS2 instance (its {@code dataValueSets} API), imported all or nothing.
 */
@NullMarked
package vn.toancanh.exchange;

import org.jspecify.annotations.NullMarked;
