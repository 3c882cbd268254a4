package vn.toancanh.identity;

/** An enabled user as other modules list them (to invite to a meeting, say): no credentials, no contact details. */
public record Person(long id, String username, String fullName, Role role) {}
