package vn.toancanh.shared;

import java.net.URI;

/** Stable problem {@code type} URIs (RFC 9457). Clients may switch on them; never change one. */
public final class ProblemTypes {

    public static final URI NOT_FOUND = URI.create("urn:toancanh:problem:not-found");
    public static final URI CONFLICT = URI.create("urn:toancanh:problem:conflict");
    public static final URI INVALID_INPUT = URI.create("urn:toancanh:problem:invalid-input");
    public static final URI FORBIDDEN = URI.create("urn:toancanh:problem:forbidden");
    public static final URI UNAUTHORIZED = URI.create("urn:toancanh:problem:unauthorized");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:toancanh:problem:payload-too-large");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("urn:toancanh:problem:unsupported-media-type");
    public static final URI SERVER_ERROR = URI.create("urn:toancanh:problem:server-error");

    private ProblemTypes() {}
}
