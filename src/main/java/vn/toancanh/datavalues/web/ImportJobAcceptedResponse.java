package vn.toancanh.datavalues.web;

import java.util.UUID;

/** The answer to {@code async=true}: where to poll. */
public record ImportJobAcceptedResponse(UUID jobId, String location) {}
