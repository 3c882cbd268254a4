package vn.toancanh.identity;

import org.jspecify.annotations.Nullable;

/** The answer of {@link ApiClientGateway#admit}: the call goes on as the client, or ends with a problem. */
public sealed interface ClientAdmission {

    record Admitted(ClientAccess access) implements ClientAdmission {}

    /**
     * @param access the key's client when the key itself was good (out of scope, over the rate), for the access log
     * @param retryAfterSeconds sent as {@code Retry-After} with 429
     */
    record Denied(
            int status,
            String title,
            String detail,
            @Nullable ClientAccess access,
            @Nullable Long retryAfterSeconds) implements ClientAdmission {}
}
