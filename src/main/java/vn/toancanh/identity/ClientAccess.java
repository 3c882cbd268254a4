package vn.toancanh.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An external system's key as the security context carries it.
 *
 * @param unitId the root of the unit subtree the key may write to (its officer scope); null for none
 * @param dataGroups the data groups the key may read and write; empty for all
 */
public record ClientAccess(
        long clientId,
        String clientName,
        long keyId,
        String keyPrefix,
        boolean write,
        @Nullable Long unitId,
        List<String> dataGroups) {

    public ClientAccess {
        dataGroups = List.copyOf(dataGroups);
    }

    /** The name the client's writes and audit entries carry. */
    public String username() {
        return "api-client-" + clientId;
    }
}
