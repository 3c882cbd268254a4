package vn.toancanh.portal.internal;

/** An image as the portal stores it: re-encoded JPEG bytes and their size. */
public record EncodedImage(String mediaType, int width, int height, byte[] content) {}
