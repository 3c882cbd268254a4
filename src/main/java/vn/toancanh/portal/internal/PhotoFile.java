package vn.toancanh.portal.internal;

/** A stored photo's bytes and type, and the site it shows. */
public record PhotoFile(long poiId, String mediaType, byte[] content) {}
