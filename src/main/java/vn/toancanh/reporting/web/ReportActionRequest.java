package vn.toancanh.reporting.web;

import org.jspecify.annotations.Nullable;

/** The comment of a submission or approval, or the reason a report is returned or reopened. */
record ReportActionRequest(
        @Nullable String comment, @Nullable String reason) {

    static final ReportActionRequest NONE = new ReportActionRequest(null, null);
}
