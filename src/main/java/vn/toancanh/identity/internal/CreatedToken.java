package vn.toancanh.identity.internal;

/** A token just created: {@code token} is shown to its owner this once and never stored. */
public record CreatedToken(ApiTokenView view, String token) {}
