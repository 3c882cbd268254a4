package vn.toancanh.identity;

import org.jspecify.annotations.Nullable;

/**
 * An external system's key as the security context carries it.
 *
 * @param unitId the root of the unit subtree the key may write to (its officer scope); null for none
 */
public record ClientAccess(
        long clientId,
        String clientName,
        long keyId,
        String keyPrefix,
        boolean write,
        @Nullable Long unitId) {

    /** The name the client's writes and audit entries carry. */
    public String username() {
        return "api-client-" + clientId;
    }
}
