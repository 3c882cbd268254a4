package vn.toancanh.feedback.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** An error the Open311 API answers in the spec's error format. */
class Open311Exception extends RuntimeException {

    final HttpStatus status;
    final List<Open311Writer.Error> errors;

    Open311Exception(HttpStatus status, String description) {
        this(status, List.of(new Open311Writer.Error(status.value(), description)));
    }

    Open311Exception(HttpStatus status, List<Open311Writer.Error> errors) {
        super(errors.get(0).description(), null, false, false);
        this.status = status;
        this.errors = errors;
    }
}
