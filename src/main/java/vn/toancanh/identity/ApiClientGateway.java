package vn.toancanh.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The extension point for external systems' keys ({@code Authorization: Bearer tcx_…}): identity recognises the
 * prefix and asks the implementation (the exchange module) whether the call may proceed, then reports how it ended.
 * Identity never depends on who implements it; without an implementation such keys are refused with 401.
 */
public interface ApiClientGateway {

    /** The prefix of every client key, distinct from personal tokens ({@code tc_}). */
    String KEY_PREFIX = "tcx_";

    /** Decides on one call: the key's client and scope, or why not (401 unknown/expired/revoked, 403, 429). */
    ClientAdmission admit(String key, HttpServletRequest request);

    /** Called once the call has ended, admitted or not, for the access log. */
    void completed(
            ClientAccess access, HttpServletRequest request, int status, long responseBytes, long durationMillis);
}
