package vn.toancanh.shared;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * How many rows an API call returned or wrote, noted by the controller for whoever logs the call (the exchange
 * module's access log). A request attribute, so a controller needs to know nothing about who reads it.
 */
public final class ResponseRows {

    public static final String ATTRIBUTE = ResponseRows.class.getName();

    private ResponseRows() {}

    public static void record(long rows) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, rows, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
