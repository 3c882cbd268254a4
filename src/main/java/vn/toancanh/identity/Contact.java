package vn.toancanh.identity;

/** Someone other modules may write to: an enabled user with an e-mail address. */
public record Contact(String username, String fullName, String email) {}
